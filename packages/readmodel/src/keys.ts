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

/** How place names are keyed (strike locations, talks venues): case- and spacing-insensitive. */
export function placeKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}
