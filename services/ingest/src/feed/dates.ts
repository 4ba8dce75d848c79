/**
 * Lenient date parsing for feeds: RFC 822/2822 and its wild variants (odd or missing
 * zones, missing seconds, 2-digit years, day names in any case or missing, asctime),
 * ISO 8601 / W3CDTF (reduced precision, compact, space instead of T, fractions).
 * Returns null when the string is not a date it can read. Pure.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const DAY_NAME = /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|rsday|urday)?\b\.?,?/gi;

/** Zone abbreviations to minutes east of UTC. */
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600, ast: -240, adt: -180, nst: -210, ndt: -150,
  bst: 60, ist: 330, cet: 60, cest: 120, met: 60, mest: 120, eet: 120, eest: 180, west: 60,
  msk: 180, msd: 240, jst: 540, kst: 540, hkt: 480, sgt: 480, pht: 480, wib: 420,
  aest: 600, aedt: 660, acst: 570, acdt: 630, awst: 480, nzst: 720, nzdt: 780,
};

function year2(y: string): number {
  const n = Number(y);
  if (y.length >= 3) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

/** Offset in minutes from a zone token, or null when it is not a zone. */
function zoneOffset(token: string): number | null {
  const t = token.trim().replace(/^\(|\)$/g, '').toLowerCase();
  if (t === '') return 0;
  const m = /^(?:(?:gmt|utc|ut)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(t);
  if (m) {
    const h = Number(m[2]);
    const min = Number(m[3] ?? '0');
    if (h > 14 || min > 59) return null;
    return (m[1] === '-' ? -1 : 1) * (h * 60 + min);
  }
  const z = ZONES[t];
  if (z !== undefined) return z;
  if (/^[a-z]$/.test(t) && t !== 'j') return 0; // RFC 2822: military zones mean -0000
  return null;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offsetMin: number): Date | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  if (h === 24 && (mi > 0 || s > 0)) return null;
  if (s === 60) s = 59;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCDate() !== d) return null; // e.g. 31 April
  const out = new Date(t - offsetMin * 60_000);
  return Number.isNaN(out.getTime()) ? null : out;
}

function fraction(f: string | undefined): number {
  if (!f) return 0;
  return Math.round(Number(`0.${f}`) * 1000);
}

const ISO =
  /^(\d{4})(?:([-/.]?)(\d{2})(?:\2(\d{2}))?)?(?:(?:t|\s+|t\s*)(\d{1,2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?$/i;

function parseIso(s: string): Date | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const [, y, , mo, d, h, mi, sec, frac, zone] = m;
  if (h !== undefined && mi === undefined && !zone) return null; // "2004-01-01 19" is not a time
  const off = zone ? zoneOffset(zone) : 0;
  if (off === null) return null;
  return build(Number(y), Number(mo ?? 1), Number(d ?? 1), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0), fraction(frac), off);
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(am|pm|a\.m\.|p\.m\.)?$/i;

interface Time {
  h: number;
  mi: number;
  s: number;
  ms: number;
}

function parseTime(tok: string): Time | null {
  const m = TIME.exec(tok);
  if (!m) return null;
  let h = Number(m[1]);
  const ampm = m[5]?.toLowerCase().replace(/\./g, '');
  if (ampm) {
    if (h < 1 || h > 12) return null;
    if (ampm === 'pm' && h < 12) h += 12;
    if (ampm === 'am' && h === 12) h = 0;
  }
  return { h, mi: Number(m[2]), s: Number(m[3] ?? '0'), ms: fraction(m[4]) };
}

/** RFC 822 family and other "words" dates. */
function parseWords(s: string): Date | null {
  let t = s.replace(DAY_NAME, ' ').replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  // "01-Jan-2004" and "Jan-01-2004"
  t = t.replace(/^(\d{1,2})-([A-Za-z]+)-(\d{2,4})\b/, '$1 $2 $3').replace(/^([A-Za-z]+)-(\d{1,2})-(\d{2,4})\b/, '$1 $2 $3');
  // "Thu 01 Jan 2004 19:48:21 GMT", "19:48 PM" -> keep am/pm with the time
  t = t.replace(/(\d)\s+(am|pm|a\.m\.|p\.m\.)\b/gi, '$1$2');
  // "GMT+0200" / "UTC -05:00" -> one token
  t = t.replace(/\b(gmt|utc|ut)\s*([+-]\d)/gi, '$1$2');
  const toks = t.split(' ').filter((x) => x !== '');
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  let time: Time | null = null;
  let offset: number | null = null;
  const numbers: string[] = [];
  for (const tok of toks) {
    const lower = tok.toLowerCase().replace(/\.$/, '');
    if (month === null && MONTHS[lower] !== undefined) {
      month = MONTHS[lower]!;
      continue;
    }
    if (time === null) {
      const tm = parseTime(tok);
      if (tm) {
        time = tm;
        continue;
      }
    }
    if (/^\d{1,4}(st|nd|rd|th)?$/i.test(tok)) {
      numbers.push(tok.replace(/\D+$/, ''));
      continue;
    }
    // Zones come after the time (or after the date when there is no time).
    const z = zoneOffset(tok);
    if (z !== null && offset === null && (time !== null || numbers.length >= 2)) {
      offset = z;
      continue;
    }
    if (/^\(.*\)$/.test(tok)) continue; // "(UTC)" comments
    if (/^[+-]\d{4}$/.test(tok)) continue;
    return null;
  }
  if (month === null) return null;
  // Day is the short number, year the long one (or the last when both are short).
  if (numbers.length === 2) {
    const [a, b] = numbers as [string, string];
    if (a.length > 2) {
      year = year2(a);
      day = Number(b);
    } else {
      day = Number(a);
      year = year2(b);
    }
  } else if (numbers.length === 1 && numbers[0]!.length === 4) {
    year = Number(numbers[0]);
    day = 1;
  } else {
    return null;
  }
  if (day === null || year === null) return null;
  const tm = time ?? { h: 0, mi: 0, s: 0, ms: 0 };
  return build(year, month, day, tm.h, tm.mi, tm.s, tm.ms, offset ?? 0);
}

/** Parse a feed date. Null when unreadable. */
export function parseDate(raw: string | null | undefined): Date | null {
  if (raw === null || raw === undefined) return null;
  const s = raw.trim().replace(/\s+/g, ' ');
  if (s === '' || s.length > 100) return null;
  return parseIso(s) ?? parseWords(s);
}

export interface DateField {
  raw: string | null;
  date: Date | null;
  clamped: boolean;
}

/** Parse and clamp a date that must not lie in the future. */
export function readDate(raw: string | null | undefined, now: Date): DateField {
  const r = raw === null || raw === undefined ? null : raw.trim() === '' ? null : raw.trim();
  const date = parseDate(r);
  if (date && date.getTime() > now.getTime()) return { raw: r, date: new Date(now.getTime()), clamped: true };
  return { raw: r, date, clamped: false };
}
