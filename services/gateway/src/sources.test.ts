import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '@claimwire/testing';
import { silentLogger } from '@claimwire/logging';
import { applyClaim } from '@claimwire/projector';
import { ensureVersion } from '@claimwire/readmodel';
import { createTestDatabase, type TestDatabase } from '@claimwire/testing';
import { build } from './app';
import { EMBEDDED_SOURCES } from './queries/sources';
import { SourcesPage, TollsPage } from './schemas';

/** A figure reported by more articles than a list embeds: bounded lists, and every source one endpoint away. */
let db: TestDatabase;
let app: FastifyInstance;
const REPORTS = EMBEDDED_SOURCES.detail + 7;

beforeAll(async () => {
  db = await createTestDatabase('cwsrc');
  const pv = await ensureVersion(db.sql, 1);
  await db.sql.transaction(async (tx) => {
    for (let i = 0; i < REPORTS; i++) {
      const a = fixtures.article({ key: `guid:src${i}`, url: `https://news.test/src/${i}` });
      const c = fixtures.toll({ articleId: a.articleId, value: 50_000, reportedBy: 'General Staff', url: a.url ?? undefined });
      const seenAt = new Date(Date.UTC(2026, 1, 1, 0, i)).toISOString();
      await applyClaim(tx, pv.schemaName, c, { topic: 'claims', partition: 0, offset: String(i), seenAt });
    }
    // a round and a strike reported by several articles, with confidences that need rounding
    for (let i = 0; i < 7; i++) {
      const a = fixtures.article({ key: `guid:more${i}`, url: `https://news.test/more/${i}` });
      const seenAt = new Date(Date.UTC(2026, 1, 2, 0, i, i, 123)).toISOString();
      const confidence = 0.5 + i * 0.0618033;
      const t = fixtures.talks({ articleId: a.articleId, url: a.url ?? undefined, confidence, evidenceStart: i });
      const st = fixtures.strike({ articleId: a.articleId, url: a.url ?? undefined, confidence, evidenceStart: 100 + i });
      await applyClaim(tx, pv.schemaName, t, { topic: 'claims', partition: 1, offset: String(i), seenAt });
      await applyClaim(tx, pv.schemaName, st, { topic: 'claims', partition: 2, offset: String(i), seenAt });
    }
  });
  app = await build({ sql: db.sql, logger: silentLogger(), validateResponses: true });
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('sources of a widely reported figure', () => {
  it('embeds the first sources in lists and counts them all', async () => {
    const page = TollsPage.parse((await app.inject({ method: 'GET', url: '/v1/tolls' })).json());
    const latest = page.items[0]?.latest;
    expect(latest?.sourceCount).toBe(REPORTS);
    expect(latest?.sources).toHaveLength(EMBEDDED_SOURCES.list);
    expect(latest?.sources[0]?.url).toBe('https://news.test/src/0');
  });

  it('embeds more of them in the series history', async () => {
    const list = TollsPage.parse((await app.inject({ method: 'GET', url: '/v1/tolls' })).json());
    const r = await app.inject({ method: 'GET', url: `/v1/tolls/${list.items[0]?.seriesId}` });
    expect(r.json().figures[0].sources).toHaveLength(EMBEDDED_SOURCES.detail);
  });

  it('pages through every source with /v1/sources, oldest first, each once', async () => {
    const list = TollsPage.parse((await app.inject({ method: 'GET', url: '/v1/tolls' })).json());
    const entity = list.items[0]?.latest?.figureId as string;
    const urls: (string | null)[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/v1/sources?entity=${entity}&limit=10${cursor ? `&cursor=${cursor}` : ''}`;
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, r.body).toBe(200);
      const p = SourcesPage.parse(r.json());
      urls.push(...p.items.map((s) => s.url));
      cursor = p.nextCursor;
    } while (cursor);
    expect(urls).toEqual(Array.from({ length: REPORTS }, (_, i) => `https://news.test/src/${i}`));
  });

  // lists build their embedded sources in SQL (one statement a page); /v1/sources shapes them in
  // code: both must write every field the same way (timestamps, rounding, nulls)
  it('embeds in every list exactly the first sources /v1/sources gives', async () => {
    const get = async (url: string) => (await app.inject({ method: 'GET', url })).json();
    const tolls = await get('/v1/tolls');
    const talks = await get('/v1/talks');
    const strikes = await get('/v1/strikes');
    const embedded: [string, unknown[]][] = [
      [tolls.items[0].latest.figureId, tolls.items[0].latest.sources],
      [talks.items[0].latestRound.roundId, talks.items[0].latestRound.sources],
      [strikes.items[0].strikeId, strikes.items[0].sources],
    ];
    for (const [entity, sources] of embedded) {
      const all = await get(`/v1/sources?entity=${entity}&limit=${EMBEDDED_SOURCES.list}`);
      expect(sources.length).toBe(EMBEDDED_SOURCES.list);
      expect(sources).toEqual(all.items);
    }
  });

  it.each([
    ['/v1/sources', 'entity'],
    ['/v1/sources?entity=clm_abc', 'entity'],
    ['/v1/sources?entity=fig_x&cursor=WzFd', 'cursor'],
  ])('%s is a 400 naming %s', async (url, parameter) => {
    const r = await app.inject({ method: 'GET', url });
    expect(r.statusCode).toBe(400);
    expect(r.json().parameter).toBe(parameter);
  });
});
