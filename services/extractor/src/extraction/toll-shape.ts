/**
 * The shape of a figure in a toll sentence, read from the words around it: is it a rate, a ratio,
 * a footnote mark, a count of something other than people, one end of a range, and which window
 * a period figure covers. Pure functions of the sentence text; offsets are the sentence's.
 */
import type { NumberMention } from './numbers';

/**
 * A rate: "about 1,250 a day", "900 soldiers per day", "1,300 killed or wounded every day",
 * "three servicemen for every Ukrainian soldier", "167 casualties per square kilometre of advance". `after` runs from the figure's end; `before` ends
 * at its qualifier. A window ("in a day", "over the past day") is not a rate.
 */
const RATE_AFTER = /^[^,;:.()\d]{0,70}?(?<!\b(?:in|over|within|during|for|of|on|the|past|last|previous|first|same|that|this|one|single)\s)\b(?:(?:a|per|every|each) (?:single )?(?:day|week|month|year|hour|night)|per (?:square )?(?:kilomet(?:er|re)|km|mile|sq\.? ?km)|daily|a-day|per-day|(?:for|to) every\b|on average)\b/i;
const RATE_BEFORE = /\b(?:an? (?:daily |weekly |monthly )?average of|averaging|averaged|average (?:daily |weekly |monthly )?(?:of|at|was|is)|rate of|pace of|ratio of|daily average of|(?:an?|regular) (?:daily|weekly|nightly) (?:[\w-]+\s+){0,2}?(?:death toll|toll|losses|casualties|deaths|casualty figures?) of(?:\s+(?:over|more than|about|around|some|nearly|almost|up to|at least|roughly))?)\s+$/i;

export function isRate(before: string, after: string): boolean {
  return RATE_AFTER.test(after) || RATE_BEFORE.test(before.slice(-40));
}

/** A footnote or reference mark: "[4]", "(4)" right after a word, "ref. 4". */
export function isFootnote(text: string, n: NumberMention): boolean {
  return (text[n.start - 1] === '[' && text[n.end] === ']') || (text[n.start - 1] === '(' && text[n.end] === ')' && /[\p{L}.]$/u.test(text.slice(0, n.start - 1)));
}

/**
 * The figure counts groups of people or records, not people: "900 families of prisoners",
 * "1,200 applications from relatives of the missing".
 */
const GROUP_HEAD = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:famil(?:y|ies)|relatives|households|parents|mothers|wives|groups|cases|applications|requests|appeals|complaints|reports|names|lists|stories|graves|obituaries|petitions|letters|calls)\s+(?:of|from|about|for|with|to)\b/iu;

export function countsGroups(after: string): boolean {
  return GROUP_HEAD.test(after);
}

/** One end of a range ("between 5,500 and 6,500", "5,500 to 6,500", "50-70,000", "5,500–6,500"). */
export interface RangeEnd {
  end: 'low' | 'high';
  /** this end's value ("50" of "50-70,000" is 50,000) */
  value: number;
}

const RANGE_GAP = /^\s*(?:-|–|—|to|and)\s*$/i;
const RISE_BEFORE = /\b(?:from|rose|risen|rising|increased|grew|climbed|jumped|fell|dropped|up|down)\s+$/i;

/** The low and high values when `lo` and `hi` form a range, else null. */
function rangeOf(text: string, lo: NumberMention, hi: NumberMention): { lo: number; hi: number } | null {
  // ("approximately 60,000 to 70,000": a range told as approximate is still a range)
  if (lo.unit || hi.unit || (lo.bound !== 'exact' && lo.bound !== 'approx') || hi.qualStart !== hi.start) return null;
  const gap = text.slice(lo.end, hi.start);
  if (!RANGE_GAP.test(gap)) return null;
  const lead = text.slice(Math.max(0, lo.qualStart - 20), lo.qualStart);
  if (/^\s*and\s*$/i.test(gap) && !/\bbetween\s+$/i.test(lead)) return null;
  // ("the number ... is from 40 to 55 thousand", "estimates range from": a range, not a rise)
  if (/^\s*to\s*$/i.test(gap) && RISE_BEFORE.test(lead) && !/\b(?:is|are|was|were|be|ranges?|ranged|ranging|var(?:y|ies|ied)|estimated(?: at)?)\s+from\s+$/i.test(lead)) return null;
  let low = lo.value;
  // "50-70,000", "2-3 million": the low end takes the high end's scale
  if (!lo.words && low < 1000 && hi.value >= 1000 && /^\d{1,3}$/.test(text.slice(lo.start, lo.end))) {
    const scale = /\d\s?(?:million|mn|m)\b/i.test(text.slice(hi.start, hi.end)) ? 1_000_000 : /\d\s?(?:thousand|k)\b/i.test(text.slice(hi.start, hi.end)) || /,\d{3}$/.test(text.slice(hi.start, hi.end)) ? 1000 : 1;
    if (low * scale < hi.value) low *= scale;
  }
  return low < hi.value ? { lo: low, hi: hi.value } : null;
}

/** When `nums[k]` and a neighbour form a range, which end it is and its value. */
export function rangeEnd(text: string, nums: NumberMention[], k: number): RangeEnd | null {
  const n = nums[k]!;
  const next = nums[k + 1];
  const prev = nums[k - 1];
  const asLow = next ? rangeOf(text, n, next) : null;
  if (asLow) return { end: 'low', value: asLow.lo };
  const asHigh = prev ? rangeOf(text, prev, n) : null;
  if (asHigh) return { end: 'high', value: asHigh.hi };
  return null;
}

export type PeriodWindow = 'day' | 'week' | 'month' | 'other';

const DAY_WINDOW = /\b(?:(?:in|over|within) (?:24|twenty-four) hours|(?:past|last|previous|preceding) (?:24|twenty-four) hours|(?:past|last|previous|preceding) day|in (?:a|one|a single) day|over (?:the|a) day|during the day|per day over|overnight|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|daily (?:update|report|bulletin|summary|figure|losses))\b/i;
const WEEK_WINDOW = /\b(?:(?:past|last|previous|preceding) (?:week|seven days|7 days)|(?:seven|7) days (?:to|ending|through|until)|week (?:ending|to|through)|last week|this week|in a week|over the week|during the week|weekly (?:update|report|bulletin|summary|figure|losses))\b/i;
const MONTH_WINDOW = /\b(?:(?:past|last|previous|preceding) (?:month|30 days|thirty days)|(?:in|during|for|over|throughout) (?:the month of )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d{1,2}\b)|last month|this month|in a month|monthly (?:update|report|bulletin|summary|figure|toll)|(?:from|between) 1(?:st)? (?:to|and|through|until|-) (?:28|29|30|31)(?:th|st)? (?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:from|between) (?:January|February|March|April|May|June|July|August|September|October|November|December) 1(?:st)? (?:to|and|through|until|-) (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:28|29|30|31))\b/i;

const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A span of several months or a season: a window, but no day, week or month. */
const SPAN_WINDOW = new RegExp(
  `\\b(?:between ${MONTHS} and ${MONTHS}|from ${MONTHS} (?:to|through|until) ${MONTHS}|(?<!since )(?:this|last|the) (?:winter|spring|summer|autumn|fall)|(?:in|during|over|through|throughout) the (?:winter|spring|summer|autumn|fall)|first (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2}) months|first (?:half|quarter) of)\\b`,
  'i',
);
/** When the figure was said ("said on Thursday"), which is not the window it covers. */
const SAID_ON = /\b(?:said|says|reported|announced|stated|wrote|added|told [\p{L}]+)(?: late| early)? on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/giu;

/**
 * The window of a period figure, from the words that state it (the figure's own clause first).
 * Day, week and month windows are those stated as such; any other window is 'other'.
 */
export function periodWindow(...texts: string[]): PeriodWindow {
  for (const raw of texts) {
    const t = raw.replace(SAID_ON, (m) => ' '.repeat(m.length));
    const hits: [number, PeriodWindow][] = [];
    for (const [re, w] of [[DAY_WINDOW, 'day'], [WEEK_WINDOW, 'week'], [MONTH_WINDOW, 'month'], [SPAN_WINDOW, 'other']] as const) {
      const m = re.exec(t);
      if (m) hits.push([m.index, w]);
    }
    if (hits.length) return hits.sort((a, b) => a[0] - b[0])[0]![1];
  }
  return 'other';
}

/** A unit or sector named as the source or the scope of a figure: one part of a bulletin's total. */
const UNIT_SOURCE = /\b(?:battle\s?group|group of forces|force grouping|grouping of troops)\b/i;
const UNIT_AREA = /\bin (?:its|their) (?:(?:areas?|zones?|sectors?) of (?:responsibility|operations?)|(?:operation|operational|operations) (?:areas?|zones?)|areas? of activity)\b/i;

/** The unit named right after the figure: "lost over 1,665 soldiers in battles with the Vostok battlegroup". */
const UNIT_AFTER = /^[^.;,]{0,50}?\b(?:in (?:battles|fighting|clashes|combat) with|against|in the (?:areas?|zones?|sectors?) of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:battle\s?group|group of forces|force grouping)\b/iu;

export function isBreakdownShare(source: string, text: string, after = ''): boolean {
  return UNIT_SOURCE.test(source) || UNIT_AREA.test(text) || UNIT_AFTER.test(after);
}

/**
 * A period figure dated to one calendar month ("December alone saw 139 killed", "another 1,120
 * were injured" after an October figure) covers that month, unless the text states a span.
 */
export function calendarWindow(window: PeriodWindow, asOf: string, text: string): PeriodWindow {
  if (window !== 'other' || !/^\d{4}-\d{2}$/.test(asOf) || SPAN_WINDOW.test(text)) return window;
  return 'month';
}

/** A stated window ("over the past day", "in the last 24 hours"). */
const WINDOW = /\b(?:in|over|during|for|within) the (?:past|last|previous|preceding) (?:\d+|[a-z-]+)(?: (?:hours|days|weeks|months))?\b|\bin (?:a|one|a single) (?:day|week|month)\b|\b(?:in|over|within) (?:24|twenty-four) hours\b/gi;
/** Words of a running total. */
export const RUNNING = /\b(?:since|so far|to date|in total|total|overall|altogether|cumulative|running)\b/i;

/**
 * A window stated before the figure in its own stretch of text (`before` starts after any earlier
 * figure) with no running-total word after it: "Ukrainian losses over the past day came to N".
 */
export function windowBefore(before: string): boolean {
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  WINDOW.lastIndex = 0;
  while ((m = WINDOW.exec(before)) !== null) last = m;
  return last !== null && !RUNNING.test(before.slice(last.index));
}
