import type { Sql } from '@claimwire/sql';
import type { CsvCell } from '../domain/csv';
import { isRealDate } from '../domain/dates';
import type { PlaceIndex } from '../domain/places';
import { badRequest, notFound } from '../http/problem';
import type { CsvExport } from '../http/route';
import { articleExists, feedExists, reporterExists } from '../queries/entities';

/** What every /v1 resource reads from (one instance per app, shared by its resource plugins). */
export interface V1Deps {
  db: Sql;
  /** The schema of the active projection version; null before anything was projected. */
  schema: () => Promise<string | null>;
  /** Where the gazetteer's places are (config/gazetteer.yaml): strikes are drawn at them. */
  places: PlaceIndex;
  /** The gazetteer's reporter entity ids: /v1/tolls?reporter= of one of them is known even before it reported a figure. */
  reporterIds: ReadonlySet<string>;
}

/** The id-valued filters of the lists: each names something that must exist (else 404, as an unknown id in a path). */
export interface IdFilters {
  feed?: string | undefined;
  article?: string | undefined;
  /** A reporter entity id (/v1/tolls; /v1/claims' `reporter` is a name, not an id). */
  reporterId?: string | undefined;
}

/**
 * A 404 problem for the first filter naming something unknown: an unknown id answers 404
 * everywhere, never an empty list (which would read as "nothing yet"). `schema` is the active
 * version's (null before anything was projected). Known but without anything yet (a feed just
 * configured, a gazetteer reporter that has not reported) is no 404. The JSON lists stay
 * cacheable (`fromReadModels`): a 404 is never cached, and what is known stays known (ingest
 * keeps a feed's row after it leaves the config; the gazetteer is read once at start).
 */
export async function checkFilterIds(d: V1Deps, schema: string | null, f: IdFilters): Promise<void> {
  if (f.feed !== undefined && !(await feedExists(d.db, schema, f.feed))) throw notFound('feed', f.feed);
  if (f.article !== undefined && !(await articleExists(d.db, schema, f.article))) throw notFound('article', f.article);
  if (f.reporterId !== undefined && !(await reporterExists(d.db, schema, d.reporterIds, f.reporterId))) throw notFound('reporter', f.reporterId);
}

/** Dates that match the pattern but do not exist, and windows that end before they start. */
export function checkDates(q: { from?: string | undefined; to?: string | undefined }): void {
  for (const name of ['from', 'to'] as const) {
    const v = q[name];
    if (v && !isRealDate(v)) throw badRequest([{ parameter: name, message: `${v} is not a real calendar date` }]);
  }
  if (q.from && q.to && q.from > q.to && !q.to.startsWith(q.from)) {
    throw badRequest([{ parameter: 'from', message: 'must not be after to' }]);
  }
}

/**
 * A list's CSV export: its dates and its id filters (`ids`) checked like the JSON list's, its
 * records from `rows` on the active version (none before anything was projected).
 */
export function csvExport<Q extends { from?: string | undefined; to?: string | undefined }>(
  d: V1Deps,
  columns: CsvExport<Q>['columns'],
  rows: (db: Sql, schema: string, query: Q) => Promise<AsyncIterable<CsvCell[][]>>,
  ids: (query: Q) => IdFilters = () => ({}),
): CsvExport<Q> {
  return {
    columns,
    rows: async (query) => {
      checkDates(query);
      const schema = await d.schema();
      await checkFilterIds(d, schema, ids(query));
      return schema ? rows(d.db, schema, query) : (async function* () {})();
    },
  };
}

/**
 * The handler of a `GET /v1/<resource>/:id` route: the entity `get` reads from the active
 * version, or a 404 problem naming `what` when it does not exist (or nothing was projected yet).
 */
export function oneById<T, Q>(d: V1Deps, what: string, get: (db: Sql, schema: string, id: string, query: Q) => Promise<T | null>) {
  return async ({ params, query }: { params: { id: string }; query: Q }): Promise<T> => {
    const schema = await d.schema();
    const found = schema ? await get(d.db, schema, params.id, query) : null;
    if (!found) throw notFound(what, params.id);
    return found;
  };
}
