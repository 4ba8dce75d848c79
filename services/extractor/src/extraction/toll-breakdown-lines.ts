/**
 * The lines of a monitors' breakdown: after "This included:" or "Per type of weapon/incident:" a
 * report lists the parts of the total it just gave, one line each ("236 killed and 790 injured in
 * 129 settlements ...;"), and a line labelled with a place or a territory ("In Donetsk and Luhansk
 * regions: 8,527 casualties (...)", "On Government-controlled territory: 6,768 casualties") is that
 * place's share. Parts are no tallies of their own. Pure: sentence texts in, a verdict out.
 */

/** A line that opens a list of parts. */
const PARTS_HEADER = /(?:^|\b)(?:this|these|that|which)\s+(?:included|includes|include|comprised|comprises)\s*:\s*$|\b(?:per|by)\s+(?:type of\s+)?(?:weapons?|incidents?|weapon\/incident|region|oblast|territory|age|sex|gender)\b[^.]{0,40}:\s*$|\bbroken down (?:as follows|by [^:]{1,40})\s*:\s*$|\bof (?:them|whom|these)\s*:\s*$/i;

/** A line that is one part: it starts with a figure, or with a short label and a colon before a figure. */
const PART_LINE = /^\s*(?:[o•▪◦·*–—-]\s*)?(?:\d[\d,.]*\s|[^.:;\d]{2,80}:\s*(?:a total of\s+)?\d)/u;

/** A line labelled with a place or a territory: "In Donetsk and Luhansk regions: 8,527 casualties". */
const PLACE_LABEL = /^\s*(?:[o•▪◦·*–—-]\s*)?(?:in|on|within)\s+(?:the\s+)?[^:.;]{3,90}:\s*(?:a total of\s+)?\d/iu;

/** How many lines back a header may stand and its parts still follow it. */
const MAX_PARTS = 8;

/** Is sentence `i` of `lines` one part of a breakdown (under a parts header, or labelled with a place)? */
export function isBreakdownLine(lines: readonly string[], i: number): boolean {
  const own = lines[i];
  if (own === undefined || !PART_LINE.test(own)) return false;
  if (PLACE_LABEL.test(own)) return true;
  for (let k = i - 1; k >= 0 && k >= i - MAX_PARTS; k--) {
    const line = lines[k]!;
    if (PARTS_HEADER.test(line)) return true;
    if (!PART_LINE.test(line)) return false;
  }
  return false;
}

/** The sentence ending with a colon that line `i` is listed under, through other listed lines; else null. */
export function headerOf(lines: readonly string[], i: number): number | null {
  if (!PART_LINE.test(lines[i] ?? '')) return null;
  for (let k = i - 1; k >= 0 && k >= i - MAX_PARTS; k--) {
    const line = lines[k]!;
    if (/:\s*$/.test(line)) return k;
    if (!PART_LINE.test(line)) return null;
  }
  return null;
}

/**
 * Is sentence `i` listed under sentence `j` ("OHCHR recorded 1,222 civilian casualties in Ukraine:" then
 * "299 killed (...); and" and "923 injured (...)"): `j` the header or a line listed under it before `i`?
 * Its figures share the header's window, day and source.
 */
export function listedUnder(lines: readonly string[], i: number, j: number): boolean {
  const h = headerOf(lines, i);
  return h !== null && j < i && (j === h || headerOf(lines, j) === h);
}
