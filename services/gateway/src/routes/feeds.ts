import { apiPlugin, defineRoute, type ApiRoute } from '../http/route';
import { listFeeds } from '../queries/feeds';
import { FeedsResponse, NoQuery } from '../schemas';
import type { V1Deps } from './shared';

/** GET /v1/feeds: each configured feed and its health (worded as of the request). */
export function feedsRoutes(d: V1Deps): ApiRoute[] {
  return [
    defineRoute({
      path: '/v1/feeds',
      operationId: 'listFeeds',
      tag: 'feeds',
      summary: 'Each configured feed and its health, as ingest last recorded it',
      description: 'Health as ingest last recorded it at its fetches; `healthReason` is worded when the response is made, so the times in it are as of now.',
      query: NoQuery,
      response: FeedsResponse,
      handler: async () => ({ items: await listFeeds(d.db, new Date()) }),
    }),
  ];
}

export const feedsPlugin = apiPlugin(feedsRoutes);
