/**
 * A feed the SSRF guard refused is retried at once when a reload changes allowPrivate (on
 * SIGHUP here), not after its multi-hour backoff.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFeedsFile, startIngest, type RunningIngest } from '@claimwire/ingest';
import { silentLogger } from '@claimwire/logging';
import { createTestDatabase, createTestTopics, rss, startFeedServer, waitFor, type FeedServer, type TestDatabase, type TestTopics } from '@claimwire/testing';
import { attempted, collectArticles, feedRow, item, type ArticleCollector } from './support';

describe('SSRF-blocked feed and an allowPrivate change (real Kafka and Postgres)', () => {
  let topics: TestTopics;
  let db: TestDatabase;
  let feeds: FeedServer;
  let articles: ArticleCollector;
  let ingest: RunningIngest | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'cw-ssrf-reload-'));

  beforeAll(async () => {
    [topics, db, feeds] = await Promise.all([createTestTopics(), createTestDatabase('cwssrfreload'), startFeedServer()]);
    articles = await collectArticles(topics.log, topics.topics.articles);
    feeds.set('/local', rss({ title: 'Local', link: 'https://news.example/' }, [item(1, 'local')]));
  });
  afterAll(async () => {
    await ingest?.stop();
    await articles?.stop();
    await feeds?.close();
    await topics?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('polls the blocked feed as soon as allowPrivate admits it', async () => {
    const path = join(dir, 'feeds.yaml');
    const file = (allow: string[]) => `allowPrivate: ${JSON.stringify(allow)}\nfeeds:\n  - id: local\n    url: ${feeds.url('/local')}\n    interval: 1h\n`;
    writeFileSync(path, file([]));
    ingest = await startIngest({
      log: topics.log,
      sql: db.sql,
      logger: silentLogger(),
      topicPrefix: topics.prefix,
      feedsFile: loadFeedsFile(path),
      feedsPath: path,
      fetch: { totalTimeoutMs: 3000, connectTimeoutMs: 1000 },
      policy: { minIntervalMs: 100 },
    });
    const blocked = await waitFor(() => attempted(db.sql, 'local'), { what: 'the first (blocked) attempt' });
    expect(blocked.error_kind).toBe('ssrf_blocked');
    expect(feeds.hits('/local')).toBe(0);
    // its next try is far off (the backoff), so only the reload can bring it forward
    expect((blocked.next_attempt_at as Date).getTime() - Date.now()).toBeGreaterThan(60_000);

    writeFileSync(path, file(['127.0.0.1']));
    process.kill(process.pid, 'SIGHUP');
    await waitFor(() => articles.of('local').length === 1 || undefined, { timeoutMs: 15_000, what: 'the feed fetched after the reload' });
    // (the article is published before the feed's state row is written: wait for the row too)
    const row = await waitFor(
      async () => {
        const r = await feedRow(db.sql, 'local');
        return r && r.error_kind === null ? r : undefined;
      },
      { timeoutMs: 15_000, what: "the feed's error cleared" },
    );
    expect(row?.error_kind).toBeNull();
    expect(feeds.hits('/local')).toBeGreaterThanOrEqual(1);
  });
});
