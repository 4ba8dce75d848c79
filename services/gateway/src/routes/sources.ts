import { decodeCursor, encodeCursor } from '../domain/cursor';
import { badRequest, notFound } from '../http/problem';
import { apiPlugin, defineRoute, type ApiRoute } from '../http/route';
import { entityExists } from '../queries/entities';
import { pageSources, SOURCE_CSV_COLUMNS, sourceCsvRows } from '../queries/sources';
import { SourcesPage, SourcesQuery } from '../schemas';
import type { V1Deps } from './shared';

/** GET /v1/sources: every source of one figure, round or strike, paged. */
export function sourcesRoutes(d: V1Deps): ApiRoute[] {
  // the active schema, when the entity exists there: an unknown id is a 404 here as everywhere else, not an empty list
  const knownEntity = async (entity: string): Promise<string> => {
    const schema = await d.schema();
    if (!schema || !(await entityExists(d.db, schema, entity))) throw notFound('figure, round or strike', entity);
    return schema;
  };
  return [
    defineRoute({
      path: '/v1/sources',
      operationId: 'listSources',
      fromReadModels: true,
      tag: 'provenance',
      summary: 'Every source of one figure, round or strike',
      description:
        'Lists embed the first 5 sources of each figure, round and strike (a series or track history the first 50) (sourceCount is the full number); this pages through all of them, oldest first. As CSV (?format=csv or Accept: text/csv): every source of the entity, one row each.',
      query: SourcesQuery,
      response: SourcesPage,
      errors: [404],
      handler: async ({ query }) => {
        let after: { seenAt: string; claimId: string } | null = null;
        if (query.cursor) {
          const key = decodeCursor(query.cursor, 2);
          if (!key || typeof key[0] !== 'string' || typeof key[1] !== 'string' || Number.isNaN(Date.parse(key[0]))) {
            throw badRequest([{ parameter: 'cursor', message: 'not a cursor this endpoint issued' }]);
          }
          after = { seenAt: key[0], claimId: key[1] };
        }
        const schema = await knownEntity(query.entity);
        const page = await pageSources(d.db, schema, query.entity, query.limit, after);
        return {
          entityId: query.entity,
          items: page.items,
          nextCursor: page.next ? encodeCursor([page.next.seenAt, page.next.claimId]) : null,
        };
      },
      csv: {
        columns: SOURCE_CSV_COLUMNS,
        rows: async (query) => sourceCsvRows(d.db, await knownEntity(query.entity), query.entity),
      },
    }),
  ];
}

export const sourcesPlugin = apiPlugin(sourcesRoutes);
