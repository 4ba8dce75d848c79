import type { SentInfo } from './analyze';
import type { DateParts } from './dates';
import { placeOf } from './entities';
import { listedDays } from './talks-date';

/**
 * A timeline heading of its own: "March 29, 2022 — Istanbul." or "May 16, June 2 and July 23,
 * 2025 — Istanbul." The entry's prose follows in the next sentence ("Ukrainian and Russian
 * delegations ... meet at the palace"), which is the meeting these days and this city belong to.
 */
export interface TimelineHeading {
  index: number;
  paragraph: number;
  place: string;
  /** one day per meeting the heading lists (several for "May 16, June 2 and July 23") */
  days: DateParts[];
}

/** Date(s), a dash, a city, and nothing else. */
const SHAPE = /^[\p{L}\p{N},.\s–-]{3,80}?\s[—–-]\s+(\p{Lu}[\p{L}'’ -]{1,40}?)\.?\s*$/u;

export function timelineHeading(si: SentInfo, index: number, published: DateParts): TimelineHeading | null {
  const m = SHAPE.exec(si.text);
  if (!m) return null;
  const dash = si.text.length - m[0].length + m[0].search(/\s[—–-]\s/);
  const dates = si.dates.filter((d) => d.role === 'plain' && !d.anchored && d.end <= dash);
  if (!dates.length) return null;
  const mention = si.mentions.find((x) => x.start > dash && placeOf(x) && placeOf(x)!.kind !== 'region');
  if (!mention) return null;
  // the heading's text before the dash is only dates ("and", commas and years between them)
  let rest = si.text.slice(0, dash);
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + rest.slice(d.end);
  if (!/^[\s,]*(?:(?:and|to|&)[\s,]*|\d{4}[\s,]*)*$/i.test(rest)) return null;
  const listed = listedDays(dates, si.text);
  const days = (listed.length >= 2 ? listed : dates.slice(0, 1)).map((d) => d.resolve(published, 'past'));
  return { index, paragraph: si.sent.paragraph, place: placeOf(mention)!.name, days };
}
