import { defineRoute, type ApiRoute } from '../http/route';
import { listArticles } from '../queries/articles';
import { ArticlesPage, ArticlesQuery } from '../schemas';
import { checkDates, type V1Deps } from './shared';

/** GET /v1/articles: the articles read, newest first; url= finds one by its address. */
export function articlesRoutes(d: V1Deps): ApiRoute[] {
  return [
    defineRoute({
      path: '/v1/articles',
      operationId: 'listArticles',
      tag: 'provenance',
      summary: 'Articles read, newest published first, with how many claims each gave',
      description: '`url=` is an exact lookup: the article ingest recorded at that address (an empty page when there is none).',
      query: ArticlesQuery,
      response: ArticlesPage,
      handler: async ({ query }) => {
        checkDates(query);
        const schema = await d.schema();
        return schema ? listArticles(d.db, schema, query) : { items: [], nextCursor: null };
      },
    }),
  ];
}
