/**
 * Feed status and item identity at service level: an in-process ingest polls feeds served
 * from loopback, publishes to real Kafka and records its status in real Postgres; the
 * gateway serves that status on GET /v1/feeds.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '@claimwire/gateway';
import type { RunningIngest } from '@claimwire/ingest';
import { createLogger, silentLogger } from '@claimwire/logging';
import { createTestDatabase, createTestTopics, rss, waitFor, type TestDatabase, type TestTopics } from '@claimwire/testing';
import {
  attempted,
  caughtUp,
  collectArticles,
  feedRow,
  item,
  redirectTo,
  serve,
  startScriptedServer,
  startTestIngest,
  type ArticleCollector,
  type ScriptedServer,
} from './support';

const HOUR = 3_600_000;
const channel = { title: 'Desk', link: 'https://news.example/' };

describe('ingest feed status and item identity (real Kafka and Postgres)', () => {
  let topics: TestTopics;
  let db: TestDatabase;
  let server: ScriptedServer;
  let articles: ArticleCollector;
  let gateway: Awaited<ReturnType<typeof build>>;
  const running: RunningIngest[] = [];
  const fetches: { feedId: string; outcome: string }[] = [];

  beforeAll(async () => {
    [topics, db, server] = await Promise.all([createTestTopics(), createTestDatabase('cwingest'), startScriptedServer()]);
    articles = await collectArticles(topics.log, topics.topics.articles);
    gateway = await build({ sql: db.sql, logger: silentLogger(), schemaTtlMs: 0 });
  });

  afterAll(async () => {
    for (const r of running) await r.stop();
    await articles?.stop();
    await gateway?.close();
    await server?.close();
    await topics?.close();
    await db?.drop();
  });

  const logLines: Record<string, unknown>[] = [];
  const logger = createLogger({
    service: 'ingest',
    level: 'info',
    destination: new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const l of chunk.toString('utf8').split('\n')) if (l.trim()) logLines.push(JSON.parse(l) as Record<string, unknown>);
        done();
      },
    }),
  });

  const start = async (feedsYaml: string) => {
    const ingest = await startTestIngest({
      logger,
      log: topics.log,
      sql: db.sql,
      topicPrefix: topics.prefix,
      feedsYaml: `allowPrivate: ['127.0.0.1']\n${feedsYaml}`,
      hooks: { onFetch: (e) => fetches.push({ feedId: e.feedId, outcome: e.outcome }) },
    });
    running.push(ingest);
    return ingest;
  };
  const stop = async (ingest: RunningIngest) => {
    await ingest.stop();
    running.splice(running.indexOf(ingest), 1);
  };
  /** Poll a feed now and wait for the attempt to be recorded. */
  const pollAndWait = async (ingest: RunningIngest, feedId: string) => {
    const before = Number((await feedRow(db.sql, feedId))?.fetch_count ?? 0);
    expect(ingest.scheduler.pollNow(feedId)).toBe(true);
    return waitFor(() => attempted(db.sql, feedId, before + 1), { timeoutMs: 10_000, what: `attempt ${before + 1} of ${feedId}` });
  };
  const apiFeed = async (feedId: string) => {
    const res = await gateway.inject({ method: 'GET', url: '/v1/feeds' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: ({ feedId: string } & Record<string, unknown>)[] };
    return body.items.find((f) => f.feedId === feedId);
  };

  it('records success, failure and recovery, counts distinct items seen, and serves it on /v1/feeds', async () => {
    const items = [item(1, 'desk'), item(2, 'desk')];
    server.route('/desk', serve(rss(channel, items)));
    const ingest = await start(`feeds:\n  - id: desk\n    url: ${server.url('/desk')}\n    interval: 1h\n`);

    // first attempt (a new feed is due at once): success
    let row = await waitFor(() => attempted(db.sql, 'desk'), { timeoutMs: 10_000, what: 'first attempt' });
    expect(row.error_kind).toBeNull();
    expect(row.http_status).toBe(200);
    expect(row.consecutive_failures).toBe(0);
    expect(row.last_success_at?.getTime()).toBe(row.last_attempt_at?.getTime());
    const firstDelay = row.next_attempt_at!.getTime() - row.last_attempt_at!.getTime();
    expect(firstDelay).toBeGreaterThanOrEqual(0.9 * HOUR - 1); // the interval, less up to 10% jitter
    expect(firstDelay).toBeLessThanOrEqual(HOUR);
    expect([row.items_seen, row.items_published]).toEqual(['2', '2']);
    expect(row.health_status).toBe('healthy');

    // the same document again: nothing new is seen or published (items_seen is distinct items, not a sum per fetch)
    row = await pollAndWait(ingest, 'desk');
    expect([row.items_seen, row.items_published]).toEqual(['2', '2']);

    // a third item
    items.push(item(3, 'desk'));
    server.route('/desk', serve(rss(channel, items)));
    row = await pollAndWait(ingest, 'desk');
    expect([row.items_seen, row.items_published]).toEqual(['3', '3']);
    const lastSuccess = row.last_success_at!.getTime();

    // HTTP failure
    server.route('/desk', serve('upstream broke', 'text/plain', 500));
    row = await pollAndWait(ingest, 'desk');
    expect(row.error_kind).toBe('http_5xx');
    expect(row.http_status).toBe(500);
    expect(row.error_message).toMatch(/500/);
    expect(row.consecutive_failures).toBe(1);
    expect(row.last_success_at!.getTime()).toBe(lastSuccess);
    expect(row.last_attempt_at!.getTime()).toBeGreaterThan(lastSuccess);
    expect(row.health_status).toBe('degraded');
    expect(await apiFeed('desk')).toMatchObject({ status: 'failing', httpStatus: 500, consecutiveFailures: 1, error: { kind: 'http_5xx' } });

    // a 200 that is not a feed: a parse failure, reported as such to the fetch hook too
    server.route('/desk', serve('<!doctype html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>', 'text/html'));
    row = await pollAndWait(ingest, 'desk');
    expect(row.error_kind).toBe('feed_not_a_feed');
    expect(row.http_status).toBe(200);
    expect(row.consecutive_failures).toBe(2);
    expect(row.last_success_at!.getTime()).toBe(lastSuccess);
    const second = row.next_attempt_at!.getTime() - row.last_attempt_at!.getTime();
    expect(second).toBeGreaterThan(1.5 * HOUR); // backing off: 2 × interval, less jitter
    expect(fetches.filter((f) => f.feedId === 'desk').map((f) => f.outcome)).toEqual(['ok', 'ok', 'ok', 'http_5xx', 'feed_not_a_feed']);

    // recovery
    server.route('/desk', serve(rss(channel, items)));
    row = await pollAndWait(ingest, 'desk');
    expect(row.error_kind).toBeNull();
    expect(row.error_message).toBeNull();
    expect(row.consecutive_failures).toBe(0);
    expect(row.last_success_at!.getTime()).toBe(row.last_attempt_at!.getTime());
    expect(row.health_status).toBe('healthy');
    expect([row.items_seen, row.items_published]).toEqual(['3', '3']);
    expect(await apiFeed('desk')).toMatchObject({
      feedId: 'desk',
      status: 'ok',
      health: 'healthy',
      httpStatus: 200,
      error: null,
      consecutiveFailures: 0,
      lastAttemptAt: row.last_attempt_at!.toISOString(),
      lastSuccessAt: row.last_success_at!.toISOString(),
      nextAttemptAt: row.next_attempt_at!.toISOString(),
      itemsSeen: 3,
      itemsPublished: 3,
    });
    await waitFor(() => articles.of('desk').length >= 3, { what: 'desk articles' });
    await stop(ingest);
  });

  it('publishes an edited item as revision 2 of the same article, and a restart publishes nothing again', async () => {
    const items = [item(1, 'edits'), item(2, 'edits')];
    server.route('/edits', serve(rss(channel, items)));
    const yaml = `feeds:\n  - id: edits\n    url: ${server.url('/edits')}\n    interval: 1h\n`;
    let ingest = await start(yaml);
    await waitFor(() => articles.of('edits').length === 2 || undefined, { timeoutMs: 15_000, what: 'two articles' });
    const [first] = articles.of('edits').filter((a) => a.guid === 'edits-1');
    expect(first?.revision).toBe(1);

    // the publisher corrects item 1: same guid, new text
    items[0] = item(1, 'edits', 'Corrected: report number 1, with the revised figure.');
    server.route('/edits', serve(rss(channel, items)));
    await pollAndWait(ingest, 'edits');
    const update = await waitFor(() => articles.of('edits').find((a) => a.revision === 2), { timeoutMs: 15_000, what: 'revision 2' });
    expect(update.articleId).toBe(first!.articleId);
    expect(update.guid).toBe('edits-1');
    expect(update.text).toContain('Corrected');
    expect(update.contentHash).not.toBe(first!.contentHash);
    let row = await feedRow(db.sql, 'edits');
    expect([row?.items_seen, row?.items_published]).toEqual(['2', '3']);

    // what has been seen survives a restart: a fresh ingest on the same database publishes nothing
    await stop(ingest);
    ingest = await start(yaml);
    row = await pollAndWait(ingest, 'edits');
    expect(row.error_kind).toBeNull();
    await waitFor(() => caughtUp(topics.log, topics.topics.articles, articles), { what: 'collector caught up' });
    expect(articles.of('edits').map((a) => `${a.guid}@${a.revision}`).sort()).toEqual(['edits-1@1', 'edits-1@2', 'edits-2@1']);
    expect([row.items_seen, row.items_published]).toEqual(['2', '3']);
    await stop(ingest);
  });

  it('surfaces a permanent redirect in the status and keeps fetching the configured URL', async () => {
    server.route('/old', redirectTo('/new', 301));
    server.route('/new', serve(rss(channel, [item(1, 'moved')])));
    const ingest = await start(`feeds:\n  - id: moved\n    url: ${server.url('/old')}\n    interval: 1h\n`);
    let row = await waitFor(() => attempted(db.sql, 'moved'), { timeoutMs: 10_000, what: 'moved attempted' });
    expect(row.error_kind).toBeNull();
    expect(row.url).toBe(server.url('/old')); // config stays the source of truth
    expect(row.moved_to).toBe(server.url('/new'));
    expect(row.health_reason).toContain(`Permanently redirected to ${server.url('/new')}`);
    expect(((await apiFeed('moved'))?.healthReason as string) ?? '').toContain('Permanently redirected');
    expect((await apiFeed('moved'))?.movedTo).toBe(server.url('/new'));
    await waitFor(() => articles.of('moved').length === 1 || undefined, { what: 'moved article' });
    const warned = () => logLines.filter((l) => l.feedId === 'moved' && l.level === 'warn' && String(l.msg).includes('permanently redirected'));
    expect(warned()).toHaveLength(1);
    expect(warned()[0]).toMatchObject({ movedTo: server.url('/new'), url: server.url('/old') });

    // still the configured URL next time
    row = await pollAndWait(ingest, 'moved');
    expect(server.hits('/old')).toBe(2);
    expect(row.moved_to).toBe(server.url('/new'));
    expect(warned()).toHaveLength(1); // warned when it is first seen, not on every poll

    // a temporary redirect says nothing new: the note stays
    server.route('/old', redirectTo('/new', 302));
    row = await pollAndWait(ingest, 'moved');
    expect(row.moved_to).toBe(server.url('/new'));

    // the old URL answers by itself again: the note goes away
    server.route('/old', serve(rss(channel, [item(1, 'moved')])));
    row = await pollAndWait(ingest, 'moved');
    expect(row.moved_to).toBeNull();
    expect(row.health_reason).not.toContain('Permanently redirected');
    await stop(ingest);
  });
});
