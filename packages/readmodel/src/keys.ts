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

/** Words after a place's name that make it the area around it: "Kharkiv region", "Odesa oblast". */
const AREA_SUFFIX = /\s+(?:region|oblast|province|district|raion|county|krai)$/;

/**
 * How place names are keyed (strike locations, talks venues): case- and spacing-insensitive,
 * and an area keyed as the place it is named after ("Kharkiv region" = "Kharkiv"), so a
 * report of the city and one of its region meet, and filtering by either finds both.
 */
export function placeKey(name: string): string {
  const k = name.trim().toLowerCase().replace(/\s+/g, ' ');
  return k.replace(AREA_SUFFIX, '') || k;
}
