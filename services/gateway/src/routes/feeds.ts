import { apiPlugin, defineRoute, type ApiRoute } from '../http/route';
import { FEED_CSV_COLUMNS, feedCsvRows, feedsConfig, listFeeds } from '../queries/feeds';
import { FeedsResponse, NoQuery } from '../schemas';
import type { V1Deps } from './shared';

/** GET /v1/feeds: each configured feed and its health (worded as of the request), and the feeds config's last reload. */
export function feedsRoutes(d: V1Deps): ApiRoute[] {
  return [
    defineRoute({
      path: '/v1/feeds',
      operationId: 'listFeeds',
      tag: 'feeds',
      summary: 'Each configured feed and its health, and whether the last reload of the feeds file was rejected',
      description:
        'Health as ingest last recorded it at its fetches; `healthReason` is worded when the response is made, so the times in it are as of now. `config` says whether the last reload of the feeds file was rejected (ingest then keeps running on the config it had), when and why, until a later reload is applied. As CSV (?format=csv or Accept: text/csv): one row per feed (the reload status is JSON only).',
      query: NoQuery,
      response: FeedsResponse,
      handler: async () => {
        const [items, config] = await Promise.all([listFeeds(d.db, new Date()), feedsConfig(d.db)]);
        return { items, config };
      },
      csv: { columns: FEED_CSV_COLUMNS, rows: async () => feedCsvRows(d.db, new Date()) },
    }),
  ];
}

export const feedsPlugin = apiPlugin(feedsRoutes);
