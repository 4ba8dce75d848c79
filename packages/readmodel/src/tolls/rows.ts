import type { Bound, DatePrecision, Measure, PeriodWindow, Population, Scope } from '@claimwire/events';
import type { UpsertSpec } from '../upsert';
import type { FigureState, SeriesState } from './fold';

/** A toll_series row: one reporter's count of one party's population and measure at one scope. */
export interface TollSeriesRow {
  series_id: string;
  party: string;
  population: Population;
  measure: Measure;
  scope: Scope;
  /** the window of a period series (null for a running total) */
  period: PeriodWindow | null;
  /** the reporter's gazetteer id when resolved, else its name as keyed (reporterKey) */
  reporter_key: string;
  /** the name as first written */
  reported_by: string | null;
  reporter_id: string | null;
  reporter_name: string | null;
  reporter_country: string | null;
  first_seen: Date;
  last_seen: Date;
  /** how many figures the series holds (kept by a trigger, rollups.ts) */
  figure_count: number;
}

/** A toll_figures row: one figure, however many articles reported it. Dates are read as text (YYYY-MM-DD). */
export interface TollFigureRow {
  figure_id: string;
  series_id: string;
  /** a bigint, as text */
  value: string;
  bound: Bound;
  as_of: string | null;
  as_of_precision: DatePrecision | null;
  /** the day the figure is ordered by: the first day of as_of, else the day it was first seen */
  sort_date: string;
  scope: Scope;
  first_seen: Date;
  source_count: number;
}

/** The columns of a figure as its fold reads it back (figureOfRow). */
export const FIGURE_COLS = `figure_id, series_id, value, bound, as_of, as_of_precision, to_char(sort_date, 'YYYY-MM-DD') AS sort_date,
  scope, first_seen, source_count`;

/** A stored figure as its fold state. */
export function figureOfRow(r: TollFigureRow): FigureState {
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

