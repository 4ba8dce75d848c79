import { isWhiteSpace } from './chars';
import { cueGroup, hasCue, scanCues, type Cues } from './cues';
import type { BoundT } from './types';

/** A definite number found in a sentence. Offsets are relative to the sentence. */
export interface NumberMention {
  value: number;
  start: number;
  end: number;
  /** where the qualifier (if any) starts; equals start when there is none */
  qualStart: number;
  bound: BoundT;
  /** a unit or currency follows/precedes (tonnes, hours, %, $...), or the number is a year/ordinal */
  unit: string | null;
  /** written as words ("twelve", "a dozen") */
  words: boolean;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 };
const SHORT_SCALE: Record<string, number> = { k: 1000, m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000, million: 1_000_000, billion: 1_000_000_000, thousand: 1000 };

/** Qualifier phrases ending right before a number (and its spaces), by bound, tried in this order. */
const QUALIFIERS: [BoundT, string[]][] = [
  ['at_least', ['more than', 'over', 'at least', 'upwards of', 'in excess of', 'above', 'exceeding', 'exceeded', 'exceeds', 'exceed', 'passed', 'surpassed', 'topped', 'no fewer than', 'no less than', 'a minimum of', 'well over', 'beyond', 'greater than']],
  ['at_most', ['almost', 'nearly', 'up to', 'just under', 'close to', 'fewer than', 'less than', 'under', 'just shy of', 'as many as', 'a maximum of', 'not quite', 'just below', 'below']],
  // (no bound: "lost a total of 818,740 troops" reads as "lost 818,740 troops")
  ['exact', ['a total of', 'the total of', 'a combined']],
  ['approx', ['about', 'around', 'some', 'roughly', 'approximately', 'an estimated', 'estimated', 'approx.', 'approx', 'circa', 'an approximate', 'more or less', 'in the region of', 'the roughly', 'the estimated', 'an approximated', 'perhaps', 'possibly']],
];

const UNIT_AFTER = /^\s*(?:-\s*)?(figures|digits|tonnes?|tons?|km|kilomet(?:re|er)s?|miles?|hours?|days?|weeks?|months?|years?|minutes?|seconds?|per ?cent|percent|%|degrees?|°|cubic|square|met(?:re|er)s?|euros?|dollars?|hryvnias?|hryvnia|roubles?|rubles?|zloty|pounds|barrels|megawatts?|gigawatts?|mw|gw|kg|kilograms?|litres?|liters?|times|bcm|sq|am|pm|a\.m|p\.m|st|nd|rd|th|x)(?![a-z])/i;
/** What /(?:[$€£¥₴₽]|usd|eur|uah)\s*$/i finds, read from the end instead of tried at every position. */
function currencyBefore(before: string): boolean {
  let q = before.length;
  while (q > 0 && isWhiteSpace(before.charCodeAt(q - 1))) q--;
  if (q === 0) return false;
  if ('$€£¥₴₽'.includes(before[q - 1]!)) return true;
  if (q < 3) return false;
  const code = String.fromCharCode(asciiLower(before.charCodeAt(q - 3)), asciiLower(before.charCodeAt(q - 2)), asciiLower(before.charCodeAt(q - 1)));
  return code === 'usd' || code === 'eur' || code === 'uah';
}
const clockSign = (c: number) => c === 58 || c === 47; // ":" "/"
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const asciiLower = (c: number) => (c >= 65 && c <= 90 ? c | 0x20 : c);

/**
 * The qualifier before a number: the first bound with a phrase that ends the last 40 characters
 * before it, followed by at least one space. `len` runs from the earliest such phrase to the number.
 * (What the patterns /(?:more than|over|...)\s+$/ on the lower-cased tail found, without scanning it
 * from every position: a phrase ends in a letter or ".", so it ends where the trailing spaces start.)
 */
function qualifier(before: string): { bound: BoundT; len: number } {
  const tail = before.slice(-40).toLowerCase();
  let w = tail.length;
  while (w > 0 && isWhiteSpace(tail.charCodeAt(w - 1))) w--;
  const candidates = w < tail.length ? QUALIFIERS_BY_LAST.get(tail.charCodeAt(w - 1)) : undefined;
  if (candidates) {
    for (const [bound, phrases] of candidates) {
      let from = -1;
      for (const x of phrases) if (tail.endsWith(x, w) && (from < 0 || w - x.length < from)) from = w - x.length;
      if (from >= 0) return { bound, len: tail.length - from };
    }
  }
  return { bound: 'exact', len: 0 };
}

/** QUALIFIERS, keeping per last character only the phrases ending in it (bounds in the same order) */
const QUALIFIERS_BY_LAST = new Map<number, [BoundT, string[]][]>();
for (const [bound, phrases] of QUALIFIERS) {
  for (const x of phrases) {
    const last = x.charCodeAt(x.length - 1);
    const byBound = QUALIFIERS_BY_LAST.get(last) ?? [];
    QUALIFIERS_BY_LAST.set(last, byBound);
    let entry = byBound.find(([b]) => b === bound);
    if (!entry) byBound.push((entry = [bound, []]));
    entry[1].push(x);
  }
}

/** Before the day that closes a range of days: "February 24 to ", "from March 3 until ". */
const DAY_RANGE_BEFORE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\s*(?:to|until|through|[-–])\s*$/i;
const DIGITS = /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+)(\.\d+)?(?:\s?(million|billion|thousand|mn|bn|m|k)\b)?(\s?\+|-plus)?/g;
const WORDS = /\b(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|quarter|and|of)(?:[\s-]+|\b)){1,8}/gi;

/** Cues (see cues.ts) of the month names that make a number next to them a day. */
const MONTH_CUES = cueGroup(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);
/** A WORDS match of these words only holds no number. */
const NO_NUMBER_WORD = /^(?:(?:an?|and|of|half|quarter)(?:[\s-]+|$))+$/i;
/** A number in words needs one of these (WORDS alone also matches "a", "and", "of" everywhere). */
const NUMBER_WORD_CUES = cueGroup([...Object.keys(SMALL), ...Object.keys(SCALE), 'dozen']);

/** Parse number words ("two hundred", "a dozen", "half a million"). Returns null when not a definite number. */
export function parseNumberWords(raw: string): number | null {
  const words = raw.toLowerCase().split(/[\s-]+/).filter(Boolean);
  // strip trailing connectors
  while (words.length && ['and', 'of', 'a', 'an'].includes(words[words.length - 1]!)) words.pop();
  if (!words.length) return null;
  let total = 0;
  let current = 0;
  let seenDigit = false;
  let pendingA = false;
  let fraction = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'a' || w === 'an') {
      pendingA = true;
      continue;
    }
    if (w === 'and' || w === 'of') continue;
    if (w === 'half') {
      fraction = 0.5;
      seenDigit = true;
      continue;
    }
    if (w === 'quarter') {
      fraction = 0.25;
      seenDigit = true;
      continue;
    }
    if (w === 'dozen') {
      current = (current || 1) * 12;
      seenDigit = true;
      pendingA = false;
      continue;
    }
    if (w in SMALL) {
      current += SMALL[w]!;
      seenDigit = true;
      pendingA = false;
      continue;
    }
    if (w in SCALE) {
      const s = SCALE[w]!;
      if (fraction) {
        current = (current + fraction) * s;
        fraction = 0;
      } else if (current === 0) {
        if (!pendingA) return null; // bare "thousand" ("several thousand")
        current = s;
      } else current *= s;
      seenDigit = true;
      pendingA = false;
      if (s >= 1000) {
        total += current;
        current = 0;
      }
      continue;
    }
    return null;
  }
  if (!seenDigit || fraction) return null;
  return Math.round(total + current);
}

/** Find definite numbers in a sentence (digits, scaled digits, number words), with their qualifier. */
export function findNumbers(s: string, cues: Cues = scanCues(s)): NumberMention[] {
  const out: NumberMention[] = [];
  // a month name next to a number makes it a day: only where the sentence names a month
  const mayMonth = hasCue(cues, MONTH_CUES);
  DIGITS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIGITS.exec(s)) !== null) {
    // "from February 24 to 28 358 people died": a day closing a date range, then the count, not "28 358"
    const spaced = /^(\d{1,2})[ \u00a0\u202f]\d{3}/.exec(m[1]!);
    if (spaced && mayMonth && Number(spaced[1]) <= 31 && DAY_RANGE_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index))) {
      DIGITS.lastIndex = m.index + spaced[1]!.length;
      continue;
    }
    const intPart = m[1]!.replace(/[, \u00a0\u202f]/g, '');
    let value = Number(intPart + (m[2] ?? ''));
    const scale = m[3]?.toLowerCase();
    if (scale) value *= SHORT_SCALE[scale] ?? 1;
    const start = m.index;
    const end = m.index + m[0].length;
    const before = s.slice(Math.max(0, start - 40), start);
    const after = s.slice(end, end + 16);
    let unit: string | null = null;
    const u = UNIT_AFTER.exec(after);
    if (u) unit = u[1]!.toLowerCase();
    else if (currencyBefore(before)) unit = 'currency';
    else if (clockSign(after.charCodeAt(0)) && isDigit(after.charCodeAt(1))) unit = 'time';
    else if (clockSign(before.charCodeAt(before.length - 1)) && isDigit(before.charCodeAt(before.length - 2))) unit = 'time';
    else if (/^-[a-z]/i.test(after) && !/^-plus/i.test(after)) unit = 'compound';
    else if (!scale && !m[2] && /^(19|20)\d\d$/.test(m[1]!)) unit = 'year';
    // "2024-10-26": the month and day of an ISO date, not a range "10-26"
    else if (!scale && !m[2] && Number(m[1]) <= 31 && /(?:^|\D)(?:19|20)\d\d-(?:\d{1,2}-)?$/.test(before)) unit = 'day';
    else if (mayMonth && /^\d+$/.test(m[1]!) && /^(?:\s?(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/.test(after)) unit = 'day';
    else if (mayMonth && /(?:January|February|March|April|May|June|July|August|September|October|November|December|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)\s$/.test(before) && Number(m[1]) <= 31 && !m[2] && !scale) unit = 'day';
    else if (mayMonth && /^\d+$/.test(m[1]!) && Number(m[1]) <= 31 && /^\s?(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?/.test(after)) unit = 'day';
    // "from 1 to 28 February": the first day of a range of days
    else if (mayMonth && /^\d+$/.test(m[1]!) && Number(m[1]) <= 31 && /^\s*(?:to|through|until|till|and|[-–])\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/.test(s.slice(end, end + 30))) unit = 'day';
    else if (mayMonth && Number(m[1]) <= 31 && /(?:January|February|March|April|May|June|July|August|September|October|November|December|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)\s\d{1,2}[-–]$/.test(before)) unit = 'day';
    // US/European numeric dates: "2/24", "24.02.2022"
    else if (/^[/.]\d{1,2}(?:[/.]\d{2,4})?\b/.test(after) && Number(m[1]) <= 31 && !m[2]) unit = 'time';
    if (m[2] && !scale && unit === null && value < 100) unit = 'decimal';
    // a name with a number: "France 2", "Channel 4"
    // (the pattern needs "a-z" and a space right before the number)
    if (unit === null && start > 0 && s.charCodeAt(start - 1) === 32 && isLowerAscii(s.charCodeAt(start - 2)) && /(?:^|[^.!?]\s)[A-Z][a-z]+ $/.test(s.slice(Math.max(0, start - 30), start)) && !/(?:January|February|March|April|May|June|July|August|September|October|November|December|Another|About|Around|Some|Nearly|Almost|Over|Roughly|Only|Just|Exactly|Approximately|Kills|Killed|Killing|Injures|Injured|Injuring|Wounds|Wounded|Leaves|Leaving|Hits|Swap|Swaps|Swapped|Exchange|Exchanged|Frees|Freed|Returns|Tops|Top|Reaches|Passes|Exceeds|Rises|Climbs|Surpasses|Lost|Loses) $/.test(s.slice(Math.max(0, start - 16), start)) && s.slice(0, start).trim().includes(' ')) unit = 'name';
    const q = qualifier(before);
    let bound = q.bound;
    if (m[4]) bound = 'at_least';
    out.push({ value: Math.round(value), start, end, qualStart: start - q.len, bound, unit, words: false });
  }
  WORDS.lastIndex = 0;
  if (hasCue(cues, NUMBER_WORD_CUES)) while ((m = WORDS.exec(s)) !== null) {
    // "a", "and", "of" ... alone: no number (parseNumberWords would give null)
    if (NO_NUMBER_WORD.test(m[0])) continue;
    let raw = m[0];
    let start = m.index;
    // trim leading connectors/articles that are not part of a number ("of", "and")
    const lead = /^(?:(?:and|of)[\s-]+)+/i.exec(raw);
    if (lead) {
      raw = raw.slice(lead[0].length);
      start += lead[0].length;
    }
    const trimmed = raw.replace(/(?:[\s-]+(?:and|of|an?))+[\s-]*$/i, '').replace(/[\s-]+$/, '');
    if (!trimmed || /^(?:an?|and|of)$/i.test(trimmed)) continue;
    const value = parseNumberWords(trimmed);
    if (value === null) continue;
    const end = start + trimmed.length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    const before = s.slice(Math.max(0, start - 40), start);
    const after = s.slice(end, end + 16);
    // "one of", "no one", "one another"
    if (/^one$/i.test(trimmed) && (/^\s+(?:of|another|side|day|way|or)\b/i.test(after) || /\bno\s+$/i.test(before))) continue;
    let unit: string | null = null;
    const u = UNIT_AFTER.exec(after);
    if (u) unit = u[1]!.toLowerCase();
    else if (/^-[a-z]/i.test(after)) unit = 'compound';
    const q = qualifier(before);
    out.push({ value, start, end, qualStart: start - q.len, bound: q.bound, unit, words: true });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
