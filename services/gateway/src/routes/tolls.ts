import { notFound } from '../http/problem';
import { apiPlugin, defineRoute, type ApiRoute } from '../http/route';
import { TOLL_CSV_COLUMNS, tollCsvRows } from '../queries/list-exports';
import { getTollSeries, listTollSeries } from '../queries/tolls';
import { IdParam, SeriesDetail, SeriesQuery, TollsPage, TollsQuery } from '../schemas';
import { checkDates, checkFilterIds, csvExport, type V1Deps } from './shared';

/** GET /v1/tolls and /v1/tolls/{id}: toll series and the history of one. */
export function tollsRoutes(d: V1Deps): ApiRoute[] {
  return [
    defineRoute({
      path: '/v1/tolls',
      operationId: 'listTolls',
      fromReadModels: true,
      tag: 'tolls',
      summary: 'Toll series with their latest figure',
      description:
        'A series is party x population x measure x scope (and window) x reporter: different reporters stand side by side, never merged. Sorted by party, measure, population, reporter, scope. As CSV (?format=csv): one row per figure, with its first source.',
      query: TollsQuery,
      response: TollsPage,
      errors: [404],
      handler: async ({ query }) => {
        checkDates(query);
        const schema = await d.schema();
        await checkFilterIds(d, schema, { reporterId: query.reporter });
        return schema ? listTollSeries(d.db, schema, query) : { items: [], nextCursor: null };
      },
      csv: csvExport(d, TOLL_CSV_COLUMNS, tollCsvRows, (q) => ({ reporterId: q.reporter })),
    }),
    defineRoute({
      path: '/v1/tolls/:id',
      operationId: 'getTollSeries',
      fromReadModels: true,
      tag: 'tolls',
      summary: 'The full history of one toll series, each figure with its change and sources',
      query: SeriesQuery,
      params: IdParam('ser', 'series'),
      response: SeriesDetail,
      errors: [404],
      handler: async ({ query, params }) => {
        checkDates(query);
        const schema = await d.schema();
        const series = schema ? await getTollSeries(d.db, schema, params.id, query) : null;
        if (!series) throw notFound('toll series', params.id);
        return series;
      },
    }),
  ];
}

export const tollsPlugin = apiPlugin(tollsRoutes);
