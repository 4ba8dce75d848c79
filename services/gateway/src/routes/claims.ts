import { badRequest } from '../http/problem';
import { apiPlugin, defineRoute, type ApiRoute } from '../http/route';
import { CLAIM_CSV_COLUMNS, claimCsvRows, listClaims, seenStart } from '../queries/claims';
import { getClaim } from '../queries/provenance';
import { ClaimDetail, ClaimsPage, ClaimsQuery, IdParam, NoQuery } from '../schemas';
import { checkDates, checkFilterIds, csvExport, oneById, type IdFilters, type V1Deps } from './shared';

const claimIdFilters = (q: { feed?: string | undefined; article?: string | undefined }): IdFilters => ({ feed: q.feed, article: q.article });

/** GET /v1/claims and /v1/claims/{id}: every claim in the order it was committed, and one with its evidence. */
export function claimsRoutes(d: V1Deps): ApiRoute[] {
  return [
    defineRoute({
      path: '/v1/claims',
      operationId: 'listClaims',
      fromReadModels: true,
      tag: 'provenance',
      summary: 'Every claim, filtered, in the order it was committed',
      description:
        'In the order claims were committed to the read models (their projection sequence, as GET /v1/stream numbers them), oldest first: paging with nextCursor never skips or repeats a claim, and a client that keeps the last cursor picks up exactly the claims committed since, including one whose event time (seenAt) is older than claims it already has (a lagging partition, a replayed dead letter). seenFrom and seenTo filter on seenAt; they do not change the order. A cursor is valid until the read models are rebuilt (a 400 then says so); cursors of the earlier seen-time order are refused with a 400 naming the seenFrom to resume from. As CSV (?format=csv or Accept: text/csv): the whole filter in the same order; an unknown feed or article is a 404.',
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
