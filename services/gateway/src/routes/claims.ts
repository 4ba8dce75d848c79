import { badRequest } from '../http/problem';
import { apiPlugin, defineRoute, type ApiRoute } from '../http/route';
import { CLAIM_CSV_COLUMNS, claimCsvRows, listClaims, seenStart } from '../queries/claims';
import { getClaim } from '../queries/provenance';
import { ClaimDetail, ClaimsPage, ClaimsQuery, IdParam, NoQuery } from '../schemas';
import { checkDates, checkFilterIds, csvExport, oneById, type IdFilters, type V1Deps } from './shared';

const claimIdFilters = (q: { feed?: string | undefined; article?: string | undefined }): IdFilters => ({ feed: q.feed, article: q.article });

/** GET /v1/claims and /v1/claims/{id}: every claim in the order it was seen, and one with its evidence. */
export function claimsRoutes(d: V1Deps): ApiRoute[] {
  return [
    defineRoute({
      path: '/v1/claims',
      operationId: 'listClaims',
      fromReadModels: true,
      tag: 'provenance',
      summary: 'Every claim, filtered, in the order it was seen',
      description:
        'Oldest seen first, then claim id: paging with nextCursor never skips or repeats a claim, and a client that keeps the last cursor picks up exactly the claims seen since.',
      query: ClaimsQuery,
      response: ClaimsPage,
      errors: [404],
      handler: async ({ query }) => {
        checkDates(query);
        if (query.seenFrom && query.seenTo && Date.parse(seenStart(query.seenFrom)) > Date.parse(seenStart(query.seenTo)) && !query.seenTo.startsWith(query.seenFrom)) {
          throw badRequest([{ parameter: 'seenFrom', message: 'must not be after seenTo' }]);
        }
        const schema = await d.schema();
        await checkFilterIds(d, schema, claimIdFilters(query));
        return schema ? listClaims(d.db, schema, query) : { items: [], nextCursor: null };
      },
      csv: csvExport(d, CLAIM_CSV_COLUMNS, claimCsvRows, claimIdFilters),
    }),
    defineRoute({
      path: '/v1/claims/:id',
      operationId: 'getClaim',
      fromReadModels: true,
      tag: 'provenance',
      summary: 'One claim with its evidence sentence and its article',
      query: NoQuery,
      params: IdParam('clm', 'claim'),
      response: ClaimDetail,
      errors: [404],
      handler: oneById(d, 'claim', getClaim),
    }),
  ];
}

export const claimsPlugin = apiPlugin(claimsRoutes);
