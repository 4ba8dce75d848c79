import { defineRoute, type ApiRoute } from '../http/route';
import { CLAIM_CSV_COLUMNS, claimCsvRows, listClaims } from '../queries/claims';
import { ClaimsPage, ClaimsQuery } from '../schemas';
import { checkDates, csvExport, type V1Deps } from './shared';
import { badRequest } from '../http/problem';
import { seenStart } from '../queries/claims';

/** GET /v1/claims: every claim, filtered, in the order it was seen. */
export function claimsRoutes(d: V1Deps): ApiRoute[] {
  return [
    defineRoute({
      path: '/v1/claims',
      operationId: 'listClaims',
      tag: 'provenance',
      summary: 'Every claim, filtered, in the order it was seen',
      description:
        'Oldest seen first, then claim id: paging with nextCursor never skips or repeats a claim, and a client that keeps the last cursor picks up exactly the claims seen since.',
      query: ClaimsQuery,
      response: ClaimsPage,
      handler: async ({ query }) => {
        checkDates(query);
        if (query.seenFrom && query.seenTo && Date.parse(seenStart(query.seenFrom)) > Date.parse(seenStart(query.seenTo)) && !query.seenTo.startsWith(query.seenFrom)) {
          throw badRequest([{ parameter: 'seenFrom', message: 'must not be after seenTo' }]);
        }
        const schema = await d.schema();
        return schema ? listClaims(d.db, schema, query) : { items: [], nextCursor: null };
      },
      csv: csvExport(d, CLAIM_CSV_COLUMNS, claimCsvRows),
    }),
  ];
}
