import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Claim } from '@claimwire/events';
import { silentLogger } from '@claimwire/logging';
import { applyArticle, applyClaim } from '@claimwire/projector';
import { createTestDatabase, fixtures, type TestDatabase } from '@claimwire/testing';
import { build } from './app';
import { encodeCursor } from './domain/cursor';
import { ClaimsPage, Problem } from './schemas';
import { seed } from './test-support/seed';

/**
 * GET /v1/claims pages in the order claims were committed (projected_claims.seq), not by their
 * event time (seen_at): a follower that keeps its last nextCursor gets a claim committed after
 * it read, even when that claim's event time is older than what it already has (a lagging
 * partition, a dead letter replayed days later). On real Postgres, through the projector's code.
 */

let db: TestDatabase;
let app: FastifyInstance;
let schema: string;
let offset = 1000;

// a feed ingest never recorded (a log replayed into the read models alone): known by its articles
const REPLAYED = fixtures.article({ key: 'guid:late', feedId: 'wire-replayed', url: 'https://news.test/late', published: '2026-01-02T08:00:00.000Z' });
let nth = 0;
const lateToll = (value: number) => fixtures.toll({ articleId: REPLAYED.articleId, feedId: REPLAYED.feedId, published: REPLAYED.published, value, asOf: '2026-01-02', evidenceStart: ++nth * 100 });

/** One claim committed on its own, with this event time (seen_at). */
async function commit(claim: Claim, seenAt: string): Promise<void> {
  await db.sql.transaction((tx) => applyClaim(tx, schema, claim, { topic: 'claims', partition: 3, offset: String(offset++), seenAt }));
}

async function page(url: string): Promise<z.infer<typeof ClaimsPage>> {
  const r = await app.inject({ method: 'GET', url });
  expect(r.statusCode, `${url}: ${r.body}`).toBe(200);
  return ClaimsPage.parse(r.json());
}

/** Every claim from `cursor` on, a page of `limit` at a time; the last cursor a follower keeps, and the page it leads to. */
async function follow(cursor: string | null, limit: number, q = ''): Promise<{ ids: string[]; cursor: string | null; last: string[] }> {
  const ids: string[] = [];
  let keep = cursor;
  for (;;) {
    const p = await page(`/v1/claims?limit=${limit}${q}${keep ? `&cursor=${keep}` : ''}`);
    const got = p.items.map((c) => c.claimId);
    ids.push(...got);
    if (!p.nextCursor) return { ids, cursor: keep, last: got };
    keep = p.nextCursor;
  }
}

beforeAll(async () => {
  db = await createTestDatabase('cwgwpage');
  schema = await seed(db.sql);
  await db.sql.transaction((tx) => applyArticle(tx, schema, REPLAYED));
  app = await build({ sql: db.sql, logger: silentLogger(), validateResponses: true });
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('GET /v1/claims paging', () => {
  it('gives a follower a claim committed after its cursor even when its event time is older than everything it has', async () => {
    const newest = lateToll(1);
    await commit(newest, '2026-03-01T12:00:00.000Z');
    const first = await follow(null, 4);
    expect(first.ids.at(-1)).toBe(newest.claimId);
    expect(first.cursor).not.toBeNull();

    // committed now, but stamped by its event as seen two months earlier (a replayed dead letter)
    const replayed = lateToll(2);
    const lagging = lateToll(3);
    await commit(replayed, '2026-01-02T09:00:00.000Z');
    await commit(lagging, '2026-02-28T00:00:00.000Z');
    const next = await follow(first.cursor, 4);
    // the page the kept cursor led to again, then exactly what was committed since, in commit order
    expect(next.ids).toEqual([...first.last, replayed.claimId, lagging.claimId]);

    // a follower with a filter gets it too, and a full read lists every claim once, in commit order
    const filtered = await follow(null, 1, `&feed=${REPLAYED.feedId}`);
    expect(filtered.ids).toEqual([newest.claimId, replayed.claimId, lagging.claimId]);
    const all = (await page('/v1/claims?limit=500')).items.map((c) => c.claimId);
    expect(new Set(all).size).toBe(all.length);
    expect(all.slice(-3)).toEqual([newest.claimId, replayed.claimId, lagging.claimId]);
    const paged = await follow(null, 3);
    expect(paged.ids).toEqual(all);
  });

  it('keeps seenFrom and seenTo filters on the event time, in commit order', async () => {
    const ids = (await page(`/v1/claims?limit=500&feed=${REPLAYED.feedId}&seenFrom=2026-02`)).items.map((c) => c.claimId);
    // the newest (2026-03-01) and the lagging one (2026-02-28), as committed; the replayed one (2026-01-02) is out
    expect(ids).toHaveLength(2);
    const seen = (await page(`/v1/claims?limit=500&feed=${REPLAYED.feedId}&seenTo=2026-01`)).items.map((c) => c.seenAt);
    expect(seen).toEqual(['2026-01-02T09:00:00.000Z']);
  });

  it('exports the CSV in the same order as the pages', async () => {
    const r = await app.inject({ method: 'GET', url: '/v1/claims?format=csv' });
    expect(r.statusCode, r.body).toBe(200);
    const rows = parse(r.body, { columns: true }) as Record<string, string>[];
    expect(rows.map((x) => x.claim_id)).toEqual((await page('/v1/claims?limit=500')).items.map((c) => c.claimId));
  });

  it('refuses a cursor of the old seen-time order, naming where to resume, and one of another projection version', async () => {
    const old = encodeCursor(['2026-02-05T09:01:00.000000Z', 'clm_x']);
    const p = Problem.parse((await app.inject({ method: 'GET', url: `/v1/claims?cursor=${old}` })).json());
    expect(p).toMatchObject({ status: 400, parameter: 'cursor' });
    expect(p.detail).toContain('seenFrom=2026-02-05T09:01:00.000000Z');
    const rebuilt = Problem.parse((await app.inject({ method: 'GET', url: `/v1/claims?cursor=${encodeCursor([3, `${schema}_old`])}` })).json());
    expect(rebuilt).toMatchObject({ status: 400, parameter: 'cursor' });
    expect(rebuilt.detail).toContain('rebuilt');
    for (const bad of [encodeCursor([-1, schema]), encodeCursor([1.5, schema]), 'bm9wZQ'])
      expect((await app.inject({ method: 'GET', url: `/v1/claims?cursor=${bad}` })).statusCode, bad).toBe(400);
  });

  it('knows a feed from the read models when ingest has no row for it', async () => {
    expect((await page(`/v1/claims?feed=${REPLAYED.feedId}`)).items).toHaveLength(3);
    expect((await app.inject({ method: 'GET', url: '/v1/articles?feed=wire-replayed' })).statusCode).toBe(200);
  });
});
