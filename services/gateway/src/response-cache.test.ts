import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeArticle, encodeClaim, type WireMessage } from '@claimwire/events';
import type { EventLog, LogRecord } from '@claimwire/eventlog';
import { silentLogger } from '@claimwire/logging';
import { applyClaim, createProjectionHandler } from '@claimwire/projector';
import { activateVersion, ensureVersion } from '@claimwire/readmodel';
import type { Sql } from '@claimwire/sql';
import { createTestDatabase, fixtures, waitFor, type TestDatabase } from '@claimwire/testing';
import { build } from './app';
import { seed } from './test-support/seed';

/**
 * The response cache on real Postgres: a repeated page is served without a query (counted by a
 * spy on the SQL port), a commit of the projector's own handler drops it, a switch of the
 * serving version drops it, and without its LISTEN connection every request asks Postgres.
 */

let db: TestDatabase;
let app: FastifyInstance;
let schema: string;
const queries: string[] = [];

/** The SQL port, counting every query and stream the app sends (the LISTEN is no query). */
function counting(sql: Sql): Sql {
  return new Proxy(sql, {
    get(target, prop) {
      if (prop === 'query' || prop === 'stream') {
        return (text: string, ...rest: unknown[]) => {
          queries.push(text);
          return (target[prop] as (...a: unknown[]) => unknown).call(target, text, ...rest);
        };
      }
      const v = Reflect.get(target, prop) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
/** The serving version's lookup: at most once a second whatever is asked (readmodel-schema.ts), so no page's query. */
const versionLookup = (q: string) => q.includes('FROM projections');
/** The queries a request sent for its page. */
async function queriesOf(url: string, headers: Record<string, string> = {}) {
  const before = queries.length;
  const res = await get(url, headers);
  return { res, sent: queries.slice(before).filter((q) => !versionLookup(q)).length };
}

/**
 * The page is in the cache: a repeat sends no query. (An earlier spec's commits notify a moment after
 * they are served, and each notification drops every page; wait for the last of them to land.)
 */
async function cachedNow(url: string): Promise<void> {
  await waitFor(async () => {
    await get(url);
    return (await queriesOf(url)).sent === 0;
  }, { timeoutMs: 5000, intervalMs: 20, what: `${url} to be served from the cache` });
}

/** The projector's batch handler over the spec's database: records as Kafka delivers them, one transaction a batch. */
let nextOffset = 0;
const noBroker = {} as EventLog;
async function project(topic: string, messages: WireMessage[]): Promise<void> {
  const handler = createProjectionHandler({ sql: db.sql, log: noBroker, logger: silentLogger(), version: 1, schema, deadLetterTopics: {} });
  const records: LogRecord[] = messages.map((m) => ({ topic, partition: 0, offset: String(nextOffset++), key: m.key, value: m.value, headers: m.headers, timestamp: String(Date.now()) }));
  await handler(records, { topic, partition: 0, heartbeat: async () => undefined, isRunning: () => true });
}

const cache = () => {
  if (!app.responseCache) throw new Error('the app has no response cache');
  return app.responseCache;
};
const listenerBackends = `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%claimwire_readmodels%'`;

beforeAll(async () => {
  db = await createTestDatabase('cwcache');
  schema = await seed(db.sql);
  app = await build({ sql: counting(db.sql), logger: silentLogger(), responseCache: { maxEntries: 100, maxBytes: 4 << 20 } });
  await waitFor(() => cache().state.live, { timeoutMs: 10_000, what: 'the response cache to listen' });
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('the response cache', () => {
  it('answers a repeated page without a query, the same bytes and ETag, and a 304 without a query', async () => {
    const first = await queriesOf('/v1/tolls');
    expect(first.res.statusCode).toBe(200);
    expect(first.sent).toBeGreaterThan(0);
    const again = await queriesOf('/v1/tolls');
    expect(again.sent).toBe(0);
    expect(again.res.body).toBe(first.res.body);
    expect(again.res.headers.etag).toBe(first.res.headers.etag);
    expect(again.res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(again.res.headers['cache-control']).toBe('no-cache');
    const revalidated = await queriesOf('/v1/tolls', { 'if-none-match': String(first.res.headers.etag) });
    expect(revalidated.res.statusCode).toBe(304);
    expect(revalidated.res.body).toBe('');
    expect(revalidated.sent).toBe(0);
  });

  it('makes one read of a cold page however many ask for it at once', async () => {
    // the queries of the page itself (the serving version is looked up once a second besides)
    const pageQueries = (from: number) => queries.slice(from).filter((q) => !versionLookup(q)).length;
    let before = queries.length;
    await get('/v1/strikes/summary?targetType=energy');
    const perRequest = pageQueries(before);
    expect(perRequest).toBeGreaterThan(0);
    before = queries.length;
    const many = await Promise.all(Array.from({ length: 20 }, () => get('/v1/strikes/summary?targetType=residential')));
    expect(many.every((r) => r.statusCode === 200 && r.body === many[0]?.body)).toBe(true);
    expect(pageQueries(before)).toBe(perRequest);
  });

  it('keys on the normalised query: parameters in another order share a page, another value does not', async () => {
    expect((await queriesOf('/v1/strikes?targetType=energy&limit=5')).sent).toBeGreaterThan(0);
    expect((await queriesOf('/v1/strikes?limit=5&targetType=energy')).sent).toBe(0);
    expect((await queriesOf('/v1/strikes?limit=6&targetType=energy')).sent).toBeGreaterThan(0);
  });

  it('keeps exports out: every CSV or GeoJSON export reads Postgres', async () => {
    for (let i = 0; i < 2; i++) {
      const csv = await queriesOf('/v1/strikes?format=csv');
      expect(csv.res.statusCode).toBe(200);
      expect(csv.sent).toBeGreaterThan(0);
      const geo = await queriesOf('/v1/strikes', { accept: 'application/geo+json' });
      expect(geo.res.headers['content-type']).toMatch(/geo\+json/);
      expect(geo.sent).toBeGreaterThan(0);
    }
  });

  it('never caches what the projector does not write (feed health)', async () => {
    await get('/v1/feeds');
    expect((await queriesOf('/v1/feeds')).sent).toBeGreaterThan(0);
  });

  it('drops a page when the projector commits a claim, and serves the new page within the notification', async () => {
    const article = fixtures.article({ key: 'guid:cache-1', feedId: 'wire-a', url: 'https://news.test/cache-1' });
    const url = `/v1/claims?article=${article.articleId}`;
    // the article is projected first: an unknown one is a 404 (never cached), a known one without claims an empty page
    await project('articles', [encodeArticle(article, 'spec')]);
    expect(JSON.parse((await get(url)).body).items).toEqual([]);
    await cachedNow(url);
    const toll = fixtures.toll({ articleId: article.articleId, feedId: 'wire-a', value: 4242, asOf: '2026-02-07', evidenceStart: 10 });
    await project('claims', [encodeClaim(toll, 'spec')]);
    const committed = Date.now();
    const seen = await waitFor(async () => {
      const items = JSON.parse((await get(url)).body).items as { claimId: string }[];
      return items.length ? items : null;
    }, { timeoutMs: 2000, intervalMs: 5, what: 'the new claim to be served' });
    expect(seen.map((c) => c.claimId)).toEqual([toll.claimId]);
    expect(Date.now() - committed).toBeLessThan(2000);
  });

  it('drops a page when a projector commit writes no claim (an article alone: its checkpoint notifies)', async () => {
    const article = fixtures.article({ key: 'guid:cache-2', feedId: 'wire-c', url: 'https://news.test/cache-2' });
    const url = '/v1/articles?feed=wire-c';
    // a feed ingest knows before its first article (an unknown one is a 404)
    await db.sql.query(`INSERT INTO feeds (feed_id, url, interval_seconds) VALUES ('wire-c', 'https://news.test/c.xml', 300)`);
    expect(JSON.parse((await get(url)).body).items).toEqual([]);
    await cachedNow(url);
    await project('articles', [encodeArticle(article, 'spec')]);
    await waitFor(async () => JSON.parse((await get(url)).body).items.length === 1, { timeoutMs: 2000, intervalMs: 5, what: 'the new article' });
  });

  it('asks Postgres on every request while its LISTEN connection is down, sees commits at once, and caches again when it is back', async () => {
    await get('/v1/talks');
    expect((await queriesOf('/v1/talks')).sent).toBe(0);
    const killed = await db.sql.query(`SELECT pg_terminate_backend(pid) FROM (${listenerBackends}) l`);
    expect(killed.rowCount).toBe(1);
    await waitFor(() => !cache().state.live, { timeoutMs: 5000, what: 'the cache to see its listener gone' });
    expect((await queriesOf('/v1/talks')).sent).toBeGreaterThan(0);
    expect((await queriesOf('/v1/talks')).sent).toBeGreaterThan(0);
    // a commit nobody is told of is served by the very next request
    const before = JSON.parse((await get('/v1/tolls')).body).items.length as number;
    await db.sql.transaction((tx) =>
      applyClaim(tx, schema, fixtures.toll({ articleId: fixtures.article({ key: 'guid:g1' }).articleId, reportedBy: 'Reporter while down', value: 7, asOf: '2026-02-08', evidenceStart: 900 }), {
        topic: 'claims',
        partition: 0,
        offset: '9000',
        seenAt: new Date().toISOString(),
      }),
    );
    expect(JSON.parse((await get('/v1/tolls')).body).items.length).toBe(before + 1);
    await waitFor(() => cache().state.live, { timeoutMs: 10_000, what: 'the cache to listen again' });
    await get('/v1/talks');
    expect((await queriesOf('/v1/talks')).sent).toBe(0);
  });

  it('drops every page when another version starts serving (a rebuild switching over)', async () => {
    expect(JSON.parse((await get('/v1/tolls')).body).items.length).toBeGreaterThan(0);
    expect((await queriesOf('/v1/tolls')).sent).toBe(0);
    await ensureVersion(db.sql, 2);
    await activateVersion(db.sql, 2);
    await waitFor(async () => JSON.parse((await get('/v1/tolls')).body).items.length === 0, { timeoutMs: 2000, intervalMs: 5, what: 'the empty new version to serve' });
  });
});
