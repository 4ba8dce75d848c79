import type { TollClaim } from '@claimwire/events';
import { dateSortKey, precisionOf } from './dates';
import { reporterKey } from '@claimwire/readmodel';
import { figureId, seriesId } from './ids';

export interface TollPlacement {
  seriesId: string;
  reporterKey: string;
  figureId: string;
  asOfPrecision: string | null;
  asOfSort: string | null;
}

/**
 * Where a toll claim lands: its series (party x population x measure x reporter) and its
 * figure (value, bound, date, scope). Different reporters never share a series, so their
 * figures stand side by side instead of being merged.
 */
export function placeToll(claim: TollClaim): TollPlacement {
  const reporter = reporterKey(claim.reportedBy);
  const series = seriesId(claim.party, claim.population, claim.measure, reporter);
  return {
    seriesId: series,
    reporterKey: reporter,
    figureId: figureId(series, claim.value, claim.bound, claim.asOf, claim.scope),
    asOfPrecision: precisionOf(claim.asOf),
    asOfSort: dateSortKey(claim.asOf),
  };
}
