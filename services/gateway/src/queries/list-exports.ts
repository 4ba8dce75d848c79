import { STRIKE_ORDER_KEY, type StrikeRow, type TalksRoundRow, type TollFigureRow, type TollSeriesRow } from '@claimwire/readmodel';
import { quoteIdent, type Sql } from '@claimwire/sql';
import type { CsvCell } from '../domain/csv';
import { bestLocation, type PlaceIndex } from '../domain/places';
import type { StrikesFilter, TalksQuery, TollsQuery } from '../schemas';
import { csvStream } from './csv-stream';
import { FIRST_SOURCE_CSV_COLUMNS, firstSourceCells, firstSourceJoin, isoTimestamp, type FirstSourceRow } from './sources';
import { Where } from './sql-builder';
import { strikeWhere } from './strikes';
import { roundConditions } from './talks';
import { figureConditions, seriesConditions } from './tolls';

/**
 * The read-model lists as CSV (?format=csv): one row per toll figure, talks round or strike,
 * with its first source, under the same filters as the JSON lists, streamed from a cursor.
 */

export const TOLL_CSV_COLUMNS = [
  ['figure_id', 'The figure id (GET /v1/sources?entity=).'],
  ['series_id', 'The series id (GET /v1/tolls/{id}).'],
  ['party', 'Whose people are counted.'],
  ['population', 'military, civilian, mixed or unspecified.'],
  ['measure', 'killed, wounded, casualties, missing, captured or displaced.'],
  ['scope', 'cumulative (a running total) or period.'],
  ['period', 'The window of a period figure: day, week, month or other.'],
  ['reporter_id', 'The reporter entity id (empty for a reporter the gazetteer does not know).'],
  ['reporter', 'The reporter\'s name: the entity\'s, else as first written.'],
  ['reporter_country', 'The party the reporter speaks for, when known.'],
  ['value', 'The figure.'],
  ['bound', 'exact, approx, at_least or at_most: how the wording bounds it.'],
  ['as_of', 'The date the figure describes (day, month or year).'],
  ['source_count', 'How many claims report it.'],
  ['first_seen', 'When it was first projected (ISO 8601, UTC).'],
  ...FIRST_SOURCE_CSV_COLUMNS,
] as const;

/** A figure of a series, joined: first_seen an ISO timestamp, reporter the entity's name else the name as written. */
interface TollCsvRow
  extends FirstSourceRow,
    Pick<TollSeriesRow, 'series_id' | 'party' | 'population' | 'measure' | 'scope' | 'period' | 'reporter_id' | 'reporter_country'>,
    Pick<TollFigureRow, 'figure_id' | 'value' | 'bound' | 'as_of' | 'source_count'> {
  reporter: string | null;
  first_seen: string;
}

/** Every figure of every series the filter selects (paging ignored), series by series, oldest first, with its first source. */
export async function tollCsvRows(db: Sql, schema: string, q: Omit<TollsQuery, 'limit' | 'cursor'>): Promise<AsyncIterable<CsvCell[][]>> {
  const s = quoteIdent(schema);
  const w = new Where();
  seriesConditions(w, q);
  for (const [cond, value] of figureConditions(q, 'f.')) w.add(cond, value);
  return csvStream<TollCsvRow>(
    db,
    `SELECT f.figure_id, s.series_id, s.party, s.population, s.measure, s.scope, s.period, s.reporter_id,
            COALESCE(s.reporter_name, s.reported_by) AS reporter, s.reporter_country, f.value, f.bound, f.as_of, f.source_count,
            ${isoTimestamp('f.first_seen')} AS first_seen, src.*
       FROM ${s}.toll_series s JOIN ${s}.toll_figures f ON f.series_id = s.series_id ${firstSourceJoin(schema, 'f.figure_id')}
       ${w.sql()}
      ORDER BY s.party, s.measure, s.population, s.reporter_key, s.scope, s.series_id, f.sort_date, f.first_seen, f.figure_id`,
    w.params,
    (r) => [r.figure_id, r.series_id, r.party, r.population, r.measure, r.scope, r.period, r.reporter_id, r.reporter, r.reporter_country,
      Number(r.value), r.bound, r.as_of, r.source_count, r.first_seen, ...firstSourceCells(r)],
  );
}

export const TALKS_CSV_COLUMNS = [
  ['round_id', 'The round id.'],
  ['track_id', 'The track id (GET /v1/talks/{id}).'],
  ['sides', 'The track\'s parties: the conflict\'s two sides, separated by "; ".'],
  ['parties', 'Every party reports of the round name, mediators included, separated by "; ".'],
  ['round', 'The round number, when reported.'],
  ['location', 'The venue.'],
  ['date', 'The day (or month, year) of the round.'],
  ['status', 'held, scheduled or cancelled.'],
  ['participants', 'The negotiators named, separated by "; ".'],
  ['outcomes', 'What came of it, as JSON: exchanges (total, released per party, agreed), repatriations, agreements.'],
  ['source_count', 'How many claims report it.'],
  ['first_seen', 'When it was first projected (ISO 8601, UTC).'],
  ...FIRST_SOURCE_CSV_COLUMNS,
] as const;

/** A round with its track's sides: first_seen an ISO timestamp. */
interface RoundCsvRow
  extends FirstSourceRow,
    Pick<TalksRoundRow, 'round_id' | 'track_id' | 'parties' | 'round' | 'location' | 'date' | 'status' | 'participants' | 'outcomes' | 'source_count'> {
  sides: string[];
  first_seen: string;
}

/** Every round the filter selects (paging ignored), track by track in date order, with its first source. */
export async function talksCsvRows(db: Sql, schema: string, q: Omit<TalksQuery, 'limit' | 'cursor'>): Promise<AsyncIterable<CsvCell[][]>> {
  const s = quoteIdent(schema);
  const w = new Where();
  if (q.party) w.add('(? = ANY(t.parties) OR ? = ANY(r.parties))', q.party, q.party);
  for (const cond of roundConditions(w, q)) w.add(cond);
  return csvStream<RoundCsvRow>(
    db,
    `SELECT r.round_id, r.track_id, t.parties AS sides, r.parties, r.round, r.location, r.date, r.status, r.participants, r.outcomes,
            r.source_count, ${isoTimestamp('r.first_seen')} AS first_seen, src.*
       FROM ${s}.talks_rounds r JOIN ${s}.talks_tracks t ON t.track_id = r.track_id ${firstSourceJoin(schema, 'r.round_id')}
       ${w.sql()}
      ORDER BY r.track_id, COALESCE(r.date_sort, r.first_seen::date), r.round NULLS LAST, r.first_seen, r.round_id`,
    w.params,
    (r) => [r.round_id, r.track_id, r.sides.join('; '), r.parties.join('; '), r.round, r.location, r.date, r.status, r.participants.join('; '),
      JSON.stringify(r.outcomes), r.source_count, r.first_seen, ...firstSourceCells(r)],
  );
}

export const STRIKE_CSV_COLUMNS = [
  ['strike_id', 'The strike id (GET /v1/strikes/{id}).'],
  ['date', 'The day (or month, year) of the attack as reported.'],
  ['attacker', 'Who struck.'],
  ['target', 'Whose territory or assets were hit.'],
  ['target_type', 'energy, residential, military, port, ...'],
  ['locations', 'The places as reported, separated by "; ".'],
  ['weapons', 'The weapons reported, separated by "; ".'],
  ['killed', 'Killed, from the latest report (empty when not reported).'],
  ['injured', 'Injured, from the latest report (empty when not reported).'],
  ['source_count', 'How many claims report it.'],
  ['first_seen', 'When it was first projected (ISO 8601, UTC).'],
  ['place', 'The most specific reported place the gazetteer locates (a city over a region; empty when none).'],
  ['lat', 'Its latitude (WGS 84, decimal degrees; empty when no place is located).'],
  ['lon', 'Its longitude (WGS 84, decimal degrees; empty when no place is located).'],
  ...FIRST_SOURCE_CSV_COLUMNS,
] as const;

/** A strike: first_seen an ISO timestamp. */
interface StrikeCsvRow
  extends FirstSourceRow,
    Pick<StrikeRow, 'strike_id' | 'date' | 'attacker' | 'target' | 'target_type' | 'locations' | 'weapons' | 'killed' | 'injured' | 'source_count'> {
  first_seen: string;
}

/**
 * Every strike the filter selects (paging ignored), newest first, one CSV record each, with where
 * it is drawn (`places`: the gazetteer's) and its first source.
 */
export async function strikeCsvRows(db: Sql, schema: string, f: StrikesFilter, places: PlaceIndex): Promise<AsyncIterable<CsvCell[][]>> {
  const w = strikeWhere(f);
  return csvStream<StrikeCsvRow>(
    db,
    `SELECT st.strike_id, st.date, st.attacker, st.target, st.target_type, st.locations, st.weapons, st.killed, st.injured,
            st.source_count, ${isoTimestamp('st.first_seen')} AS first_seen, src.*
       FROM (SELECT * FROM ${quoteIdent(schema)}.strikes ${w.sql()}) st ${firstSourceJoin(schema, 'st.strike_id')}
      ORDER BY ${STRIKE_ORDER_KEY.replace('date_sort', 'st.date_sort')} DESC, st.strike_id DESC`,
    w.params,
    (r) => {
      const at = bestLocation(places, r.locations);
      return [r.strike_id, r.date, r.attacker, r.target, r.target_type, r.locations.join('; '), r.weapons.join('; '), r.killed, r.injured,
        r.source_count, r.first_seen, at?.place ?? null, at?.lat ?? null, at?.lon ?? null, ...firstSourceCells(r)];
    },
  );
}
