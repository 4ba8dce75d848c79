import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFeedsConfigStatus } from '@claimwire/feed-status';
import { silentLogger } from '@claimwire/logging';
import { createTestDatabase, type TestDatabase } from '@claimwire/testing';
import { build } from './app';
import { FeedsResponse } from './schemas';

/**
 * GET /v1/feeds on real Postgres: the health sentence is worded when read from the stored
 * times (not the sentence stored at the fetch), and a rejected reload of the feeds file, as
 * ingest records it, shows in `config` until an applied one clears it.
 */

const MIN = 60_000;
const HOUR = 60 * MIN;
let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase('cwgwfeeds');
  app = await build({ sql: db.sql, logger: silentLogger(), validateResponses: true });
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

async function feeds() {
  const r = await app.inject({ method: 'GET', url: '/v1/feeds' });
  expect(r.statusCode, r.body).toBe(200);
  return FeedsResponse.parse(r.json());
}

describe('GET /v1/feeds healthReason', () => {
  it('is worded from the stored times as of the request, not frozen at the fetch', async () => {
    const fetchedAt = Date.now();
    const at = (ms: number) => new Date(fetchedAt + ms);
    await db.sql.query(
      `INSERT INTO feeds (feed_id, url, enabled, interval_seconds, last_attempt_at, last_success_at, consecutive_failures, next_attempt_at,
                          error_kind, error_message, health_status, health_reason, counters)
       VALUES ('desk', 'https://news.test/desk.xml', true, 300, $1, $2, 3, $3, 'http_5xx', 'HTTP 503', 'failing',
               'Last attempt failed: HTTP 503; 3 consecutive failures over 1 h 30 min, last success 2 h ago. (as stored at the fetch)', $4)`,
      [at(0), at(-2 * HOUR), at(HOUR), JSON.stringify({ consecutiveFailures: 3, failingSince: at(-90 * MIN), lastError: 'HTTP 503', totalFetches: 9 })],
    );
    const first = (await feeds()).items.find((f) => f.feedId === 'desk');
    expect(first?.healthReason).toMatch(
      /^Last attempt failed: HTTP 503; 3 consecutive failures over 1 h 30 min, last success 2 h ago\. Still retried \(never disabled\)\. Next try in (59|60) min\.$/,
    );
    expect(first?.healthReason).not.toContain('as stored');

    // three hours on (the stored times moved back instead), with no fetch since: the sentence follows
    await db.sql.query(
      `UPDATE feeds SET last_attempt_at = last_attempt_at - interval '3 hours', last_success_at = last_success_at - interval '3 hours',
              next_attempt_at = next_attempt_at - interval '3 hours',
              counters = jsonb_set(counters, '{failingSince}', to_jsonb($1::text)) WHERE feed_id = 'desk'`,
      [at(-90 * MIN - 3 * HOUR).toISOString()],
    );
    const later = (await feeds()).items.find((f) => f.feedId === 'desk');
    expect(later?.healthReason).toMatch(/3 consecutive failures over 4 h 30 min, last success 5 h ago\. .* Next try was due (1 h 59 min|2 h) ago\.$/);
  });

  it('notes a permanent redirect and a removed feed from their columns', async () => {
    await db.sql.query(
      `INSERT INTO feeds (feed_id, url, enabled, interval_seconds, last_success_at, health_status, moved_to, counters)
       VALUES ('moved', 'https://news.test/old.xml', true, 300, now(), 'healthy', 'https://news.test/new.xml', '{"lastOutcomeKind":"ok"}'),
              ('gone-from-config', 'https://news.test/x.xml', false, 300, now() - interval '2 days', 'removed', NULL, '{}')`,
    );
    const items = (await feeds()).items;
    expect(items.find((f) => f.feedId === 'moved')?.healthReason).toMatch(/^OK \(fetched\)\. Permanently redirected to https:\/\/news\.test\/new\.xml: update the url/);
    expect(items.find((f) => f.feedId === 'gone-from-config')?.healthReason).toBe('Removed from the feeds config; no longer fetched (last success 2 d ago).');
  });
});

describe('GET /v1/feeds config', () => {
  it('shows a rejected reload (when, why, bounded) and clears it at the next applied reload', async () => {
    expect((await feeds()).config).toEqual({ valid: true, loadedAt: null, rejectedReload: null });

    const loaded = new Date('2030-01-01T10:00:00Z');
    await recordFeedsConfigStatus(db.sql, { ok: true, at: loaded });
    expect((await feeds()).config).toEqual({ valid: true, loadedAt: loaded.toISOString(), rejectedReload: null });

    const rejectedAt = new Date('2030-01-01T11:00:00Z');
    const problems = Array.from({ length: 25 }, (_, i) => `feeds[${i}].url: must be an http(s) URL ${'x'.repeat(400)}`);
    await recordFeedsConfigStatus(db.sql, { ok: false, at: rejectedAt, problems });
    const rejected = (await feeds()).config;
    expect(rejected).toMatchObject({ valid: false, loadedAt: loaded.toISOString(), rejectedReload: { at: rejectedAt.toISOString(), problemCount: 25 } });
    expect(rejected.rejectedReload?.problems).toHaveLength(20);
    expect(rejected.rejectedReload?.problems[0]).toMatch(/^feeds\[0\]\.url: must be an http\(s\) URL x+…$/);
    expect(rejected.rejectedReload?.problems[0]?.length).toBe(300);

    // an outcome recorded late (older than the rejection) does not clear it
    await recordFeedsConfigStatus(db.sql, { ok: true, at: new Date('2030-01-01T10:30:00Z') });
    expect((await feeds()).config.valid).toBe(false);

    const applied = new Date('2030-01-01T12:00:00Z');
    await recordFeedsConfigStatus(db.sql, { ok: true, at: applied });
    expect((await feeds()).config).toEqual({ valid: true, loadedAt: applied.toISOString(), rejectedReload: null });
  });
});

describe('GET /v1/feeds as CSV', () => {
  it('exports one row per feed with its health, for ?format=csv and Accept: text/csv, and documents the columns', async () => {
    const json = (await feeds()).items;
    expect(json.length).toBeGreaterThan(0);
    for (const r of [
      await app.inject({ method: 'GET', url: '/v1/feeds?format=csv' }),
      await app.inject({ method: 'GET', url: '/v1/feeds', headers: { accept: 'text/csv' } }),
    ]) {
      expect(r.statusCode, r.body).toBe(200);
      expect(r.headers['content-type']).toMatch(/^text\/csv/);
      const rows = parse(r.body, { columns: true }) as Record<string, string>[];
      expect(rows.map((x) => x.feed_id)).toEqual(json.map((f) => f.feedId));
      const moved = rows.find((x) => x.feed_id === 'moved');
      expect(moved).toMatchObject({ url: 'https://news.test/old.xml', enabled: 'true', status: 'ok', moved_to: 'https://news.test/new.xml' });
      expect(moved?.health_reason).toMatch(/^OK \(fetched\)\. Permanently redirected/);
    }
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: { description?: string } }> }> } }> };
    expect(doc.paths['/v1/feeds']?.get.responses['200']?.content?.['text/csv']?.schema.description).toContain('`health_reason`');
  });
});
