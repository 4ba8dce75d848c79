import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { changeBetween, withChanges, type Change } from '../domain/changes';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import { badRequest } from '../http/problem';
import type { TollsQuery } from '../routes/schemas';
import { reporterFilter } from './reporter';
import { sourcesFor, type Source } from './sources';
import { Where } from './sql-builder';

export interface Figure {
  figureId: string;
  value: number;
  bound: string;
  asOf: string | null;
  precision: string | null;
  scope: string;
  firstSeen: string;
  sourceCount: number;
  sources: Source[];
}

export interface SeriesSummary {
  seriesId: string;
  party: string;
  population: string;
  measure: string;
  reportedBy: string | null;
  figureCount: number;
  latest: Figure | null;
  change: Change | null;
}

interface FigureRow {
  figure_id: string;
  series_id: string;
  value: string;
  bound: string;
  as_of: string | null;
  as_of_precision: string | null;
  scope: string;
  first_seen: Date;
  source_count: number;
}

const FIGURE_COLS = 'figure_id, series_id, value, bound, as_of, as_of_precision, scope, first_seen, source_count';
// chronological: by the date the figure describes, then when it was first seen
const CHRONO = 'as_of_sort ASC NULLS FIRST, first_seen ASC, figure_id ASC';

function toFigure(r: FigureRow, sources: Map<string, Source[]>): Figure {
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

interface SeriesRow {
  series_id: string;
  party: string;
  population: string;
  measure: string;
  reporter_key: string;
  reported_by: string | null;
  figure_count: string;
}

export async function listTollSeries(
  db: SqlExecutor,
  schema: string,
  q: TollsQuery,
): Promise<{ items: SeriesSummary[]; nextCursor: string | null }> {
  const s = quoteIdent(schema);
  const w = new Where();
  if (q.party) w.add('s.party = ?', q.party);
  if (q.population) w.add('s.population = ?', q.population);
  if (q.measure) w.add('s.measure = ?', q.measure);
  if (q.reportedBy) reporterFilter(w, 's.reporter_key', q.reportedBy);
  if (q.cursor) {
    const key = decodeCursor(q.cursor, 4);
    if (!key) throw badRequest([{ parameter: 'cursor', message: 'not a cursor this endpoint issued' }]);
    w.add('(s.party, s.measure, s.population, s.reporter_key) > (?, ?, ?, ?)', ...key);
  }
  const { rows } = await db.query<SeriesRow>(
    `SELECT s.series_id, s.party, s.population, s.measure, s.reporter_key, s.reported_by,
            (SELECT count(*) FROM ${s}.toll_figures f WHERE f.series_id = s.series_id) AS figure_count
       FROM ${s}.toll_series s ${w.sql()}
      ORDER BY s.party, s.measure, s.population, s.reporter_key
      LIMIT ${w.param(q.limit + 1)}`,
    w.params,
  );
  const page = rows.slice(0, q.limit);
  const ids = page.map((r) => r.series_id);
  // the two most recent figures of each series: the latest and the one it moved from
  const figs = ids.length
    ? (
        await db.query<FigureRow & { rn: string }>(
          `SELECT * FROM (
             SELECT ${FIGURE_COLS}, row_number() OVER (PARTITION BY series_id ORDER BY as_of_sort DESC NULLS LAST, first_seen DESC, figure_id DESC) AS rn
               FROM ${s}.toll_figures WHERE series_id = ANY($1)) x
            WHERE rn <= 2`,
          [ids],
        )
      ).rows
    : [];
  const latestRows = figs.filter((f) => f.rn === '1');
  const sources = await sourcesFor(db, schema, latestRows.map((f) => f.figure_id));
  const items = page.map((r) => {
    const latest = latestRows.find((f) => f.series_id === r.series_id);
    const prev = figs.find((f) => f.series_id === r.series_id && f.rn === '2');
    const latestFig = latest ? toFigure(latest, sources) : null;
    return {
      seriesId: r.series_id,
      party: r.party,
      population: r.population,
      measure: r.measure,
      reportedBy: r.reported_by,
      figureCount: Number(r.figure_count),
      latest: latestFig,
      change:
        latestFig && prev ? changeBetween({ value: Number(prev.value), asOf: prev.as_of }, latestFig) : null,
    };
  });
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > q.limit && last ? encodeCursor([last.party, last.measure, last.population, last.reporter_key]) : null;
  return { items, nextCursor };
}

export async function getTollSeries(db: SqlExecutor, schema: string, seriesId: string) {
  const s = quoteIdent(schema);
  const { rows } = await db.query<SeriesRow>(
    `SELECT series_id, party, population, measure, reporter_key, reported_by, 0 AS figure_count
       FROM ${s}.toll_series WHERE series_id = $1`,
    [seriesId],
  );
  const series = rows[0];
  if (!series) return null;
  const figs = (await db.query<FigureRow>(`SELECT ${FIGURE_COLS} FROM ${s}.toll_figures WHERE series_id = $1 ORDER BY ${CHRONO}`, [seriesId])).rows;
  const sources = await sourcesFor(db, schema, figs.map((f) => f.figure_id));
  // the other reporters' series for the same party, population and measure, to compare side by side
  const siblings = (
    await db.query<{ series_id: string; reported_by: string | null }>(
      `SELECT series_id, reported_by FROM ${s}.toll_series
        WHERE party = $1 AND population = $2 AND measure = $3 AND series_id <> $4 ORDER BY reporter_key`,
      [series.party, series.population, series.measure, seriesId],
    )
  ).rows;
  return {
    seriesId: series.series_id,
    party: series.party,
    population: series.population,
    measure: series.measure,
    reportedBy: series.reported_by,
    figures: withChanges(figs.map((f) => toFigure(f, sources))),
    otherReporters: siblings.map((x) => ({ seriesId: x.series_id, reportedBy: x.reported_by })),
  };
}
