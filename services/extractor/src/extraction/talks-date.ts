import type { DateMention, DateParts } from './dates';

/**
 * Which date of a sentence is the meeting's, and whether a meeting told without a tense is still to
 * come. Pure functions over one sentence's text and date mentions.
 */

const MEETING_WORD = /\b(?:talks|negotiations?|consultations|meeting|meetings|met|meet|meets|summit|round|session|gathered|convened|resumed|sat down)\b/gi;
/** A date of an earlier meeting told beside the one reported: "which last met in October". */
const EARLIER_MEETING_BEFORE = /\b(?:last|previously|earlier|first|had|have) met\s+(?:[\w-]+\s+){0,3}$/i;

/** Offsets of the words that name the meeting: "talks", "round", "met". */
export function meetingWords(t: string): number[] {
  MEETING_WORD.lastIndex = 0;
  const at: number[] = [];
  for (let m = MEETING_WORD.exec(t); m !== null; m = MEETING_WORD.exec(t)) at.push(m.index);
  return at;
}

/** An exchange carried out: its day is the claim's ("brought home 390 on June 6 in a swap agreed at talks earlier this week"). */
const EXCHANGE_DONE = /\b(?:exchanged|swapped|brought home|returned home|came home|(?:were|was|have been|had been) (?:released|freed|returned|handed over))\b/i;

/**
 * Of `dates`, the one nearest a meeting word: in "drones hit the plant on May 7, breaking the truce agreed
 * at last month's talks" the talks are last month's. The first when the sentence names no meeting or
 * tells of an exchange carried out, whose day the claim takes.
 */
export function nearestMeetingDate(dates: DateMention[], t: string): DateMention | undefined {
  const words = meetingWords(t);
  if (!words.length || dates.length < 2 || EXCHANGE_DONE.test(t)) return dates[0];
  const ofThis = dates.filter((d) => !EARLIER_MEETING_BEFORE.test(t.slice(Math.max(0, d.start - 40), d.start)));
  if (ofThis.length && ofThis.length < dates.length) return nearestMeetingDate(ofThis, t);
  // a date in a meeting word's own clause first ("Russia struck Kharkiv on May 7, and a meeting planned for May 12 was called off")
  const clauses = new Set(words.map((w) => clauseOf(t, w)));
  const inClause = dates.filter((d) => clauses.has(clauseOf(t, d.start)));
  const pool = inClause.length ? inClause : dates;
  const gap = (d: DateMention) => Math.min(...words.map((w) => (w < d.start ? d.start - w : Math.max(0, w - d.end))));
  return pool.reduce((best, d) => (gap(d) < gap(best) ? d : best));
}

/** Which clause of `t` the offset `at` is in: the commas and semicolons before it (not the comma of "1,000" or "May 12, 2026"). */
function clauseOf(t: string, at: number): number {
  return (t.slice(0, at).match(/[,;](?!\s*\d)/g) ?? []).length;
}

/** A verb or word that puts the meeting in the past: "met", "was held", "ended", "last week's". */
const PAST_TELLING = /\b(?:met|held|took place|was|were|had|has|have|ended|opened|began|started|concluded|closed|signed|agreed|exchanged|swapped|produced|yielded|did|last|earlier|previous|ago)\b/i;

/** How far ahead (in days) a dated meeting told in the present tense reads as coming rather than a year old. */
const COMING_DAYS = 45;

const dayNumber = (p: DateParts) => Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1) / 86_400_000;

/**
 * Whether a day without a year that reads back to almost a year before publication (`back`) falls, read
 * forward (`ahead`), a few weeks after it: then it is that day, not the same day a year before ("the
 * round in Istanbul on May 12-13", published May 7). A weekday always reads back within the week.
 */
export function soonAfter(back: DateParts, ahead: DateParts, published: DateParts): boolean {
  const pub = dayNumber({ y: published.y, m: published.m, d: published.d });
  const days = dayNumber(ahead) - pub;
  return pub - dayNumber(back) > 300 && days > 0 && days <= COMING_DAYS;
}

/** A meeting told in no past tense ("delegations meet in Geneva on 10-11 March"): with a day soon after publication, still to come. */
export function toldAsComing(t: string): boolean {
  return !PAST_TELLING.test(t);
}

/** "The two-day round, which opened on April 9": a later sentence that tells when the meeting itself took place. */
const WHEN_HELD = /\b(?:talks|round|meeting|session|summit|negotiations)\b[^.;]{0,40}\b(?:opened|began|started|took place|was held|were held|convened|got under way)\b/i;

export function tellsWhenHeld(t: string): boolean {
  return WHEN_HELD.test(t);
}

/** What may stand between two dates of one list: "May 16, June 2 and July 23". */
// (", with the second round taking place": the next round's day, told after the first's)
const LIST_JOIN = /^\s*(?:,|,?\s*and|,?\s*then)\s*$|^\s*,?\s*(?:with|and|while|followed by)\s+(?:the\s+|a\s+)?(?:first|second|third|fourth|fifth|sixth|next|following)\s+(?:round|meeting|session)\s+(?:(?:taking place|held|was held|being held|following|coming|came|took place)\s+)?(?:on\s+)?$/i;

const ORDINAL_ROUND = /\b(first|second|third|fourth|fifth|sixth)\s+(?:(?:round|meeting|session)\b|(?:[\w-]+\s+){1,2}(?:round|meeting|session)\b)/gi;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };

/**
 * The round each listed day belongs to when the sentence names it by ordinal: "The first round
 * ... was held on Jan. 23-24, with the second round taking place Feb. 4-5" gives [1, 2]; null
 * where no ordinal comes between a day and the one before it.
 */
export function ordinalsOfListed(listed: DateMention[], t: string): (number | null)[] {
  return listed.map((d, k) => {
    const from = k === 0 ? 0 : listed[k - 1]!.end;
    const found = [...t.slice(from, d.start).matchAll(ORDINAL_ROUND)].pop();
    return found ? ORDINALS[found[1]!.toLowerCase()]! : null;
  });
}

/**
 * The days a sentence lists for several meetings ("met three times, on May 16, June 2 and July 23"):
 * two or more dates of a day, each joined to the next by a comma or "and"; else none.
 */
export function listedDays(dates: DateMention[], t: string): DateMention[] {
  const days = dates.filter((d) => d.precision === 'day');
  for (let k = 0; k + 1 < days.length; k++) {
    const run = [days[k]!];
    while (k + 1 < days.length && LIST_JOIN.test(t.slice(days[k]!.end, days[k + 1]!.start))) run.push(days[++k]!);
    if (run.length >= 2) return run;
  }
  return [];
}

const COUNT_WORD: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
/** "three rounds of talks", "two meetings": how many meetings the sentence counts. */
const COUNTED = /\b(two|three|four|five|six|\d)\s+(?:(?:more|further|separate|direct|[\w-]+)\s+)?(?:rounds|meetings|sessions)\b/i;

/**
 * The months a sentence lists for as many meetings as it counts ("three rounds ... in May,
 * June and July"): each month one meeting; else none. Months alone are too weak without the count.
 */
export function listedMonths(dates: DateMention[], t: string): DateMention[] {
  const c = COUNTED.exec(t);
  if (!c) return [];
  const want = COUNT_WORD[c[1]!.toLowerCase()] ?? Number(c[1]);
  const months = dates.filter((d) => d.precision === 'month');
  for (let k = 0; k + 1 < months.length; k++) {
    const run = [months[k]!];
    while (k + 1 < months.length && LIST_JOIN.test(t.slice(months[k]!.end, months[k + 1]!.start))) run.push(months[++k]!);
    if (run.length === want) return run;
  }
  return [];
}
