import type { TollClaim } from '@claimwire/events';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { foldFigure, foldSeries, placeToll, type FigureState, type Report, type SeriesState } from '@claimwire/readmodel';
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

/** The words of the row's reporter give way to the new row's when those come first (foldSeries's rule, in SQL). */
const WORDS = (t: string) =>
  `(${t}.first_seen, COALESCE(${t}.reported_by, '') COLLATE "C", COALESCE(${t}.reporter_name, '') COLLATE "C",
    COALESCE(${t}.reporter_country, '') COLLATE "C", COALESCE(${t}.reporter_id, '') COLLATE "C")`;
const NEW_WORDS_FIRST = `${WORDS('EXCLUDED')} < ${WORDS('$T')}`;

export const SERIES_UPSERT: UpsertSpec = {
  table: 'toll_series',
  columns: ['series_id', 'party', 'population', 'measure', 'scope', 'period', 'reporter_key', 'reported_by', 'reporter_id',
    'reporter_name', 'reporter_country', 'first_seen', 'last_seen'],
  onConflict: `ON CONFLICT (series_id) DO UPDATE SET
       reported_by = CASE WHEN ${NEW_WORDS_FIRST} THEN EXCLUDED.reported_by ELSE $T.reported_by END,
       reporter_id = CASE WHEN ${NEW_WORDS_FIRST} THEN EXCLUDED.reporter_id ELSE $T.reporter_id END,
       reporter_name = CASE WHEN ${NEW_WORDS_FIRST} THEN EXCLUDED.reporter_name ELSE $T.reporter_name END,
       reporter_country = CASE WHEN ${NEW_WORDS_FIRST} THEN EXCLUDED.reporter_country ELSE $T.reporter_country END,
       first_seen = LEAST($T.first_seen, EXCLUDED.first_seen),
       last_seen = GREATEST($T.last_seen, EXCLUDED.last_seen)`,
};

export function seriesRow(x: SeriesState): unknown[] {
  return [x.seriesId, x.party, x.population, x.measure, x.scope, x.period, x.reporterKey, x.reportedBy, x.reporterId,
    x.reporterName, x.reporterCountry, x.firstSeen, x.lastSeen];
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

/**
 * Fold fresh toll reports into their series and figures. Both folds are order-free (a figure
 * keeps the earliest first-seen, the most committal bound and the date its reports agree on;
 * a series the words of its earliest report), so the figures the reports touch are read
 * (FOR UPDATE), folded in memory, and each table written with one multi-row upsert whose
 * conflict clause merges like the folds. Returns the figure of every report.
 */
export async function foldTolls(tx: SqlExecutor, schema: string, fresh: readonly Report<TollClaim>[]): Promise<Map<string, string>> {
  const figureOf = new Map<string, string>();
  if (fresh.length === 0) return figureOf;
  const s = quoteIdent(schema);
  const placed = fresh.map((r) => ({ r, p: placeToll(r.claim) }));
  const figures = new Map<string, FigureState>();
  const ids = [...new Set(placed.map((x) => x.p.figureId))].sort();
  const read = await tx.query<FigureRow>(`SELECT ${FIGURE_COLS} FROM ${s}.toll_figures WHERE figure_id = ANY($1) ORDER BY figure_id FOR UPDATE`, [ids]);
  for (const row of read.rows) figures.set(row.figure_id, toState(row));
  const series = new Map<string, SeriesState>();
  const dirty = new Set<string>();
  for (const { r, p } of placed) {
    series.set(p.seriesId, foldSeries(series.get(p.seriesId) ?? null, r.claim, r.seenAt));
    const f = foldFigure(figures.get(p.figureId) ?? null, r.claim, r.seenAt);
    figures.set(f.figureId, f);
    dirty.add(f.figureId);
    figureOf.set(r.claim.claimId, f.figureId);
  }
  await upsertRows(tx, schema, SERIES_UPSERT, [...series.values()].sort((a, b) => (a.seriesId < b.seriesId ? -1 : 1)).map(seriesRow));
  await upsertRows(tx, schema, FIGURE_UPSERT, [...dirty].sort().map((id) => figureRow(figures.get(id) as FigureState)));
  return figureOf;
}
