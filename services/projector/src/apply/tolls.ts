import type { TollClaim } from '@claimwire/events';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { placeToll } from '../fold';

/** Upsert the series and figure of a toll claim; returns the figure id the claim sources. */
export async function applyToll(tx: SqlExecutor, schema: string, claim: TollClaim, seenAt: string): Promise<string> {
  const s = quoteIdent(schema);
  const p = placeToll(claim);
  await tx.query(
    `INSERT INTO ${s}.toll_series (series_id, party, population, measure, reporter_key, reported_by, first_seen, last_seen)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$7)
     ON CONFLICT (series_id) DO UPDATE SET
       first_seen = LEAST(${s}.toll_series.first_seen, EXCLUDED.first_seen),
       last_seen = GREATEST(${s}.toll_series.last_seen, EXCLUDED.last_seen)`,
    [p.seriesId, claim.party, claim.population, claim.measure, p.reporterKey, claim.reportedBy, seenAt],
  );
  await tx.query(
    `INSERT INTO ${s}.toll_figures (figure_id, series_id, value, bound, as_of, as_of_precision, as_of_sort, scope, first_seen, source_count)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,1)
     ON CONFLICT (figure_id) DO UPDATE SET
       first_seen = LEAST(${s}.toll_figures.first_seen, EXCLUDED.first_seen),
       source_count = ${s}.toll_figures.source_count + 1`,
    [p.figureId, p.seriesId, claim.value, claim.bound, claim.asOf, p.asOfPrecision, p.asOfSort, claim.scope, seenAt],
  );
  return p.figureId;
}
