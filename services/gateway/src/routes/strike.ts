import { notFound } from '../http/problem';
import { defineRoute, type ApiRoute } from '../http/route';
import { getStrike } from '../queries/strike-detail';
import { IdParam, NoQuery, StrikeDetail } from '../schemas';
import type { V1Deps } from './shared';

/** GET /v1/strikes/{id}: one strike and the history of its reported tolls. */
export function strikeRoutes(d: V1Deps): ApiRoute[] {
  return [
    defineRoute({
      path: '/v1/strikes/:id',
      operationId: 'getStrike',
      tag: 'strikes',
      summary: 'One strike with every report of it: how its killed and injured were reported over time',
      query: NoQuery,
      params: IdParam('stk', 'strike'),
      response: StrikeDetail,
      errors: [404],
      handler: async ({ params }) => {
        const schema = await d.schema();
        const strike = schema ? await getStrike(d.db, schema, params.id) : null;
        if (!strike) throw notFound('strike', params.id);
        return strike;
      },
    }),
  ];
}
