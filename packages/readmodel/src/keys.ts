/**
 * How reporter names are keyed in the read models: case- and punctuation-insensitive,
 * without a leading article ("the BBC" = "BBC"). The projector keys series by it and the
 * gateway filters by it, so both must use this one function.
 */
export function reporterKey(reportedBy: string | null): string {
  if (!reportedBy) return 'unattributed';
  return (
    reportedBy
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim() || 'unattributed'
  );
}
