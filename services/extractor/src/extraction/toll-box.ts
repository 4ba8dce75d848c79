/**
 * Tolls in "key: value" lines: fact boxes ("By the numbers"), bullet digests and data lines, where
 * the figure stands after a colon and its label says what it counts:
 *   "Ukrainian servicemen killed (the ministry, March): about 12,000"
 *   "- Russian losses claimed by Kyiv for the past week: up to 8,000"
 * Prose rules do not read these (the label is not a clause), so this pass owns them. The party
 * comes only from the label's counted noun and its modifiers (or, for civilians and the missing,
 * the country they are counted in), never from the reporter; a label without a party, a measure,
 * or with a rate or an exchange is no toll (the pass abstains and keeps prose rules off the line).
 */
import type { Article, SentInfo } from './analyze';
import { findDates, formatDate, type DateParts } from './dates';
import { partyRef, placeOf, type Mention } from './entities';
import { reporterName } from './reporter-name';
import type { MeasureT, PopulationT, TollClaim } from './types';

/** label, optional "(source, date)", colon, then the value (the rest of the line). */
const BOX_LINE = /^[ \t]*(?:[-–•*▪][ \t]+)?([^:()\n]{3,140}?)[ \t]*(?:\(([^()\n]{2,140})\))?[ \t]*:[ \t]*(\S[^\n]*)$/;
/** A value opens with a figure, perhaps qualified ("nearly 1.4m", "5,500 to 6,500"). */
const VALUE_START = /^(?:(?:more than|over|at least|about|around|some|roughly|approximately|nearly|almost|up to|just under|an estimated|estimated|est\.|c\.)\s+)?\d/i;
/** A figure counted in the label itself: "589 civilian casualties", "more than 1,000 killed". */
const LABEL_COUNT = /\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\p{L}-]+\s+){0,2}?(?:casualties|killed|dead|deaths|wounded|injured|losses|civilians|soldiers|servicem[ae]n|troops|people|children|refugees|displaced)\b/iu;
/** A speaker tag in a transcript ("Q: ...", "A: ...", "Reporter: ..."): not a label. */
const SPEAKER_LABEL = /^(?:Q|A|[A-Z][a-z]+(?: [A-Z][a-z]+)?)$/;

const MEASURE_OF: [RegExp, MeasureT][] = [
  [/\b(?:killed (?:or|and) (?:wounded|injured)|dead (?:or|and) (?:wounded|injured)|killed or injured|casualties|losses)\b/i, 'casualties'],
  [/\b(?:killed|dead|deaths|fatalities|KIA)\b/i, 'killed'],
  [/\b(?:wounded|injured|injuries|WIA)\b/i, 'wounded'],
  [/\b(?:missing|MIA|unaccounted for)\b/i, 'missing'],
  [/\b(?:prisoners of war|POWs?|captured|in captivity|held captive)\b/i, 'captured'],
  [/\b(?:displaced|refugees|IDPs)\b/i, 'displaced'],
];
/** Figures that are not tolls: rates, exchanges (talks), equipment. */
const NOT_TOLL = /\b(?:per (?:day|week|month)|a day|daily average|average|rate|exchanged|swapped|released|freed|returned|repatriated|bodies|tanks?|drones?|missiles?|vehicles?|aircraft|artillery)\b/i;
const MILITARY = /\b(?:troops|soldiers|servicem[ae]n|service members|military|personnel|army|forces|fighters|KIA|WIA|POWs?|prisoners of war|combatants|marines)\b/i;
const CIVILIAN = /\b(?:civilians?|children|residents|non-combatants)\b/i;
const MIXED = /\b(?:(?:soldiers|troops|servicem[ae]n|military) and civilians|civilians and (?:soldiers|troops|servicem[ae]n|military)|military and civilian|civilian and military)\b/i;
/** A window on the count: a period figure. */
const WINDOW = /\b(?:(?:in|over|during|for) the (?:past|last|previous) (?:\d+ )?(?:\w+)|(?:in|during) (?:January|February|March|April|May|June|July|August|September|October|November|December)|last (?:week|month|year)|this (?:week|month|year)|(?:weekly|monthly))\b/i;
const DAY_WINDOW = /\b(?:24 hours|day|overnight)\b/i;
const WEEK_WINDOW = /\b(?:week|seven days|7 days|weekly)\b/i;
const MONTH_WINDOW = /\b(?:month|monthly|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
/** A reporter inside the label: "... claimed by the Russian defence ministry ...". */
const LABEL_SOURCE = /\b(?:claimed by|reported by|according to|as reported by|estimated by|documented by)\s+(?:the\s+)?([^,;]+?)(?=\s+(?:for|in|over|during|since|as of|to)\b|[,;]|$)/i;
/** A party after these in the label is where the people are, or a holder, not whose people. */
const PLACE_BEFORE = /\b(?:in|inside|into|across|from|by|against|to|on)\s+(?:the\s+)?$/i;
const HOLDER_AFTER = /^(?:'s|’s)?\s*(?:captivity|custody|hands)\b/i;
const SOURCE_TAIL = /\s+(?:estimates?|figures?|data|count|tally|assessment|says|said)$/i;

export interface BoxToll {
  claim: TollClaim;
  sentence: number;
  /** the figure's qualifier (about, more than, ...) */
  qualified: boolean;
  range: boolean;
}

export interface BoxLine {
  label: string;
  labelStart: number;
  source: string | null;
  sourceStart: number;
  value: string;
  valueStart: number;
}

/** A "label (source): value" line whose value opens with a figure, else null. */
export function boxLine(text: string): BoxLine | null {
  const m = BOX_LINE.exec(text);
  if (!m || !VALUE_START.test(m[3]!)) return null;
  const label = m[1]!.trim();
  if (SPEAKER_LABEL.test(label)) return null;
  // "OHCHR recorded 589 civilian casualties in Ukraine: 138 killed and 451 injured": a count in the
  // "label" makes it prose, and what follows the colon its breakdown
  if (LABEL_COUNT.test(label)) return null;
  const labelStart = text.indexOf(label);
  const sourceStart = m[2] ? text.indexOf('(' + m[2], labelStart) + 1 : -1;
  return { label, labelStart, source: m[2] ?? null, sourceStart, value: m[3]!, valueStart: m.index + m[0].length - m[3]!.length };
}

/** The measure a label counts: exactly one, else null. */
export function labelMeasure(label: string): MeasureT | null {
  for (const [re, measure] of MEASURE_OF) if (re.test(label)) return measure;
  return null;
}

/** The people a label counts. */
export function labelPopulation(label: string, measure: MeasureT): PopulationT {
  if (MIXED.test(label)) return 'mixed';
  const mil = MILITARY.test(label);
  const civ = CIVILIAN.test(label);
  if (mil && civ) return 'mixed';
  if (mil) return 'military';
  if (civ) return 'civilian';
  if (measure === 'captured') return 'military';
  if (measure === 'displaced') return 'civilian';
  return 'unspecified';
}

function partyOf(m: Mention): string | null {
  const p = partyRef(m);
  if (p) return p.party;
  const pl = placeOf(m);
  return pl?.party && pl.kind !== 'venue' ? pl.party : null;
}

/**
 * Whose people a label counts: the first party that modifies the counted noun ("Russian troops",
 * "Ukraine's soldiers"), not one after "in/by/from" nor a holder ("in Russian captivity"); for
 * civilians and the missing, failing that, the country they are counted in ("Civilians killed in
 * Ukraine"). Mentions are those of the sentence; only those within [from, to) are read.
 */
export function labelParty(text: string, mentions: Mention[], from: number, to: number, population: PopulationT): string | null {
  let place: string | null = null;
  for (const m of mentions) {
    if (m.start < from || m.end > to) continue;
    const p = partyOf(m);
    if (!p) continue;
    if (HOLDER_AFTER.test(text.slice(m.end, m.end + 16))) continue;
    if (PLACE_BEFORE.test(text.slice(Math.max(from, m.start - 14), m.start))) {
      if (/\bin\s+(?:the\s+)?$/i.test(text.slice(Math.max(from, m.start - 8), m.start)) && !place) place = p;
      continue;
    }
    return p;
  }
  return population === 'military' ? null : place;
}

function windowOf(label: string): TollClaim['period'] {
  if (DAY_WINDOW.test(label)) return 'day';
  if (WEEK_WINDOW.test(label)) return 'week';
  if (MONTH_WINDOW.test(label)) return 'month';
  return 'other';
}

/** Tolls of the article's box lines, and the sentences they were read from (found or not). */
export function extractBoxTolls(a: Article): { hits: BoxToll[]; lines: Set<number> } {
  const hits: BoxToll[] = [];
  const lines = new Set<number>();
  for (let i = 0; i < a.sentences.length; i++) {
    const si = a.sentences[i]!;
    if (si.text.indexOf(':') < 0) continue;
    const line = boxLine(si.text);
    if (!line) continue;
    const measure = labelMeasure(line.label);
    if (!measure) continue;
    // a line that counts losses is this pass's, found or not: prose rules would misread it
    lines.add(i);
    const hit = readLine(a, si, i, line, measure);
    if (hit) hits.push(...hit);
  }
  return { hits, lines };
}

function readLine(a: Article, si: SentInfo, i: number, line: BoxLine, measure: MeasureT): BoxToll[] | null {
  const t = si.text;
  if (NOT_TOLL.test(line.label)) return null;
  // the source: the parenthesis's non-date parts, or "claimed by X" in the label
  let labelEnd = line.labelStart + line.label.length;
  let reporter: string | null = null;
  const ls = LABEL_SOURCE.exec(line.label);
  if (ls) {
    reporter = ls[1]!.trim();
    labelEnd = line.labelStart + ls.index;
  }
  let date: DateParts | null = null;
  const dateTexts: string[] = [line.label];
  if (line.source) {
    for (const part of line.source.split(/[,;]/)) {
      const p = part.trim();
      if (!p) continue;
      const ds = findDates(p);
      // "to 30 September", "October", "as of 1 March"
      if (ds.length && p.slice(0, ds[0]!.start).replace(/\b(?:to|as of|until|through|by|at|on)\b/gi, '').trim() === '') dateTexts.push(p);
      else if (!reporter) reporter = p.replace(SOURCE_TAIL, '').trim() || null;
    }
  }
  const population = labelPopulation(line.label, measure);
  // "North Korean troops killed (South Korean intelligence)": only the label before any source names whose people
  const party = labelParty(t, si.mentions, line.labelStart, labelEnd, population);
  if (!party) return null;
  for (const dt of dateTexts) {
    const d = findDates(dt).find((x) => x.role !== 'since');
    if (d && dt !== line.label) date = d.resolve(a.published, 'past');
  }
  const period = WINDOW.test(line.label.slice(0, labelEnd - line.labelStart)) || WINDOW.test(line.label);
  if (period) {
    const d = findDates(line.label).find((x) => x.role !== 'since' && x.precision !== 'day');
    if (d && !date) date = d.resolve(a.published, 'past');
  }
  // the figure (and a range's high end): the value's first numbers
  const nums = si.numbers.filter((n) => n.start >= line.valueStart && !n.unit);
  const first = nums[0];
  if (!first || first.qualStart - line.valueStart > 20) return null;
  const second = nums[1];
  const isRange = !!second && /^\s*(?:to|-|–|—)\s*$/.test(t.slice(first.end, second.qualStart));
  const shown = reporterName(reporter, []);
  const base = {
    kind: 'toll' as const,
    party,
    population,
    measure,
    asOf: formatDate(date ?? a.published),
    reportedBy: shown,
    scope: period ? ('period' as const) : ('cumulative' as const),
    period: period ? windowOf(line.label) : null,
    reporterCountry: shown === null ? null : sourceCountry(t, si.mentions, line, ls ? line.labelStart + ls.index : -1),
  };
  const ends: [number, TollClaim['bound']][] = isRange && second ? [[first.value, 'at_least'], [second.value, 'at_most']] : [[first.value, first.bound]];
  return ends.map(([value, bound]) => ({ claim: { ...base, value, bound }, sentence: i, qualified: first.bound !== 'exact', range: isRange }));
}

/** The side a source phrase names ("Ukraine's General Staff", "UK defence ministry"), if any. */
function sourceCountry(t: string, mentions: Mention[], line: BoxLine, labelSourceAt: number): string | null {
  const [from, to] = labelSourceAt >= 0 ? [labelSourceAt, line.labelStart + line.label.length] : [line.sourceStart, line.sourceStart + (line.source?.length ?? 0)];
  if (from < 0) return null;
  for (const m of mentions) if (m.start >= from && m.end <= to) {
    const p = partyRef(m);
    if (p) return p.party;
  }
  return null;
}
