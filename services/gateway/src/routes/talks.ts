import { apiPlugin, defineRoute, type ApiRoute } from '../http/route';
import { TALKS_CSV_COLUMNS, talksCsvRows } from '../queries/list-exports';
import { getTrack, listTracks } from '../queries/talks';
import { IdParam, NoQuery, TalksPage, TalksQuery, TrackDetail } from '../schemas';
import { checkDates, csvExport, oneById, type V1Deps } from './shared';

/** GET /v1/talks and /v1/talks/{id}: talks tracks and every round of one. */
export function talksRoutes(d: V1Deps): ApiRoute[] {
  return [
    defineRoute({
      path: '/v1/talks',
      operationId: 'listTalks',
      fromReadModels: true,
      tag: 'talks',
      summary: 'Talks tracks (by the conflict\'s two sides) with their latest round and running totals',
      description: 'As CSV (?format=csv): one row per round, with its first source.',
      query: TalksQuery,
      response: TalksPage,
      handler: async ({ query }) => {
        checkDates(query);
        const schema = await d.schema();
        return schema ? listTracks(d.db, schema, query) : { items: [], nextCursor: null };
      },
      csv: csvExport(d, TALKS_CSV_COLUMNS, talksCsvRows),
    }),
    defineRoute({
      path: '/v1/talks/:id',
      operationId: 'getTalksTrack',
      fromReadModels: true,
      tag: 'talks',
      summary: 'Every round of one talks track, with outcomes, sources and running totals',
      query: NoQuery,
      params: IdParam('trk', 'track'),
      response: TrackDetail,
      errors: [404],
      handler: oneById(d, 'talks track', getTrack),
    }),
  ];
}

export const talksPlugin = apiPlugin(talksRoutes);
