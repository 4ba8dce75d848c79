import type { TollFigureRow, TollSeriesRow } from '@claimwire/readmodel';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import type { z } from 'zod';
import { latestOf, withChanges } from '../domain/changes';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import { dateRange } from '../domain/dates';
import { badRequest } from '../http/problem';
import type { Figure, Reporter, SeriesDetail, SeriesQuery, TollsPage, TollsQuery } from '../schemas';
import { reporterFilter } from './reporter';
import { EMBEDDED_SOURCES, embeddedSources, embeddedSourcesSql, isoTimestamp, sourcesFor, type Source } from './sources';
import { Where } from './sql-builder';

type FigureOut = z.infer<typeof Figure>;

/** A figure as FIGURE_COLS reads it. */
type FigureRow = Omit<TollFigureRow, 'sort_date'>;

/** A series as SERIES_COLS reads it. */
type SeriesRow = Omit<TollSeriesRow, 'first_seen' | 'last_seen' | 'figure_count'>;

const SERIES_COLS = 'series_id, party, population, measure, scope, period, reporter_key, reported_by, reporter_id, reporter_name, reporter_country';

/** The reporter of a series as the API shows it: its entity, else the name as written (null when unattributed). */
function reporterOf(r: SeriesRow): z.input<typeof Reporter> | null {
  const name = r.reporter_name ?? r.reported_by;
  return name ? { id: r.reporter_id, name, country: r.reporter_country } : null;
}

/** What the list and the detail say of a series itself. */
function seriesIdentity(r: SeriesRow) {
  return {
    seriesId: r.series_id,
    party: r.party,
    population: r.population,
    measure: r.measure,
    scope: r.scope,
    period: r.period,
    reportedBy: r.reported_by,
    reporter: reporterOf(r),
  };
}


const FIGURE_COLS = 'figure_id, series_id, value, bound, as_of, as_of_precision, scope, first_seen, source_count';
// chronological: by the day the figure describes (or was first seen, when undated), then first seen
const CHRONO = 'sort_date ASC, first_seen ASC, figure_id ASC';

/** Figure conditions shared by the list and the detail (scope and the asOf window), each with its one value. */
export function figureConditions(q: SeriesQuery, alias = ''): [string, unknown][] {
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

// in latestOf's order of preference (cumulative first)
const SCOPES = ['cumulative', 'period'] as const satisfies readonly FigureOut['scope'][];

/** A figure condition with its value bound as a parameter of `w` (for a subquery's own WHERE). */
function bound(w: Where, [cond, value]: [string, unknown]): string {
  return cond.replace('?', w.param(value));
}

/** The series filters of a list (on `s`, the toll_series row). */
export function seriesConditions(w: Where, q: Omit<TollsQuery, 'limit' | 'cursor'>): void {
  if (q.party) w.add('s.party = ?', q.party);
  if (q.population) w.add('s.population = ?', q.population);
  if (q.measure) w.add('s.measure = ?', q.measure);
  if (q.scope) w.add('s.scope = ?', q.scope);
  if (q.period) w.add('s.period = ?', q.period);
  if (q.reportedBy) reporterFilter(w, { written: 's.reported_by', entityName: 's.reporter_name', entityId: 's.reporter_id' }, q.reportedBy);
  if (q.reporter) w.add('s.reporter_id = ?', q.reporter);
  if (q.reporterCountry) w.add('s.reporter_country = ?', q.reporterCountry);
}

/** A series on a list page, as its one query returns it. */
interface ListedSeriesRow extends SeriesRow {
  /** Figures under the figure filters: the read model's figure_count when there are none. */
  figure_count: string | number;
  /** The last two figures of each scope, chronological (ISO first_seen). */
  figures: (Omit<FigureRow, 'first_seen' | 'value'> & { first_seen: string; value: number })[] | null;
  /** The latest figure's id and its first sources (see latestOf). */
  latest_id: string | null;
  latest_sources: Source[] | null;
}

/**
 * A list page in one statement. Per series it reads only what the page shows or compares
 * against: the last two figures of each scope (the latest figure is the last of its scope and
 * its change is against the one before it in that scope, so this gives the same latest and
 * change as folding every figure), the latest figure's first sources, and the number of
 * figures — the series' own figure_count (kept by the read model) unless figure filters
 * narrow it, then counted under them.
 */
export async function listTollSeries(db: SqlExecutor, schema: string, q: TollsQuery): Promise<z.input<typeof TollsPage>> {
  const s = quoteIdent(schema);
  const w = new Where();
  const fc = figureConditions(q, 'f.');
  const figureWhere = fc.map((c) => ` AND ${bound(w, c)}`).join('');
  const count = fc.length ? `(SELECT count(*) FROM ${s}.toll_figures f WHERE f.series_id = s.series_id${figureWhere})` : 's.figure_count';
  // per series, the last two figures of each scope (as JSON, chronological) and the latest as
  // latestOf picks it (the last cumulative figure, else the last period figure) among them
  const select = `SELECT ${SERIES_COLS.split(', ').map((c) => `s.${c}`).join(', ')}, ${count} AS figure_count,
      lt.figures, lt.latest_id, ${embeddedSourcesSql(schema, 'lt.latest_id', EMBEDDED_SOURCES.list)} AS latest_sources`;
  const lastFigures = `(SELECT json_agg(l ORDER BY l.sort_date, l.first_seen, l.figure_id) AS figures,
         (array_agg(l.figure_id ORDER BY l.scope = 'cumulative' DESC, l.sort_date DESC, l.first_seen DESC, l.figure_id DESC))[1] AS latest_id
       FROM (SELECT f.figure_id, f.series_id, f.value, f.bound, f.as_of, f.as_of_precision, f.scope, f.sort_date,
                    ${isoTimestamp('f.first_seen')} AS first_seen, f.source_count
               FROM unnest(${w.param(SCOPES)}::text[]) AS sc(scope)
               CROSS JOIN LATERAL (SELECT * FROM ${s}.toll_figures f WHERE f.series_id = s.series_id AND f.scope = sc.scope${figureWhere}
                                    ORDER BY f.sort_date DESC, f.first_seen DESC, f.figure_id DESC LIMIT 2) f) l)`;
  seriesConditions(w, q);
  if (fc.length) w.add(`EXISTS (SELECT 1 FROM ${s}.toll_figures f WHERE f.series_id = s.series_id${figureWhere})`);
  if (q.cursor) {
    const key = decodeCursor(q.cursor, 6);
    if (!key || !key.every((k) => typeof k === 'string')) throw badRequest([{ parameter: 'cursor', message: 'not a cursor this endpoint issued' }]);
    w.add('(s.party, s.measure, s.population, s.reporter_key, s.scope, s.series_id) > (?, ?, ?, ?, ?, ?)', ...key);
  }
  const { rows } = await db.query<ListedSeriesRow>(
    `${select}
       FROM ${s}.toll_series s CROSS JOIN LATERAL ${lastFigures} lt ${w.sql()}
      ORDER BY s.party, s.measure, s.population, s.reporter_key, s.scope, s.series_id
      LIMIT ${w.param(q.limit + 1)}`,
    w.params,
  );
  const page = rows.slice(0, q.limit);
  const items = page.map((r) => {
    const figs = (r.figures ?? []).map((f) => ({ ...f, first_seen: new Date(f.first_seen), value: String(f.value) }));
    const l = latestOf(withChanges(figs.map(asChangeable)));
    const sources = new Map<string, Source[]>();
    if (l && l.row.figure_id === r.latest_id) sources.set(l.row.figure_id, embeddedSources(r.latest_sources));
    return {
      ...seriesIdentity(r),
      figureCount: Number(r.figure_count),
      latest: l ? toFigure(l.row, sources) : null,
      change: l?.change ?? null,
    };
  });
  const last = page[page.length - 1];
  const nextCursor = rows.length > q.limit && last ? encodeCursor([last.party, last.measure, last.population, last.reporter_key, last.scope, last.series_id]) : null;
  return { items, nextCursor };
}

const asChangeable = (row: FigureRow) => ({ row, value: Number(row.value), asOf: row.as_of, scope: row.scope });

export async function getTollSeries(db: SqlExecutor, schema: string, seriesId: string, q: SeriesQuery): Promise<z.input<typeof SeriesDetail> | null> {
  const s = quoteIdent(schema);
  const series = (
    await db.query<SeriesRow>(`SELECT ${SERIES_COLS} FROM ${s}.toll_series WHERE series_id = $1`, [seriesId])
  ).rows[0];
  if (!series) return null;
  const figs = (await figuresOf(db, s, [seriesId], q)).get(seriesId) ?? [];
  const sources = await sourcesFor(db, schema, figs.map((f) => f.figure_id), EMBEDDED_SOURCES.detail);
  const figures = withChanges(figs.map(asChangeable)).map((f) => ({ ...toFigure(f.row, sources), change: f.change }));
  // the other reporters of the same party, population, measure and scope, to compare side by side
  const siblings = (
    await db.query<SeriesRow>(
      `SELECT ${SERIES_COLS} FROM ${s}.toll_series
        WHERE party = $1 AND population = $2 AND measure = $3 AND scope = $4 AND period IS NOT DISTINCT FROM $5 AND reporter_key <> $6
        ORDER BY reporter_key, series_id`,
      [series.party, series.population, series.measure, series.scope, series.period, series.reporter_key],
    )
  ).rows;
  const siblingFigs = await figuresOf(db, s, siblings.map((x) => x.series_id), {});
  const latest = latestOf(figures);
  const { change: _change, ...latestFigure } = latest ?? { change: null };
  return {
    ...seriesIdentity(series),
    latest: latest ? (latestFigure as z.input<typeof Figure>) : null,
    figures,
    otherReporters: siblings.map((x) => {
      const l = latestOf(siblingFigs.get(x.series_id) ?? []);
      return { seriesId: x.series_id, reportedBy: x.reported_by, reporter: reporterOf(x), latestValue: l ? Number(l.value) : null, latestAsOf: l?.as_of ?? null };
    }),
  };
}
