import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import type { z } from 'zod';
import { latestOf, withChanges } from '../domain/changes';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import { dateRange } from '../domain/dates';
import { badRequest } from '../http/problem';
import type { Figure, SeriesDetail, SeriesQuery, SeriesSummary, TollsPage, TollsQuery } from '../schemas';
import { reporterFilter } from './reporter';
import { EMBEDDED_SOURCES, sourcesFor, type Source } from './sources';
import { Where } from './sql-builder';

type FigureOut = z.infer<typeof Figure>;

interface FigureRow {
  figure_id: string;
  series_id: string;
  value: string;
  bound: FigureOut['bound'];
  as_of: string | null;
  as_of_precision: FigureOut['precision'];
  scope: FigureOut['scope'];
  first_seen: Date;
  source_count: number;
}

interface SeriesRow {
  series_id: string;
  party: string;
  population: z.infer<typeof SeriesSummary>['population'];
  measure: z.infer<typeof SeriesSummary>['measure'];
  reporter_key: string;
  reported_by: string | null;
}

const FIGURE_COLS = 'figure_id, series_id, value, bound, as_of, as_of_precision, scope, first_seen, source_count';
// chronological: by the day the figure describes (or was first seen, when undated), then first seen
const CHRONO = 'sort_date ASC, first_seen ASC, figure_id ASC';

/** Figure conditions shared by the list and the detail (scope and the asOf window), each with its one value. */
function figureConditions(q: SeriesQuery, alias = ''): [string, unknown][] {
  const out: [string, unknown][] = [];
  if (q.scope) out.push([`${alias}scope = ?`, q.scope]);
  if (q.from) out.push([`${alias}sort_date >= ?::date`, dateRange(q.from).first]);
  if (q.to) out.push([`${alias}sort_date <= ?::date`, dateRange(q.to).last]);
  return out;
}

function toFigure(r: FigureRow, sources: Map<string, Source[]>) {
  return {
    figureId: r.figure_id,
    value: Number(r.value),
    bound: r.bound,
    asOf: r.as_of,
    precision: r.as_of_precision,
    scope: r.scope,
    firstSeen: r.first_seen.toISOString(),
    sourceCount: r.source_count,
    sources: sources.get(r.figure_id) ?? [],
  };
}

/** Figures of the given series (chronological), grouped by series. */
async function figuresOf(db: SqlExecutor, s: string, seriesIds: string[], q: SeriesQuery): Promise<Map<string, FigureRow[]>> {
  const out = new Map<string, FigureRow[]>();
  if (seriesIds.length === 0) return out;
  const w = new Where();
  w.add('series_id = ANY(?)', seriesIds);
  for (const [cond, value] of figureConditions(q)) w.add(cond, value);
  const { rows } = await db.query<FigureRow>(`SELECT ${FIGURE_COLS} FROM ${s}.toll_figures ${w.sql()} ORDER BY series_id, ${CHRONO}`, w.params);
  for (const r of rows) {
    const list = out.get(r.series_id);
    if (list) list.push(r); // not a copy per row: a series can hold tens of thousands of figures
    else out.set(r.series_id, [r]);
  }
  return out;
}

const SCOPES = ['cumulative', 'period'] as const satisfies readonly FigureOut['scope'][];

/**
 * For a list page: how many figures each series has, and only the figures the page shows or
 * compares against — the last two of each scope (chronological). The latest figure is the
 * last of its scope and its change is against the one before it in that scope, so this gives
 * the same latest and change as folding every figure, without reading them all.
 */
async function latestFiguresOf(
  db: SqlExecutor,
  s: string,
  seriesIds: string[],
  q: SeriesQuery,
): Promise<{ counts: Map<string, number>; figs: Map<string, FigureRow[]> }> {
  const counts = new Map<string, number>();
  const figs = new Map<string, FigureRow[]>();
  if (seriesIds.length === 0) return { counts, figs };
  const c = new Where();
  c.add('series_id = ANY(?)', seriesIds);
  for (const [cond, value] of figureConditions(q)) c.add(cond, value);
  const n = await db.query<{ series_id: string; n: string }>(`SELECT series_id, count(*) AS n FROM ${s}.toll_figures ${c.sql()} GROUP BY series_id`, c.params);
  for (const r of n.rows) counts.set(r.series_id, Number(r.n));
  const w = new Where();
  w.add('f.series_id = ids.series_id');
  w.add('f.scope = sc.scope');
  for (const [cond, value] of figureConditions(q, 'f.')) w.add(cond, value);
  const { rows } = await db.query<FigureRow>(
    `SELECT l.${FIGURE_COLS.split(', ').join(', l.')}
       FROM unnest(${w.param(seriesIds)}::text[]) AS ids(series_id) CROSS JOIN unnest(${w.param(SCOPES)}::text[]) AS sc(scope)
       CROSS JOIN LATERAL (SELECT ${FIGURE_COLS}, sort_date FROM ${s}.toll_figures f ${w.sql()}
                            ORDER BY f.sort_date DESC, f.first_seen DESC, f.figure_id DESC LIMIT 2) l
      ORDER BY l.series_id, l.${CHRONO.split(', ').join(', l.')}`,
    w.params,
  );
  for (const r of rows) {
    const list = figs.get(r.series_id);
    if (list) list.push(r);
    else figs.set(r.series_id, [r]);
  }
  return { counts, figs };
}

export async function listTollSeries(db: SqlExecutor, schema: string, q: TollsQuery): Promise<z.input<typeof TollsPage>> {
  const s = quoteIdent(schema);
  const w = new Where();
  if (q.party) w.add('s.party = ?', q.party);
  if (q.population) w.add('s.population = ?', q.population);
  if (q.measure) w.add('s.measure = ?', q.measure);
  if (q.reportedBy) reporterFilter(w, 's.reporter_key', q.reportedBy);
  const fc = figureConditions(q, 'f.');
  if (fc.length) {
    const conds = fc.map(([c]) => c).join(' AND ');
    w.add(`EXISTS (SELECT 1 FROM ${s}.toll_figures f WHERE f.series_id = s.series_id AND ${conds})`, ...fc.map(([, v]) => v));
  }
  if (q.cursor) {
    const key = decodeCursor(q.cursor, 4);
    if (!key || !key.every((k) => typeof k === 'string')) throw badRequest([{ parameter: 'cursor', message: 'not a cursor this endpoint issued' }]);
    w.add('(s.party, s.measure, s.population, s.reporter_key) > (?, ?, ?, ?)', ...key);
  }
  const { rows } = await db.query<SeriesRow>(
    `SELECT s.series_id, s.party, s.population, s.measure, s.reporter_key, s.reported_by
       FROM ${s}.toll_series s ${w.sql()}
      ORDER BY s.party, s.measure, s.population, s.reporter_key
      LIMIT ${w.param(q.limit + 1)}`,
    w.params,
  );
  const page = rows.slice(0, q.limit);
  const { counts, figs } = await latestFiguresOf(db, s, page.map((r) => r.series_id), q);
  const latest = new Map(page.map((r) => [r.series_id, latestOf(withChanges((figs.get(r.series_id) ?? []).map(asChangeable)))]));
  const sources = await sourcesFor(db, schema, [...latest.values()].flatMap((l) => (l ? [l.row.figure_id] : [])), EMBEDDED_SOURCES.list);
  const items = page.map((r) => {
    const l = latest.get(r.series_id) ?? null;
    return {
      seriesId: r.series_id,
      party: r.party,
      population: r.population,
      measure: r.measure,
      reportedBy: r.reported_by,
      figureCount: counts.get(r.series_id) ?? 0,
      latest: l ? toFigure(l.row, sources) : null,
      change: l?.change ?? null,
    };
  });
  const last = page[page.length - 1];
  const nextCursor = rows.length > q.limit && last ? encodeCursor([last.party, last.measure, last.population, last.reporter_key]) : null;
  return { items, nextCursor };
}

const asChangeable = (row: FigureRow) => ({ row, value: Number(row.value), asOf: row.as_of, scope: row.scope });

export async function getTollSeries(db: SqlExecutor, schema: string, seriesId: string, q: SeriesQuery): Promise<z.input<typeof SeriesDetail> | null> {
  const s = quoteIdent(schema);
  const series = (
    await db.query<SeriesRow>(`SELECT series_id, party, population, measure, reporter_key, reported_by FROM ${s}.toll_series WHERE series_id = $1`, [seriesId])
  ).rows[0];
  if (!series) return null;
  const figs = (await figuresOf(db, s, [seriesId], q)).get(seriesId) ?? [];
  const sources = await sourcesFor(db, schema, figs.map((f) => f.figure_id), EMBEDDED_SOURCES.detail);
  const figures = withChanges(figs.map(asChangeable)).map((f) => ({ ...toFigure(f.row, sources), change: f.change }));
  // the other reporters of the same party, population and measure, to compare side by side
  const siblings = (
    await db.query<SeriesRow>(
      `SELECT series_id, party, population, measure, reporter_key, reported_by FROM ${s}.toll_series
        WHERE party = $1 AND population = $2 AND measure = $3 AND series_id <> $4 ORDER BY reporter_key`,
      [series.party, series.population, series.measure, seriesId],
    )
  ).rows;
  const siblingFigs = await figuresOf(db, s, siblings.map((x) => x.series_id), {});
  const latest = latestOf(figures);
  const { change: _change, ...latestFigure } = latest ?? { change: null };
  return {
    seriesId: series.series_id,
    party: series.party,
    population: series.population,
    measure: series.measure,
    reportedBy: series.reported_by,
    latest: latest ? (latestFigure as z.input<typeof Figure>) : null,
    figures,
    otherReporters: siblings.map((x) => {
      const l = latestOf(siblingFigs.get(x.series_id) ?? []);
      return { seriesId: x.series_id, reportedBy: x.reported_by, latestValue: l ? Number(l.value) : null, latestAsOf: l?.as_of ?? null };
    }),
  };
}
