import type { Bound, TollClaim } from '@claimwire/events';
import { dateSortKey, earlier, later, mergeDates, precisionOf } from '../fold/dates';
import { codePointCompare } from '../fold/reports';
import { reporterKey } from '../keys';
import { figureId, seriesId } from './ids';

export interface TollPlacement {
  seriesId: string;
  /** the reporter's entity id, else its name as keyed (reporterKey) */
  reporterKey: string;
  /** the window of a period series (day, week, month, other); null for a running total */
  period: string | null;
  figureId: string;
}

/**
 * Where a toll claim lands: its series (party x population x measure x scope and window x
 * reporter) and its figure. Different reporters never share a series, so their figures stand
 * side by side instead of being merged. The reporter is its gazetteer entity when the
 * extractor resolved one ("General Staff" = "Ukraine's General Staff"), else its name as keyed;
 * a figure told without a source is its article's (one series per article, never one
 * "unattributed" series across outlets).
 */
export function placeToll(claim: TollClaim): TollPlacement {
  // an unattributed figure is its article's own: two articles' unattributed figures are no one reporter's count
  const reporter = claim.reporterId ?? (claim.reportedBy ? reporterKey(claim.reportedBy) : `unattributed/${claim.article.articleId}`);
  const period = claim.scope === 'period' ? (claim.period ?? 'other') : null;
  const series = seriesId({ party: claim.party, population: claim.population, measure: claim.measure, scope: claim.scope, period, reporter });
  return { seriesId: series, reporterKey: reporter, period, figureId: figureId(series, claim.scope, claim.value, claim.asOf) };
}

export interface FigureState {
  figureId: string;
  seriesId: string;
  value: number;
  bound: Bound;
  asOf: string | null;
  asOfPrecision: string | null;
  /** The day the figure is ordered by: its asOf's first day, or the day it was first seen. */
  sortDate: string;
  scope: TollClaim['scope'];
  firstSeen: string;
  sourceCount: number;
}

// the most committal wording wins: "55,000" over "about 55,000" over "more than 55,000"
const BOUND_RANK: Record<Bound, number> = { exact: 0, approx: 1, at_least: 2, at_most: 3 };

export function strongerBound(a: Bound, b: Bound): Bound {
  return BOUND_RANK[b] < BOUND_RANK[a] ? b : a;
}

/**
 * Fold one report of a figure into it. The order of reports does not matter: the earliest
 * first-seen, the most committal bound and the date the reports agree on (the finer one
 * when one contains the other, else the earlier) stand.
 */
export function foldFigure(prev: FigureState | null, claim: TollClaim, seenAt: string): FigureState {
  const p = placeToll(claim);
  const asOf = prev ? mergeDates(prev.asOf, claim.asOf) : claim.asOf;
  const firstSeen = prev ? earlier(prev.firstSeen, seenAt) : seenAt;
  return {
    figureId: p.figureId,
    seriesId: p.seriesId,
    value: claim.value,
    bound: prev ? strongerBound(prev.bound, claim.bound) : claim.bound,
    asOf,
    asOfPrecision: precisionOf(asOf),
    sortDate: dateSortKey(asOf) ?? firstSeen.slice(0, 10),
    scope: claim.scope,
    firstSeen,
    sourceCount: (prev?.sourceCount ?? 0) + 1,
  };
}

/** A series as the read model shows it: its key, its reporter in the words of its earliest report, and when it was seen. */
export interface SeriesState {
  seriesId: string;
  party: string;
  population: string;
  measure: string;
  scope: TollClaim['scope'];
  period: string | null;
  reporterKey: string;
  reportedBy: string | null;
  reporterId: string | null;
  reporterName: string | null;
  reporterCountry: string | null;
  firstSeen: string;
  lastSeen: string;
}

/** What the words of a series' reporter are chosen by: the earliest report, then the words in code-point order. */
function wordsKey(s: Pick<SeriesState, 'firstSeen' | 'reportedBy' | 'reporterName' | 'reporterCountry' | 'reporterId'>): string[] {
  return [s.firstSeen, s.reportedBy ?? '', s.reporterName ?? '', s.reporterCountry ?? '', s.reporterId ?? ''];
}
function wordsBefore(a: SeriesState, b: SeriesState): boolean {
  const x = wordsKey(a);
  const y = wordsKey(b);
  for (let i = 0; i < x.length; i++) {
    const c = codePointCompare(x[i] as string, y[i] as string);
    if (c !== 0) return c < 0;
  }
  return false;
}

/**
 * Fold a toll report into its series. Which report's words name the reporter ("the General
 * Staff" or "General Staff", both keyed alike) does not depend on their order: the earliest
 * seen, ties broken by the words (the SQL upsert breaks them the same way, in the "C"
 * collation).
 */
export function foldSeries(prev: SeriesState | null, claim: TollClaim, seenAt: string): SeriesState {
  const p = placeToll(claim);
  const next: SeriesState = {
    seriesId: p.seriesId,
    party: claim.party,
    population: claim.population,
    measure: claim.measure,
    scope: claim.scope,
    period: p.period,
    reporterKey: p.reporterKey,
    reportedBy: claim.reportedBy,
    reporterId: claim.reporterId ?? null,
    reporterName: claim.reporterName ?? null,
    reporterCountry: claim.reporterCountry ?? null,
    firstSeen: seenAt,
    lastSeen: seenAt,
  };
  if (!prev) return next;
  const words = wordsBefore(next, prev) ? next : prev;
  return { ...words, firstSeen: earlier(prev.firstSeen, seenAt), lastSeen: later(prev.lastSeen, seenAt) };
}
