/** Date expressions in news prose, resolved against the article's publication date. */
import { cueGroup, hasCue, scanCues, type Cues } from './cues';

export interface DateParts {
  y: number;
  m?: number; // 1-12
  d?: number;
}

export type DateRole = 'plain' | 'since' | 'until' | 'asof' | 'statement' | 'other';

export interface DateMention {
  start: number;
  end: number;
  role: DateRole;
  /** resolve against publication date; direction 'future' for plans */
  resolve(published: DateParts, direction: 'past' | 'future'): DateParts;
  /** relative to the date of an earlier figure ("the year before", "the same date last year") */
  anchored: boolean;
  /** a weekday or day-of-month: day precision from the text */
  precision: 'day' | 'month' | 'year';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function partsFromIso(iso: string): DateParts {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return { y: 1970, m: 1, d: 1 };
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

function toUtc(p: DateParts): Date {
  return new Date(Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1));
}
function fromUtc(d: Date): DateParts {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}
export function addDays(p: DateParts, n: number): DateParts {
  const d = toUtc(p);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}
function monthOf(p: DateParts): DateParts {
  return { y: p.y, m: p.m };
}
function addMonths(p: DateParts, n: number): DateParts {
  const total = p.y * 12 + (p.m ?? 1) - 1 + n;
  return { y: Math.floor(total / 12), m: (total % 12) + 1 };
}

export function formatDate(p: DateParts): string {
  const y = String(p.y).padStart(4, '0');
  if (p.m === undefined) return y;
  const m = String(p.m).padStart(2, '0');
  if (p.d === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(p.d).padStart(2, '0')}`;
}

export function compareParts(a: DateParts, b: DateParts): number {
  return a.y - b.y || (a.m ?? 0) - (b.m ?? 0) || (a.d ?? 0) - (b.d ?? 0);
}

function weekday(p: DateParts): number {
  return toUtc(p).getUTCDay();
}

function resolveWeekday(pub: DateParts, wd: number, mod: string, direction: 'past' | 'future'): DateParts {
  const cur = weekday(pub);
  if (mod === 'last') {
    let back = (cur - wd + 7) % 7;
    if (back === 0) back = 7;
    return addDays(pub, -back);
  }
  if (mod === 'next') {
    let fwd = (wd - cur + 7) % 7;
    if (fwd === 0) fwd = 7;
    return addDays(pub, fwd);
  }
  if (mod === 'this') {
    // same Monday-to-Sunday week
    const monIdx = (cur + 6) % 7;
    const targetIdx = (wd + 6) % 7;
    return addDays(pub, targetIdx - monIdx);
  }
  if (direction === 'future') return addDays(pub, (wd - cur + 7) % 7);
  return addDays(pub, -((cur - wd + 7) % 7));
}

function resolveMonthDay(pub: DateParts, m: number, d: number | undefined, direction: 'past' | 'future'): DateParts {
  let y = pub.y;
  const cand: DateParts = d === undefined ? { y, m } : { y, m, d };
  const cmp = compareParts(d === undefined ? { y, m } : cand, d === undefined ? { y: pub.y, m: pub.m } : pub);
  if (direction === 'past' && cmp > 0) y -= 1;
  // ("... will gather in Istanbul", then "the third round, which took place on July 23" in an article of July 25: a day
  // a few days back is the recent past, not the same day next year)
  const daysBack = d === undefined ? Infinity : (toUtc(pub).getTime() - toUtc(cand).getTime()) / 86_400_000;
  if (direction === 'future' && cmp < 0 && !(daysBack > 0 && daysBack <= 14)) y += 1;
  return d === undefined ? { y, m } : { y, m, d };
}

/** A date that opens a clause whose verb is a reporting verb dates the statement: "In February, Zelensky said". */
const FRONTED_STATEMENT = /^,?\s+(?:(?:the|a|an|its|[\p{Lu}][\p{L}'’.-]*|[a-z]+)\s+){0,5}(?:has |had |also )?(?:said|says|told|announced|reported|stated|disclosed|wrote|confirmed|revealed|estimated|put|gave|acknowledged|admitted)\b/u;

/** The last of , ; : ( ) " “ ” in `b`, or -1: where its last clause starts (as `b.split(/[,;:()"“”]/).pop()`). */
function lastClauseMark(b: string): number {
  let k = b.length - 1;
  for (; k >= 0; k--) {
    const c = b.charCodeAt(k);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 0x201c || c === 0x201d) break;
  }
  return k;
}

/** Cues (see cues.ts) of the patterns of roleBefore, which read a piece of the sentence lower-cased. */
const ASOF_CUES = cueGroup(['as of ', 'as at ']);
const SINCE_FROM_CUES = cueGroup(['since ', 'from ']);
const UNTIL_CUES = cueGroup(['until ', 'till ', 'through ', 'by ', 'before ', 'after ']);
const SINCE_CUES = cueGroup(['since']);
const ASSESSED_CUES = cueGroup(['assessed', 'estimated', 'calculated', 'concluded']);
const STATEMENT_CUES = cueGroup([
  'said', 'says', 'told', 'announced', 'report', 'confirmed', 'stated', 'disclosed', 'published', 'broadcast', 'released', 'posted', 'update', 'bulletin', 'interview',
  'address', 'statement', 'briefing', 'speaking', 'wrote', 'noted', 'added',
]);

/** `cues`: those of the sentence `before` is taken from */
function roleBefore(before: string, cues: Cues): DateRole {
  const b = before.toLowerCase();
  if (hasCue(cues, ASOF_CUES) && /\bas (?:of|at)\s+(?:the end of\s+)?$/.test(b)) return 'asof';
  // "for 30 days from midnight on April 13": when a truce starts, not when it was agreed
  // ("the death toll from Tuesday's attack": the attack's day, not a start)
  if (hasCue(cues, SINCE_FROM_CUES) && /\b(?:since|from)\s+(?:early |late |mid-?|the (?:start|end|beginning) of |(?:midnight|noon|dawn|\d{1,2}:\d{2}|\d{1,2} [ap]\.?m\.?)(?: on)? )?$/.test(b) && !/\b(?:toll|casualties|deaths|dead|injuries|damage|debris|fires?|smoke|victims) from\s+$/.test(b)) return 'since';
  if (hasCue(cues, UNTIL_CUES) && /\b(?:until|till|through|by|before|after)\s+(?:early |late |mid-?|the end of )?$/.test(b)) return 'until';
  const clause = b.slice(lastClauseMark(b) + 1);
  if (hasCue(cues, SINCE_CUES) && /\bsince\b/.test(clause) && !/\bsince\b.*\b(?:when|and)\b/.test(clause)) return 'since';
  // "the report disclosed that in December alone, 100 ...": a date inside what was said is its content, not when it was said
  if (/\bthat\s+(?:in|during|throughout|over|for|on)\s+(?:the month of\s+)?$/.test(clause)) return 'plain';
  if (
    hasCue(cues, STATEMENT_CUES) &&
    /\b(?:said|says|told|announced|reported|confirmed|stated|disclosed|published|broadcast|released|posted|update|bulletin|interview|report|address|statement|briefing|speaking|wrote|noted|added)\b[^.]{0,24}$/.test(clause)
  )
    return 'statement';
  // "Zelensky last spoke of Ukrainian military losses in February, when he said ...": when he last gave the figure
  if (/\blast\s+(?:spoke|gave|put|updated|cited|released|revealed|disclosed|shared|provided|mentioned)\b[^.;]{0,60}\b(?:in|on)\s+(?:early\s+|late\s+|mid-?)?$/.test(clause)) return 'statement';
  // "The NIS previously assessed in September 2025 that ...": when the estimate was made
  // ("British intelligence estimated in early October that ...")
  if (hasCue(cues, ASSESSED_CUES) && /\b(?:assessed|estimated|calculated|concluded)\s+(?:in|on)\s+(?:early\s+|late\s+|mid-?)?$/.test(clause)) return 'statement';
  return 'plain';
}

const MONTH_RE = /\b(?:(\d{1,2})(?:st|nd|rd|th)?(?:[-–]\d{1,2}(?:st|nd|rd|th)?)?\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|Jan\.?|Feb\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|Aug\.?|Apr\.?)(?![a-z])(?:\s+(\d{1,2})(?:st|nd|rd|th)?(?:[-–]\d{1,2}|\s+and\s+\d{1,2}(?=\s*(?:[,.;:)]|$|and\s+(?:[A-Z]|\d)|in\s+[A-Z]|at\s+[A-Z])))?\b)?(?:,?\s+((?:19|20)\d{2})\b)?/g;
const MONTH_WORD = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** A day date right before a weekday ("Feb. 24, Thursday", "24 February, Thursday"). */
const DAY_DATE_BEFORE = new RegExp(`(?:\\b${MONTH_WORD}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\b\\d{1,2}\\s+${MONTH_WORD}\\.?)(?:,?\\s+(?:19|20)\\d{2})?,?\\s*$`);
/** A day date right after a weekday ("Thursday, March 3", "Thursday 3 March"). */
const DAY_DATE_AFTER = new RegExp(`^,?\\s+(?:${MONTH_WORD}\\.?\\s+\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}\\b)`);
const WEEKDAY_RE = /\b(?:(last|this|next|past)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)/g;
const YEAR_RE = /\b(?:(?:in|since|from|until|by|of|during|for|through|throughout|early|late|mid|autumn|spring|summer|winter|fall|end of|start of|beginning of)\s+(?:(?:early|late|mid)-?\s*)?|(?:mid-))((?:19|20)\d{2})\b(?![,.]\d)/gi;
const REL_RE = /\b(yesterday|today|tonight|this morning|this afternoon|this evening|last night|last week|next week|last month|next month|last year|this year|this month|this week|(?:earlier|later) this (?:year|month|week)|over the weekend|at the weekend|overnight(?!\s+(?:into|on|to)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b))|(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (day|week|month|year)s? ago)\b/gi;
const ANCHOR_RE = /\b(the year before|the previous year|a year earlier|a year before|the same (?:date|day|period|time) (?:last|a) year|the same (?:date|day|period|time) of (?:the )?previous year)\b/gi;
/**
 * Cues of the patterns above (see cues.ts): most sentences carry no date at all. (March, May, June
 * and July have no abbreviation in MONTH_RE; a year is 19xx or 20xx; REL_RE's spaces are literal.)
 */
const MONTH_CUES = cueGroup(['jan', 'feb', 'march', 'apr', 'may', 'june', 'july', 'aug', 'sep', 'oct', 'nov', 'dec']);
const WEEKDAY_CUES = cueGroup(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const YEAR_CUES = cueGroup(Array.from({ length: 200 }, (_, k) => String(1900 + k)));
const ANCHOR_CUES = cueGroup(['year before', 'previous year', 'year earlier', 'last year', 'a year']);
const REL_CUES = cueGroup([
  'yesterday', 'today', 'tonight', 'this morning', 'this afternoon', 'this evening', 'this year', 'this month', 'this week', 'last night', 'last week', 'last month',
  'last year', 'next week', 'next month', 'weekend', 'overnight', 'ago',
]);

const SMALLNUM: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

function fronted(s: string, start: number, end: number, before: string): DateRole | null {
  // only a date that opens the sentence ("In February," / "On Tuesday,")
  // ("But in December, Zelensky revealed ...": a conjunction may open it)
  const b = before.replace(/^\s*(?:but|and|yet|so|then|also)\s+/i, '');
  if (!/^\s*(?:(?:in|on|last|early|late|earlier|by)\s+(?:the\s+)?)?$/i.test(b.slice(-20)) || b.trim().length > 12) return null;
  if (s[end] !== ',') return null;
  return FRONTED_STATEMENT.test(s.slice(end, end + 90)) ? 'statement' : null;
}

/**
 * A resolver that remembers its last answer: extractors resolve the same mention against the same
 * publication date again and again. (Dates are never changed in place, and a resolver's answer
 * depends on the values of its arguments only, so the answer for the same objects is the same.)
 */
function remembered(resolve: DateMention['resolve']): DateMention['resolve'] {
  let lastPub: DateParts | undefined;
  let lastDirection: 'past' | 'future' | undefined;
  let answer: DateParts | undefined;
  return (pub, direction) => {
    if (pub !== lastPub || direction !== lastDirection || answer === undefined) {
      answer = resolve(pub, direction);
      lastPub = pub;
      lastDirection = direction;
    }
    return answer;
  };
}

const FIRST_CUES = cueGroup(['first']);
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };
const FIRST_MONTHS_RE = /\b(?:the\s+)?first\s+(?:(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months|(half|quarter))\s+of\s+(?:(\d{4})\b|(?:the|this)\s+year\b)/gi;

/** Find date expressions in a sentence. Offsets are relative to the sentence. */
const ISO_DATE_RE = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;

/** The year of the month named last before `before` ends, with a year, in the same list (an earlier month in it, no full stop between). */
function yearOfListedMonth(before: string, month: number): number | undefined {
  const re = new RegExp(`\\b(${MONTHS.join('|')})\\s+((?:19|20)\\d{2})\\b(?![^.;]*\\b(?:19|20)\\d{2}\\b)`, 'gi');
  let last: RegExpExecArray | null = null;
  for (let x = re.exec(before); x; x = re.exec(before)) last = x;
  if (!last) return undefined;
  // (a list: ", 840 fatalities in April", not ", as of December 31")
  const between = before.slice(last.index + last[0].length);
  if (!/^[^.;]{0,80}$/.test(between) || !/,/.test(between) || !/\d[^.;]*\bin\s+$/.test(between)) return undefined;
  const earlier = MONTHS.indexOf(last[1]!.toLowerCase()) + 1;
  return earlier > 0 && earlier < month ? Number(last[2]) : undefined;
}

export function findDates(s: string, cues: Cues = scanCues(s)): DateMention[] {
  const out: DateMention[] = [];
  const taken = (a: number, b: number) => out.some((o) => o.start < b && a < o.end);
  let m: RegExpExecArray | null;
  // "2024-10-26": an ISO date, as pages and bulletins stamp them
  ISO_DATE_RE.lastIndex = 0;
  if (s.includes('-')) while ((m = ISO_DATE_RE.exec(s)) !== null) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const before = s.slice(Math.max(0, m.index - 60), m.index);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      role: fronted(s, m.index, m.index + m[0].length, before) ?? roleBefore(before, cues),
      anchored: false,
      precision: 'day',
      resolve: () => ({ y, m: mo, d }),
    });
  }
  MONTH_RE.lastIndex = 0;
  if (hasCue(cues, MONTH_CUES)) while ((m = MONTH_RE.exec(s)) !== null) {
    const name = m[2]!.replace('.', '').toLowerCase();
    const mi = MONTHS.indexOf(name) >= 0 ? MONTHS.indexOf(name) + 1 : MONTH_ABBR[name.slice(0, 4)] ?? MONTH_ABBR[name.slice(0, 3)];
    if (!mi) continue;
    const before = s.slice(Math.max(0, m.index - 60), m.index);
    if (name === 'may' && !m[1] && !m[3] && !m[4] && !/\b(?:in|since|from|until|of|early|late|mid|by|last|this|next|through)\s+$/i.test(before)) continue;
    const dayStr = m[1] ?? m[3];
    const day = dayStr ? Number(dayStr) : undefined;
    if (day !== undefined && (day < 1 || day > 31)) continue;
    const mod = /\b(last|next|this)\s+$/i.exec(before)?.[1]?.toLowerCase();
    // ("4,289 deaths in March 2022, 840 in April, and 586 in May": a list of months carries the year of the first)
    const listed = !m[4] && !mod ? yearOfListedMonth(s.slice(0, m.index), mi) : undefined;
    const year = m[4] ? Number(m[4]) : listed;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      role: fronted(s, m.index, m.index + m[0].length, before) ?? roleBefore(before, cues),
      anchored: false,
      precision: day !== undefined ? 'day' : 'month',
      resolve: remembered((pub, direction) => {
        if (year !== undefined) return day !== undefined ? { y: year, m: mi, d: day } : { y: year, m: mi };
        const dir = mod === 'next' ? 'future' : mod === 'last' ? 'past' : direction;
        return resolveMonthDay(pub, mi, day, dir);
      }),
    });
  }
  WEEKDAY_RE.lastIndex = 0;
  if (hasCue(cues, WEEKDAY_CUES)) while ((m = WEEKDAY_RE.exec(s)) !== null) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const mod = (m[1] ?? '').toLowerCase();
    const wd = WEEKDAYS.indexOf(m[2]!.toLowerCase());
    const before = s.slice(Math.max(0, m.index - 60), m.index);
    // "Feb. 24, Thursday:", "Thursday, March 3": the weekday of a day the text dates already
    if (!mod && (DAY_DATE_BEFORE.test(before) || DAY_DATE_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 20)))) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      role: fronted(s, m.index, m.index + m[0].length, before) ?? roleBefore(before, cues),
      anchored: false,
      precision: 'day',
      resolve: remembered((pub, direction) => resolveWeekday(pub, wd, mod === 'past' ? 'last' : mod, direction)),
    });
  }
  // "in the first five months of 2025", "the first half of the year": a window that ends with its last month
  FIRST_MONTHS_RE.lastIndex = 0;
  if (hasCue(cues, FIRST_CUES)) while ((m = FIRST_MONTHS_RE.exec(s)) !== null) {
    const span = m[1] ? (COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : m[2]!.toLowerCase() === 'half' ? 6 : 3;
    if (!(span >= 1 && span <= 11)) continue;
    const year = m[3] ? Number(m[3]) : undefined;
    const before = s.slice(Math.max(0, m.index - 60), m.index);
    const role = roleBefore(before, cues);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      // (a window, never the day a statement was made: "noted that in the first five months ...")
      role: role === 'statement' ? 'plain' : role,
      anchored: false,
      precision: 'month',
      resolve: (pub) => ({ y: year ?? (pub.m !== undefined && pub.m <= span ? pub.y - 1 : pub.y), m: span }),
    });
  }
  YEAR_RE.lastIndex = 0;
  if (hasCue(cues, YEAR_CUES)) while ((m = YEAR_RE.exec(s)) !== null) {
    const ys = m.index + m[0].length - 4;
    if (taken(ys, ys + 4)) continue;
    const y = Number(m[1]);
    const before = s.slice(Math.max(0, ys - 60), ys);
    out.push({ start: ys, end: ys + 4, role: roleBefore(before, cues), anchored: false, precision: 'year', resolve: () => ({ y }) });
  }
  ANCHOR_RE.lastIndex = 0;
  if (hasCue(cues, ANCHOR_CUES)) while ((m = ANCHOR_RE.exec(s)) !== null) {
    if (taken(m.index, m.index + m[0].length)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      role: 'plain',
      anchored: true,
      precision: 'year',
      // the caller passes the anchor date as `published`
      resolve: (p) => ({ ...p, y: p.y - 1 }),
    });
  }
  REL_RE.lastIndex = 0;
  if (hasCue(cues, REL_CUES)) while ((m = REL_RE.exec(s)) !== null) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const phrase = m[1]!.toLowerCase();
    const before = s.slice(Math.max(0, m.index - 60), m.index);
    let precision: DateMention['precision'] = 'day';
    let resolve: DateMention['resolve'];
    if (m[2]) {
      const n = SMALLNUM[m[2].toLowerCase()] ?? Number(m[2]);
      const unit = m[3]!.toLowerCase();
      if (unit === 'day') resolve = (p) => addDays(p, -n);
      else if (unit === 'week') {
        // a week gives no day: the month that week fell in
        precision = 'month';
        resolve = (p) => monthOf(addDays(p, -7 * n));
      }
      else if (unit === 'month') {
        precision = 'month';
        resolve = (p) => addMonths(p, -n);
      } else {
        precision = 'year';
        resolve = (p) => ({ y: p.y - n });
      }
    } else if (phrase === 'yesterday') resolve = (p) => addDays(p, -1);
    else if (/^(?:today|tonight|this (?:morning|afternoon|evening)|last night|overnight)$/.test(phrase)) resolve = (p) => p;
    else if (phrase === 'last week') {
      // "last week" names no day: record the month it fell in
      precision = 'month';
      resolve = (p) => monthOf(addDays(p, -7));
    } else if (phrase === 'next week') {
      precision = 'month';
      resolve = (p) => monthOf(addDays(p, 7));
    } else if (/this week$/.test(phrase)) {
      precision = 'month';
      resolve = (p) => monthOf(p);
    } else if (phrase === 'next month') {
      precision = 'month';
      resolve = (p) => addMonths(p, 1);
    } else if (phrase === 'last month') {
      precision = 'month';
      resolve = (p) => addMonths(p, -1);
    } else if (/this month$/.test(phrase)) {
      precision = 'month';
      resolve = (p) => ({ y: p.y, m: p.m });
    } else if (phrase === 'last year') {
      precision = 'year';
      resolve = (p) => ({ y: p.y - 1 });
    } else if (/this year$/.test(phrase)) {
      precision = 'year';
      resolve = (p) => ({ y: p.y });
    } else {
      // weekend: the most recent Sunday on or before publication
      resolve = (p) => addDays(p, -weekday(p));
    }
    out.push({ start: m.index, end: m.index + m[0].length, role: roleBefore(before, cues), anchored: false, precision, resolve: remembered(resolve) });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
