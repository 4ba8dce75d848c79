import type { TollClaim } from '@claimwire/events';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { foldFigure, placeToll, type FigureState, type TollPlacement } from '../fold';
import { upsertRows, type UpsertSpec } from './upsert';

export interface FigureRow {
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

export const FIGURE_COLS = `figure_id, series_id, value, bound, as_of, as_of_precision, to_char(sort_date, 'YYYY-MM-DD') AS sort_date,
  scope, first_seen, source_count`;

export function toState(r: FigureRow): FigureState {
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

export const SERIES_UPSERT: UpsertSpec = {
  table: 'toll_series',
  columns: ['series_id', 'party', 'population', 'measure', 'scope', 'period', 'reporter_key', 'reported_by', 'reporter_id',
    'reporter_name', 'reporter_country', 'first_seen', 'last_seen'],
  onConflict: `ON CONFLICT (series_id) DO UPDATE SET
       first_seen = LEAST($T.first_seen, EXCLUDED.first_seen),
       last_seen = GREATEST($T.last_seen, EXCLUDED.last_seen)`,
};

/** Where first_seen and last_seen sit in a series row (the batch path widens them in place). */
export const SERIES_FIRST_SEEN = 11;
export const SERIES_LAST_SEEN = 12;

export function seriesRow(claim: TollClaim, p: TollPlacement, firstSeen: string, lastSeen: string): unknown[] {
  return [p.seriesId, claim.party, claim.population, claim.measure, claim.scope, p.period, p.reporterKey, claim.reportedBy,
    claim.reporterId ?? null, claim.reporterName ?? null, claim.reporterCountry ?? null, firstSeen, lastSeen];
}

export const FIGURE_UPSERT: UpsertSpec = {
  table: 'toll_figures',
  columns: ['figure_id', 'series_id', 'value', 'bound', 'as_of', 'as_of_precision', 'sort_date', 'scope', 'first_seen', 'source_count'],
  onConflict: `ON CONFLICT (figure_id) DO UPDATE SET bound = EXCLUDED.bound, as_of = EXCLUDED.as_of,
       as_of_precision = EXCLUDED.as_of_precision, sort_date = EXCLUDED.sort_date, first_seen = EXCLUDED.first_seen,
       source_count = EXCLUDED.source_count`,
};

export function figureRow(f: FigureState): unknown[] {
  return [f.figureId, f.seriesId, f.value, f.bound, f.asOf, f.asOfPrecision, f.sortDate, f.scope, f.firstSeen, f.sourceCount];
}

/** Upsert the series and figure of a toll claim; returns the figure id the claim sources. */
export async function applyToll(tx: SqlExecutor, schema: string, claim: TollClaim, seenAt: string): Promise<string> {
  const s = quoteIdent(schema);
  const p = placeToll(claim);
  await upsertRows(tx, schema, SERIES_UPSERT, [seriesRow(claim, p, seenAt, seenAt)]);
  const { rows } = await tx.query<FigureRow>(
    `SELECT ${FIGURE_COLS} FROM ${s}.toll_figures WHERE figure_id = $1 FOR UPDATE`,
    [p.figureId],
  );
  const f = foldFigure(rows[0] ? toState(rows[0]) : null, claim, seenAt);
  await upsertRows(tx, schema, FIGURE_UPSERT, [figureRow(f)]);
  return f.figureId;
}
