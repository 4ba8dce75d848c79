import type { SentInfo } from './analyze';
import { placeOf } from './entities';

/** A short line that opens a paragraph as its heading: "• Kherson.", "Night attack.", "Kyiv region:". */
const HEADING = /^[\s•*·▪►–—-]*((?:[\p{L}'’-]+[\s,]*){1,4})[.:]?\s*$/u;
/** Words a place heading may hold besides the place. */
const HEADING_FILLER = /^(?:region|oblast|city|district|again|and|the|also|overnight|today|update)$/i;

export interface Heading {
  /** the places the heading names (empty for "Night attack.") */
  places: string[];
  parties: string[];
}

/** The heading `si` is, when it is the first sentence of its paragraph and nothing but a short title. */
export function headingOf(si: SentInfo, prev: SentInfo | null): Heading | null {
  if (prev && prev.sent.paragraph === si.sent.paragraph) return null;
  const m = HEADING.exec(si.text);
  if (!m || /\d/.test(si.text)) return null;
  const places: string[] = [];
  const parties: string[] = [];
  let rest = si.text;
  for (const mention of si.mentions) {
    const pl = placeOf(mention);
    if (!pl) continue;
    if (!places.includes(pl.name)) places.push(pl.name);
    if (pl.party) parties.push(pl.party);
    rest = rest.slice(0, mention.start) + ' '.repeat(mention.end - mention.start) + rest.slice(mention.end);
  }
  const words = rest.split(/[^\p{L}'’-]+/u).filter(Boolean);
  // "Kherson, again." is a place heading; "Night attack." is a heading without a place
  if (places.length && words.every((w) => HEADING_FILLER.test(w))) return { places, parties };
  return words.length <= 3 && !places.length && /[.:]\s*$/.test(si.text) ? { places: [], parties: [] } : null;
}
