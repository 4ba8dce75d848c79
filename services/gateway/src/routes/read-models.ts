import type { FastifyInstance } from 'fastify';
import type { SqlExecutor } from '@claimwire/sql';
import { isRealDate } from '../domain/dates';
import { badRequest, notFound } from '../http/problem';
import { parseParams, parseQuery } from '../http/query';
import { listFeeds } from '../queries/feeds';
import { getArticle, getClaim } from '../queries/provenance';
import { listStrikes, strikeSummary } from '../queries/strikes';
import { getTrack, listTracks } from '../queries/talks';
import { getTollSeries, listTollSeries } from '../queries/tolls';
import { IdParam, StrikesFilter, StrikesQuery, TalksQuery, TollsQuery } from './schemas';

export interface ReadModelRoutesDeps {
  db: SqlExecutor;
  schema: () => Promise<string | null>;
}

function checkDates(q: { from?: string | undefined; to?: string | undefined }): void {
  for (const name of ['from', 'to'] as const) {
    const v = q[name];
    if (v && !isRealDate(v)) throw badRequest([{ parameter: name, message: `${v} is not a real calendar date` }]);
  }
  if (q.from && q.to && q.from > q.to && !q.to.startsWith(q.from)) {
    throw badRequest([{ parameter: 'from', message: 'must not be after to' }]);
  }
}

const EMPTY_PAGE = { items: [], nextCursor: null };

export function registerReadModelRoutes(app: FastifyInstance, d: ReadModelRoutesDeps): void {
  app.get('/v1/tolls', async (req) => {
    const q = parseQuery(TollsQuery, req.query);
    const schema = await d.schema();
    return schema ? listTollSeries(d.db, schema, q) : EMPTY_PAGE;
  });

  app.get('/v1/tolls/:id', async (req) => {
    const { id } = parseParams(IdParam('ser'), req.params);
    const schema = await d.schema();
    const series = schema ? await getTollSeries(d.db, schema, id) : null;
    if (!series) throw notFound('toll series', id);
    return series;
  });

  app.get('/v1/talks', async (req) => {
    const q = parseQuery(TalksQuery, req.query);
    checkDates(q);
    const schema = await d.schema();
    return schema ? listTracks(d.db, schema, q) : EMPTY_PAGE;
  });

  app.get('/v1/talks/:id', async (req) => {
    const { id } = parseParams(IdParam('trk'), req.params);
    const schema = await d.schema();
    const track = schema ? await getTrack(d.db, schema, id) : null;
    if (!track) throw notFound('talks track', id);
    return track;
  });

  app.get('/v1/strikes', async (req) => {
    const q = parseQuery(StrikesQuery, req.query);
    checkDates(q);
    const schema = await d.schema();
    return schema ? listStrikes(d.db, schema, q) : { ...EMPTY_PAGE, totals: { strikes: 0, killed: 0, injured: 0 } };
  });

  app.get('/v1/strikes/summary', async (req) => {
    const q = parseQuery(StrikesFilter, req.query);
    checkDates(q);
    const schema = await d.schema();
    return schema ? strikeSummary(d.db, schema, q) : { weeks: [], totals: { strikes: 0, killed: 0, injured: 0 } };
  });

  app.get('/v1/claims/:id', async (req) => {
    const { id } = parseParams(IdParam('clm'), req.params);
    const schema = await d.schema();
    const claim = schema ? await getClaim(d.db, schema, id) : null;
    if (!claim) throw notFound('claim', id);
    return claim;
  });

  app.get('/v1/articles/:id', async (req) => {
    const { id } = parseParams(IdParam('art'), req.params);
    const schema = await d.schema();
    const article = schema ? await getArticle(d.db, schema, id) : null;
    if (!article) throw notFound('article', id);
    return article;
  });

  app.get('/v1/feeds', async (req) => {
    parseQuery(StrikesFilter.pick({}), req.query);
    return { items: await listFeeds(d.db) };
  });
}
