import type { Sql } from '@claimwire/sql';
import type { CsvCell } from '../domain/csv';
import { isRealDate } from '../domain/dates';
import type { PlaceIndex } from '../domain/places';
import { badRequest, notFound } from '../http/problem';
import type { CsvExport } from '../http/route';

/** What every /v1 resource reads from (one instance per app, shared by its resource plugins). */
export interface V1Deps {
  db: Sql;
  /** The schema of the active projection version; null before anything was projected. */
  schema: () => Promise<string | null>;
  /** Where the gazetteer's places are (config/gazetteer.yaml): strikes are drawn at them. */
  places: PlaceIndex;
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
 * A list's CSV export: its dates checked like the JSON list's, its records from `rows` on the
 * active version (none before anything was projected).
 */
export function csvExport<Q extends { from?: string | undefined; to?: string | undefined }>(
  d: V1Deps,
  columns: CsvExport<Q>['columns'],
  rows: (db: Sql, schema: string, query: Q) => Promise<AsyncIterable<CsvCell[][]>>,
): CsvExport<Q> {
  return {
    columns,
    rows: async (query) => {
      checkDates(query);
      const schema = await d.schema();
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
