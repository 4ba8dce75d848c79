import { apiPlugin, defineRoute, type ApiRoute } from '../http/route';
import { ARTICLE_CSV_COLUMNS, articleCsvRows, listArticles } from '../queries/articles';
import { getArticle } from '../queries/provenance';
import { ArticleDetail, ArticlesPage, ArticlesQuery, IdParam, NoQuery } from '../schemas';
import { checkDates, checkFilterIds, csvExport, oneById, type V1Deps } from './shared';

/** GET /v1/articles and /v1/articles/{id}: the articles read, newest first (url= finds one by its address), and one with its claims. */
export function articlesRoutes(d: V1Deps): ApiRoute[] {
  return [
    defineRoute({
      path: '/v1/articles',
      operationId: 'listArticles',
      fromReadModels: true,
      tag: 'provenance',
      summary: 'Articles read, newest published first, with how many claims each gave',
      description:
        '`url=` is an exact lookup: the article ingest recorded at that address (an empty page when there is none); an unknown `feed` is a 404. As CSV (?format=csv or Accept: text/csv): one row per article of the whole filter.',
      query: ArticlesQuery,
      response: ArticlesPage,
      errors: [404],
      handler: async ({ query }) => {
        checkDates(query);
        const schema = await d.schema();
        await checkFilterIds(d, schema, { feed: query.feed });
        return schema ? listArticles(d.db, schema, query) : { items: [], nextCursor: null };
      },
      csv: csvExport(d, ARTICLE_CSV_COLUMNS, articleCsvRows, (q) => ({ feed: q.feed })),
    }),
    defineRoute({
      path: '/v1/articles/:id',
      operationId: 'getArticle',
      fromReadModels: true,
      tag: 'provenance',
      summary: 'One article with every claim read from it',
      query: NoQuery,
      params: IdParam('art', 'article'),
      response: ArticleDetail,
      errors: [404],
      handler: oneById(d, 'article', getArticle),
    }),
  ];
}

export const articlesPlugin = apiPlugin(articlesRoutes);
