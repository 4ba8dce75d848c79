/**
 * The feeds file is reloaded under a running ingest, without a restart: when the file
 * changes and on SIGHUP. Added feeds start (their items are published), removed ones stop
 * being fetched, and a file that does not validate leaves the running feeds alone.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIngest, loadFeedsFile, type RunningIngest } from '@claimwire/ingest';
import { silentLogger } from '@claimwire/logging';
import { createTestDatabase, createTestTopics, rss, startFeedServer, waitFor, type FeedServer, type TestDatabase, type TestTopics } from '@claimwire/testing';
import { attempted, collectArticles, feedRow, item, serve, startScriptedServer, type ArticleCollector } from './support';

const channel = { title: 'Desk', link: 'https://news.example/' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('feeds config reload (real Kafka and Postgres)', () => {
  let topics: TestTopics;
  let db: TestDatabase;
  let feeds: FeedServer;
  let articles: ArticleCollector;
  let ingest: RunningIngest | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'cw-feeds-reload-'));

  beforeAll(async () => {
    [topics, db, feeds] = await Promise.all([createTestTopics(), createTestDatabase('cwreload'), startFeedServer()]);
    articles = await collectArticles(topics.log, topics.topics.articles);
    for (const id of ['alpha', 'beta', 'gamma']) feeds.set(`/${id}`, rss(channel, [item(1, id), item(2, id)]));
  });

  afterAll(async () => {
    await ingest?.stop();
    await articles?.stop();
    await feeds?.close();
    await topics?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const yaml = (ids: string[]) =>
    `allowPrivate: ['127.0.0.1']\nfeeds:${ids.length === 0 ? ' []' : ''}\n${ids.map((id) => `  - id: ${id}\n    url: ${feeds.url(`/${id}`)}\n    interval: 200ms\n`).join('')}`;
  const start = (path: string) =>
    startIngest({
      log: topics.log,
      sql: db.sql,
      logger: silentLogger(),
      topicPrefix: topics.prefix,
      feedsFile: loadFeedsFile(path),
      feedsPath: path,
      fetch: { totalTimeoutMs: 3000, connectTimeoutMs: 1000 },
      policy: { minIntervalMs: 100 },
    });
  /** Hits of a feed must stop growing: at most one attempt already in flight may land. */
  const expectNoMoreFetches = async (path: string) => {
    const settled = feeds.hits(path);
    await sleep(1500); // 7 intervals of 200 ms
    expect(feeds.hits(path)).toBeLessThanOrEqual(settled + 1);
    const again = feeds.hits(path);
    await sleep(1000);
    expect(feeds.hits(path)).toBe(again);
  };

  it('starts added feeds and stops removed ones when the file changes', async () => {
    const path = join(dir, 'feeds.yaml');
    writeFileSync(path, yaml(['alpha']));
    ingest = await start(path);
    await waitFor(() => articles.of('alpha').length === 2 || undefined, { timeoutMs: 15_000, what: 'alpha articles' });
    await waitFor(() => feeds.hits('/alpha') >= 3 || undefined, { what: 'alpha polled repeatedly' });
    expect(feeds.hits('/beta')).toBe(0);

    // add beta, remove alpha: an ops edit, no restart
    writeFileSync(path, yaml(['beta']));
    await waitFor(() => articles.of('beta').length === 2 || undefined, { timeoutMs: 15_000, what: 'beta articles after the edit' });
    const alpha = await waitFor(async () => {
      const r = await feedRow(db.sql, 'alpha');
      return r && !r.enabled ? r : undefined;
    }, { what: 'alpha disabled' });
    expect(alpha.health_status).toBe('removed');
    await expectNoMoreFetches('/alpha');
    expect(feeds.hits('/beta')).toBeGreaterThan(2); // beta keeps being polled

    // an invalid edit is refused: beta keeps running on the last good config
    writeFileSync(path, `feeds:\n  - id: beta\n    url: ${feeds.url('/beta')}\n    interval: soon\n`);
    await sleep(600);
    const before = feeds.hits('/beta');
    await waitFor(() => feeds.hits('/beta') >= before + 3 || undefined, { what: 'beta still polled after an invalid edit' });
    expect((await feedRow(db.sql, 'beta'))?.enabled).toBe(true);

    // a feed set to enabled: false stops as well
    writeFileSync(path, yaml(['beta']).replace('interval: 200ms', 'interval: 200ms\n    enabled: false'));
    await waitFor(async () => (await feedRow(db.sql, 'beta'))?.enabled === false || undefined, { what: 'beta paused' });
    await expectNoMoreFetches('/beta');
    expect(articles.of('alpha')).toHaveLength(2);
    expect(articles.of('beta')).toHaveLength(2);
    await ingest.stop();
    ingest = undefined;
  });

  it('tries a changed URL at once, but an edit of title or interval does not cut short a Retry-After', async () => {
    const server = await startScriptedServer();
    try {
      server.route('/limited', serve('slow down', 'text/plain', 429, { 'retry-after': '120' }));
      server.route('/moved-here', serve(rss(channel, [item(1, 'polite')])));
      const path = join(dir, 'polite.yaml');
      const polite = (url: string, extra = '', interval = '200ms') =>
        `allowPrivate: ['127.0.0.1']\nfeeds:\n  - id: polite\n    url: ${url}\n    interval: ${interval}\n${extra}`;
      writeFileSync(path, polite(server.url('/limited')));
      ingest = await start(path);
      const row = await waitFor(() => attempted(db.sql, 'polite'), { what: 'polite attempted' });
      expect(row.http_status).toBe(429);
      expect(row.next_attempt_at!.getTime() - row.last_attempt_at!.getTime()).toBeGreaterThanOrEqual(120_000);

      writeFileSync(path, polite(server.url('/limited'), '    title: Polite desk\n', '300ms'));
      await waitFor(async () => (await feedRow(db.sql, 'polite'))?.title === 'Polite desk' || undefined, { what: 'title applied' });
      await sleep(1000);
      expect(server.hits('/limited')).toBe(1);

      writeFileSync(path, polite(server.url('/moved-here'), '    title: Polite desk\n', '300ms'));
      await waitFor(() => articles.of('polite').length === 1 || undefined, { timeoutMs: 15_000, what: 'polite article from the new url' });
      expect(server.hits('/limited')).toBe(1);
    } finally {
      await ingest?.stop();
      ingest = undefined;
      await server.close();
    }
  });

  it('reloads on SIGHUP when the change is not seen by the file watcher', async () => {
    // feeds.yaml is a symlink into another folder (as with a mounted ConfigMap): editing the
    // target makes no event in the watched folder, so only SIGHUP brings the change in
    const real = join(dir, 'real');
    mkdirSync(real);
    const target = join(real, 'feeds.yaml');
    writeFileSync(target, yaml([]));
    const linkDir = join(dir, 'linked');
    mkdirSync(linkDir);
    const path = join(linkDir, 'feeds.yaml');
    symlinkSync(target, path);
    ingest = await start(path);

    writeFileSync(target, yaml(['gamma']));
    await sleep(1000);
    expect(feeds.hits('/gamma')).toBe(0); // the watcher did not see it

    process.kill(process.pid, 'SIGHUP');
    await waitFor(() => articles.of('gamma').length === 2 || undefined, { timeoutMs: 15_000, what: 'gamma articles after SIGHUP' });
    await ingest.stop();
    ingest = undefined;
  });
});
