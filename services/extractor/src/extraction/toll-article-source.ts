import type { TollHit } from './tolls';

/**
 * An article that credits every figure it does attribute for one side's people to a single
 * source ("the UN human rights office recorded ...") and tells more such figures without
 * repeating the source ("In October, 284 were killed"): those figures are that source's.
 * Only when exactly one source is named for that side and population; an article that names
 * two leaves its unattributed figures unattributed. Pure: fills `reportedBy` in place.
 */
export function creditSoleSource(tolls: TollHit[]): void {
  for (const t of tolls) {
    if (t.claim.reportedBy !== null || t.unnamedSource) continue;
    const named = tolls.filter((o) => o.claim.reportedBy !== null && o.claim.party === t.claim.party && o.claim.population === t.claim.population);
    const sources = new Set(named.map((o) => o.claim.reportedBy));
    if (sources.size !== 1) continue;
    const from = named[0]!;
    t.claim.reportedBy = from.claim.reportedBy;
    t.claim.reporterCountry = from.claim.reporterCountry;
    t.signals.attributed = true;
    t.signals.reporterCarried = true;
  }
}
