import { badRequest, notFound } from '../http/problem';
import { defineRoute, type ApiRoute } from '../http/route';
import { listFeeds } from '../queries/feeds';
import { getArticle, getClaim } from '../queries/provenance';
import { pageSources } from '../queries/sources';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import { STRIKE_CSV_COLUMNS, TALKS_CSV_COLUMNS, TOLL_CSV_COLUMNS, strikeCsvRows, talksCsvRows, tollCsvRows } from '../queries/list-exports';
import { listStrikes, strikeSummary } from '../queries/strikes';
import { entityExists } from '../queries/entities';
import { articlesRoutes } from './articles';
import { claimsRoutes } from './claims';
import { checkDates, csvExport, type V1Deps } from './shared';
import { strikeRoutes } from './strike';
import { getTrack, listTracks } from '../queries/talks';
import { getTollSeries, listTollSeries } from '../queries/tolls';
import {
  ArticleDetail,
  ClaimDetail,
  NoQuery,
  FeedsResponse,
  IdParam,
  SeriesDetail,
  SeriesQuery,
  SourcesPage,
  SourcesQuery,
  StrikeSummary,
  StrikesFilter,
  StrikesPage,
  StrikesQuery,
  TalksPage,
  TalksQuery,
  TollsPage,
  TollsQuery,
  TrackDetail,
} from '../schemas';

const EMPTY_TOTALS = { strikes: 0, killed: 0, injured: 0 };

/** Every /v1 endpoint, described once: registered from this list and documented from it. */
export function v1Routes(d: V1Deps): ApiRoute[] {
  return [
    defineRoute({
      path: '/v1/tolls',
      operationId: 'listTolls',
      tag: 'tolls',
      summary: 'Toll series with their latest figure',
      description:
        'A series is party x population x measure x scope (and window) x reporter: different reporters stand side by side, never merged. Sorted by party, measure, population, reporter, scope. As CSV (?format=csv): one row per figure, with its first source.',
      query: TollsQuery,
      response: TollsPage,
      handler: async ({ query }) => {
        checkDates(query);
        const schema = await d.schema();
        return schema ? listTollSeries(d.db, schema, query) : { items: [], nextCursor: null };
      },
      csv: csvExport(d, TOLL_CSV_COLUMNS, tollCsvRows),
    }),
    defineRoute({
      path: '/v1/tolls/:id',
      operationId: 'getTollSeries',
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
    defineRoute({
      path: '/v1/talks',
      operationId: 'listTalks',
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
      tag: 'talks',
      summary: 'Every round of one talks track, with outcomes, sources and running totals',
      query: NoQuery,
      params: IdParam('trk', 'track'),
      response: TrackDetail,
      errors: [404],
      handler: async ({ params }) => {
        const schema = await d.schema();
        const track = schema ? await getTrack(d.db, schema, params.id) : null;
        if (!track) throw notFound('talks track', params.id);
        return track;
      },
    }),
    defineRoute({
      path: '/v1/strikes',
      operationId: 'listStrikes',
      tag: 'strikes',
      summary: 'Strikes, newest first, with killed and injured totals over the whole filter',
      description: 'As CSV (?format=csv): one row per strike, with its first source.',
      query: StrikesQuery,
      response: StrikesPage,
      handler: async ({ query }) => {
        checkDates(query);
        const schema = await d.schema();
        return schema ? listStrikes(d.db, schema, query) : { items: [], totals: EMPTY_TOTALS, nextCursor: null };
      },
      csv: csvExport(d, STRIKE_CSV_COLUMNS, strikeCsvRows),
    }),
    defineRoute({
      path: '/v1/strikes/summary',
      operationId: 'summarizeStrikes',
      tag: 'strikes',
      summary: 'Strikes per week and target type, with totals',
      query: StrikesFilter,
      response: StrikeSummary,
      handler: async ({ query }) => {
        checkDates(query);
        const schema = await d.schema();
        return schema ? strikeSummary(d.db, schema, query) : { weeks: [], totals: EMPTY_TOTALS, notInWeeks: 0 };
      },
    }),
    defineRoute({
      path: '/v1/sources',
      operationId: 'listSources',
      tag: 'provenance',
      summary: 'Every source of one figure, round or strike',
      description:
        'Lists embed the first 5 sources of each figure, round and strike (a series or track history the first 50) (sourceCount is the full number); this pages through all of them, oldest first.',
      query: SourcesQuery,
      response: SourcesPage,
      errors: [404],
      handler: async ({ query }) => {
        let after: { seenAt: string; claimId: string } | null = null;
        if (query.cursor) {
          const key = decodeCursor(query.cursor, 2);
          if (!key || typeof key[0] !== 'string' || typeof key[1] !== 'string' || Number.isNaN(Date.parse(key[0]))) {
            throw badRequest([{ parameter: 'cursor', message: 'not a cursor this endpoint issued' }]);
          }
          after = { seenAt: key[0], claimId: key[1] };
        }
        const schema = await d.schema();
        // an unknown id is a 404 here as everywhere else, not an empty list
        if (!schema || !(await entityExists(d.db, schema, query.entity))) throw notFound('figure, round or strike', query.entity);
        const page = await pageSources(d.db, schema, query.entity, query.limit, after);
        return {
          entityId: query.entity,
          items: page.items,
          nextCursor: page.next ? encodeCursor([page.next.seenAt, page.next.claimId]) : null,
        };
      },
    }),
    defineRoute({
      path: '/v1/claims/:id',
      operationId: 'getClaim',
      tag: 'provenance',
      summary: 'One claim with its evidence sentence and its article',
      query: NoQuery,
      params: IdParam('clm', 'claim'),
      response: ClaimDetail,
      errors: [404],
      handler: async ({ params }) => {
        const schema = await d.schema();
        const claim = schema ? await getClaim(d.db, schema, params.id) : null;
        if (!claim) throw notFound('claim', params.id);
        return claim;
      },
    }),
    defineRoute({
      path: '/v1/articles/:id',
      operationId: 'getArticle',
      tag: 'provenance',
      summary: 'One article with every claim read from it',
      query: NoQuery,
      params: IdParam('art', 'article'),
      response: ArticleDetail,
      errors: [404],
      handler: async ({ params }) => {
        const schema = await d.schema();
        const article = schema ? await getArticle(d.db, schema, params.id) : null;
        if (!article) throw notFound('article', params.id);
        return article;
      },
    }),
    defineRoute({
      path: '/v1/feeds',
      operationId: 'listFeeds',
      tag: 'feeds',
      summary: 'Each configured feed and its health, as ingest last recorded it',
      query: NoQuery,
      response: FeedsResponse,
      handler: async () => ({ items: await listFeeds(d.db) }),
    }),
    ...strikeRoutes(d),
    ...claimsRoutes(d),
    ...articlesRoutes(d),
  ];
}
