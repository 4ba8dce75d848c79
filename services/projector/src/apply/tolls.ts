import type { TollClaim } from '@claimwire/events';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { foldFigure, placeToll, type FigureState } from '../fold';

interface FigureRow {
  figure_id: string;
  series_id: string;
  value: string;
  bound: FigureState['bound'];
  as_of: string | null;
  as_of_precision: string | null;
  sort_date: string;
  scope: FigureState['scope'];
  first_seen: Date;
  source_count: number;
}

function toState(r: FigureRow): FigureState {
  return {
    figureId: r.figure_id,
    seriesId: r.series_id,
    value: Number(r.value),
    bound: r.bound,
    asOf: r.as_of,
    asOfPrecision: r.as_of_precision,
    sortDate: r.sort_date,
    scope: r.scope,
    firstSeen: r.first_seen.toISOString(),
    sourceCount: r.source_count,
  };
}

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
  const { rows } = await tx.query<FigureRow>(
    `SELECT figure_id, series_id, value, bound, as_of, as_of_precision, to_char(sort_date, 'YYYY-MM-DD') AS sort_date,
            scope, first_seen, source_count
       FROM ${s}.toll_figures WHERE figure_id = $1 FOR UPDATE`,
    [p.figureId],
  );
  const f = foldFigure(rows[0] ? toState(rows[0]) : null, claim, seenAt);
  await tx.query(
    `INSERT INTO ${s}.toll_figures (figure_id, series_id, value, bound, as_of, as_of_precision, sort_date, scope, first_seen, source_count)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)
     ON CONFLICT (figure_id) DO UPDATE SET bound = EXCLUDED.bound, as_of = EXCLUDED.as_of,
       as_of_precision = EXCLUDED.as_of_precision, sort_date = EXCLUDED.sort_date, first_seen = EXCLUDED.first_seen,
       source_count = EXCLUDED.source_count`,
    [f.figureId, f.seriesId, f.value, f.bound, f.asOf, f.asOfPrecision, f.sortDate, f.scope, f.firstSeen, f.sourceCount],
  );
  return f.figureId;
}
