import type { Bound, TollClaim } from '@claimwire/events';
import { reporterKey } from '@claimwire/readmodel';
import { dateSortKey, earlier, mergeDates, precisionOf } from './dates';
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
 * extractor resolved one ("General Staff" = "Ukraine's General Staff"), else its name as keyed.
 */
export function placeToll(claim: TollClaim): TollPlacement {
  const reporter = claim.reporterId ?? reporterKey(claim.reportedBy);
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
