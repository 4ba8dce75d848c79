/**
 * Hostile feeds at service level: ONE running ingest (in process, real Kafka and Postgres)
 * polls a healthy feed plus one feed per hostile case, all served from a loopback server.
 * For each case: the error kind recorded in the feeds table, the service stays up, the
 * healthy feed's new items keep flowing, and memory stays bounded.
 *
 * The loopback server is reached as `feeds.test` through an injected resolver, and only that
 * name is allow-listed: a redirect to a bare 127.0.0.1 (or to 169.254.169.254) is refused
 * like any other non-public address.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFeedsFile, startIngest, type RunningIngest } from '@claimwire/ingest';
import { silentLogger } from '@claimwire/logging';
import { createTestDatabase, createTestTopics, rss, waitFor, type TestDatabase, type TestTopics } from '@claimwire/testing';
import {
  collectArticles,
  feedRow,
  item,
  redirectTo,
  serve,
  startScriptedServer,
  type ArticleCollector,
  type FeedRow,
  type Route,
  type ScriptedServer,
} from './support';

const MB = 1024 * 1024;
const HOST = 'feeds.test';
const TOTAL_TIMEOUT_MS = 2000;
const MAX_BYTES = MB;
const channel = { title: 'Hostile', link: 'https://news.example/' };
const secret = `TOP-SECRET-${randomBytes(6).toString('hex')}`;

function formatDuration(ms: number): string {
  if (ms >= 3_600_000) return `${(ms / 3_600_000).toFixed(1)} h`;
  if (ms >= 60_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 1000).toFixed(1)} s`;
}

function stream(res: ServerResponse, chunks: () => Generator<Buffer>): void {
  const r = Readable.from(chunks());
  r.pipe(res);
  res.on('close', () => r.destroy());
}

interface Case {
  id: string;
  what: string;
  route: Route;
  /** error_kind expected in the feeds table (null: ingested). */
  kind: string | null;
  status?: number | null;
  check?: (row: FeedRow) => void | Promise<void>;
}

function cases(server: ScriptedServer, secretFile: string): Case[] {
  const lol = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  const bombMember = zlib.gzipSync(Buffer.alloc(MB));
  const bigChunk = Buffer.alloc(64 * 1024, 0x61);
  return [
    {
      id: 'malformed',
      what: 'malformed XML (bare &, unclosed tags)',
      route: serve(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken & proud</title>
         <item><guid>m-1</guid><title>Talks in Geneva & Abu Dhabi</title><link>https://news.example/m/1</link><description>First <b>bold claim</description></item>
         <item><guid>m-2</guid><title>Second item</title><link>https://news.example/m/2</link><description>Unclosed`,
      ),
      kind: null,
      status: 200,
      check: (row) => {
        expect(row.repaired).toBe(true);
        expect(row.repairs.length).toBeGreaterThan(0);
        expect(Number(row.items_published)).toBeGreaterThanOrEqual(1);
      },
    },
    {
      id: 'billion-laughs',
      what: 'billion laughs',
      route: serve(`<?xml version="1.0"?><!DOCTYPE rss [${lol.join('\n')}]><rss version="2.0"><channel><title>&lol9;</title></channel></rss>`),
      kind: 'feed_xml_unsafe',
      status: 200,
    },
    {
      id: 'xxe',
      what: 'external entity -> local file',
      route: serve(
        `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://${secretFile}">]><rss version="2.0"><channel><title>&xxe;</title><item><guid>x</guid><title>&xxe;</title><description>&xxe;</description></item></channel></rss>`,
      ),
      kind: 'feed_xml_unsafe',
      status: 200,
      check: (row) => expect(row.error_message ?? '').not.toContain(secret),
    },
    {
      id: 'huge',
      what: '50 MB body (chunked)',
      route: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        stream(res, function* () {
          for (let i = 0; i < (50 * MB) / bigChunk.length; i++) yield bigChunk;
        });
      },
      kind: 'too_large',
      status: 200,
    },
    {
      id: 'gzip-bomb',
      what: 'gzip bomb (1 MB wire, 1 GB inflated)',
      route: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
        stream(res, function* () {
          for (let i = 0; i < 1024; i++) yield bombMember;
        });
      },
      kind: 'too_large',
      status: 200,
    },
    {
      id: 'trickle',
      what: 'body trickling in byte by byte',
      route: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const t = setInterval(() => res.write('<'), 20);
        res.on('close', () => clearInterval(t));
      },
      kind: 'timeout',
      status: 200, // the status line came; the body never finished
    },
    { id: 'redirect-loop', what: 'redirect loop', route: redirectTo('/redirect-loop-b'), kind: 'redirect_loop', status: 302 },
    {
      id: 'to-loopback',
      what: 'redirect to 127.0.0.1 (not allow-listed)',
      route: redirectTo(server.url('/internal-only')),
      kind: 'ssrf_blocked',
      check: () => expect(server.hits('/internal-only')).toBe(0),
    },
    {
      id: 'to-metadata',
      what: 'redirect to 169.254.169.254',
      route: redirectTo('http://169.254.169.254/latest/meta-data/'),
      kind: 'ssrf_blocked',
    },
    {
      id: 'html',
      what: 'HTML page instead of a feed',
      route: serve('<!DOCTYPE html><html><head><title>Home</title></head><body><h1>Welcome</h1><p>No feed here.</p></body></html>', 'text/html; charset=utf-8'),
      kind: 'feed_not_a_feed',
      status: 200,
    },
    {
      id: 'wrong-charset',
      what: 'wrong declared charset (latin-1 sent as UTF-8)',
      route: serve(
        Buffer.from(
          `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Café</title><item><guid>c-1</guid><title>Café Zürich talks</title><link>https://news.example/c/1</link><description>Naïve façade.</description></item></channel></rss>`,
          'latin1',
        ),
      ),
      kind: null,
      status: 200,
    },
    { id: 'empty', what: 'empty body', route: serve(''), kind: 'feed_empty', status: 200 },
    { id: 'not-found', what: '404', route: serve('nope', 'text/plain', 404), kind: 'http_4xx', status: 404 },
    {
      id: 'gone',
      what: '410',
      route: serve('gone', 'text/plain', 410),
      kind: 'http_4xx',
      status: 410,
      check: (row) => expect(row.health_status).toBe('gone'),
    },
    { id: 'server-error', what: '500', route: serve('boom', 'text/plain', 500), kind: 'http_5xx', status: 500 },
    {
      id: 'rate-limited',
      what: '429 Retry-After: 120',
      route: serve('slow down', 'text/plain', 429, { 'retry-after': '120' }),
      kind: 'http_4xx',
      status: 429,
      check: (row) => {
        // politeness: not fetched again before the 120 s the server asked for
        expect(row.next_attempt_at!.getTime() - row.last_attempt_at!.getTime()).toBeGreaterThanOrEqual(120_000);
        expect(row.health_reason).toMatch(/429/);
      },
    },
  ];
}

describe('hostile feeds under one running ingest (real Kafka and Postgres)', () => {
  let topics: TestTopics;
  let db: TestDatabase;
  let server: ScriptedServer;
  let articles: ArticleCollector;
  let ingest: RunningIngest;
  let all: Case[];
  const dir = mkdtempSync(join(tmpdir(), 'cw-hostile-'));
  const secretFile = join(dir, 'secret.txt');
  const feedsPath = join(dir, 'feeds.yaml');
  const fetched = new Map<string, string[]>();
  const rows = new Map<string, FeedRow>();
  const healthy = [item(1, 'healthy'), item(2, 'healthy')];
  let baselineRss = 0;
  let peakRss = 0;
  let sampler: NodeJS.Timeout | undefined;
  const started = Date.now();

  const yaml = (ids: string[]) =>
    `allowPrivate: ['${HOST}']\nfeeds:\n  - id: healthy\n    url: ${server.url('/healthy', HOST)}\n    interval: 300ms\n` +
    ids.map((id) => `  - id: ${id}\n    url: ${server.url(`/${id}`, HOST)}\n    interval: 1m\n`).join('');
  const serveHealthy = () => server.route('/healthy', serve(rss(channel, healthy)));

  beforeAll(async () => {
    writeFileSync(secretFile, `${secret}\n`);
    [topics, db, server] = await Promise.all([createTestTopics(), createTestDatabase('cwhostile'), startScriptedServer()]);
    all = cases(server, secretFile);
    for (const c of all) server.route(`/${c.id}`, c.route);
    server.route('/redirect-loop-b', redirectTo('/redirect-loop'));
    server.route('/internal-only', serve(rss(channel, [item(1, 'internal')])));
    serveHealthy();
    articles = await collectArticles(topics.log, topics.topics.articles);

    // warm up on the healthy feed alone, then take the memory baseline
    writeFileSync(feedsPath, yaml([]));
    ingest = await startIngest({
      log: topics.log,
      sql: db.sql,
      logger: silentLogger(),
      topicPrefix: topics.prefix,
      feedsFile: loadFeedsFile(feedsPath),
      feedsPath,
      fetch: {
        totalTimeoutMs: TOTAL_TIMEOUT_MS,
        connectTimeoutMs: 1000,
        maxBytes: MAX_BYTES,
        resolve: async (host, family) => {
          if (host === HOST && family !== 6) return [{ address: '127.0.0.1', family: 4 }];
          throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', hostname: host });
        },
      },
      policy: { minIntervalMs: 100 },
      hooks: { onFetch: (e) => fetched.set(e.feedId, [...(fetched.get(e.feedId) ?? []), e.outcome]) },
    });
    await waitFor(() => articles.of('healthy').length === 2 || undefined, { timeoutMs: 20_000, what: 'healthy warm-up' });
    await waitFor(async () => Number((await feedRow(db.sql, 'healthy'))?.fetch_count ?? 0) >= 5 || undefined, { what: 'healthy polls' });
    globalThis.gc?.();
    baselineRss = process.memoryUsage().rss;
    peakRss = baselineRss;
    sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 10);

    // every hostile feed at once, through a config reload of the running service
    const hostileStart = Date.now();
    writeFileSync(feedsPath, yaml(all.map((c) => c.id)));
    // a new healthy item mid-test, while the hostile fetches are in flight
    healthy.push(item(3, 'healthy'));
    serveHealthy();
    await waitFor(() => articles.of('healthy').some((a) => a.guid === 'healthy-3') || undefined, { timeoutMs: 15_000, what: 'healthy item 3 during the hostile fetches' });
    const during = Date.now() - hostileStart;
    for (const c of all) {
      const row = await waitFor(async () => {
        const r = await feedRow(db.sql, c.id);
        return r && Number(r.fetch_count) >= 1 ? r : undefined;
      }, { timeoutMs: 20_000, what: `first attempt of ${c.id}` });
      rows.set(c.id, row);
    }
    console.log(`[hostile] healthy item 3 published ${during} ms after the hostile feeds were added; all attempted after ${Date.now() - hostileStart} ms`);
  }, 90_000);

  afterAll(async () => {
    clearInterval(sampler);
    await ingest?.stop();
    await articles?.stop();
    await server?.close();
    await topics?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records the expected error kind for each case (and reports it to the fetch hook)', async () => {
    const table: string[] = [];
    table.push(`${'case'.padEnd(48)} ${'error kind'.padEnd(18)} ${'http'.padEnd(5)} ${'health'.padEnd(9)} next attempt in`);
    const failures: string[] = [];
    for (const c of all) {
      const row = rows.get(c.id)!;
      const delay = row.next_attempt_at!.getTime() - row.last_attempt_at!.getTime();
      table.push(
        `${c.what.padEnd(48)} ${(row.error_kind ?? 'none (ingested)').padEnd(18)} ${String(row.http_status ?? '-').padEnd(5)} ${row.health_status.padEnd(9)} ${formatDuration(delay)}`,
      );
      if (row.error_kind !== c.kind) failures.push(`${c.id}: expected ${c.kind}, got ${row.error_kind} (${row.error_message})`);
    }
    console.log(`\n${table.join('\n')}\n`);
    expect(failures).toEqual([]);
    for (const c of all) {
      const row = rows.get(c.id)!;
      if (c.status !== undefined) expect(row.http_status, c.id).toBe(c.status);
      expect(row.consecutive_failures, c.id).toBe(c.kind === null ? 0 : 1);
      if (c.kind !== null) {
        expect(row.error_message, c.id).toBeTruthy();
        expect(row.last_success_at, c.id).toBeNull();
      }
      expect(fetched.get(c.id)?.[0], c.id).toBe(c.kind ?? 'ok');
      await c.check?.(row);
    }
  });

  it('ingests what can be salvaged and leaks nothing', async () => {
    await waitFor(() => articles.of('malformed').length >= 1 && articles.of('wrong-charset').length === 1 ? true : undefined, { what: 'salvaged articles' });
    expect(articles.of('malformed').map((a) => a.title)).toContain('Talks in Geneva & Abu Dhabi');
    expect(articles.of('wrong-charset')[0]?.title).toBe('Café Zürich talks');
    expect(articles.of('wrong-charset')[0]?.text).toContain('Naïve façade.');
    for (const id of ['xxe', 'billion-laughs', 'html', 'empty', 'huge', 'gzip-bomb', 'to-loopback']) expect(articles.of(id), id).toEqual([]);
    expect(JSON.stringify(articles.articles)).not.toContain(secret);
    expect(articles.of('internal')).toEqual([]);
  });

  it('stays up: the healthy feed keeps flowing after every hostile case', async () => {
    const before = await feedRow(db.sql, 'healthy');
    healthy.push(item(4, 'healthy'));
    serveHealthy();
    await waitFor(() => articles.of('healthy').some((a) => a.guid === 'healthy-4') || undefined, { timeoutMs: 10_000, what: 'healthy item 4' });
    const after = await waitFor(async () => {
      const r = await feedRow(db.sql, 'healthy');
      return r && Number(r.fetch_count) > Number(before!.fetch_count) + 2 ? r : undefined;
    }, { what: 'healthy still polled' });
    expect(after.error_kind).toBeNull();
    expect(after.consecutive_failures).toBe(0);
    expect(after.health_status).toBe('healthy');
    expect(articles.of('healthy').map((a) => `${a.guid}@${a.revision}`).sort()).toEqual(['healthy-1@1', 'healthy-2@1', 'healthy-3@1', 'healthy-4@1']);
    expect(after.items_seen).toBe('4');
    // every hostile feed is still scheduled (never given up on), just later
    for (const c of all) expect((await feedRow(db.sql, c.id))?.next_attempt_at, c.id).toBeTruthy();
  });

  it('keeps memory bounded (RSS growth far below the 50 MB body and the 1 GB bomb)', () => {
    clearInterval(sampler);
    const growthMb = (peakRss - baselineRss) / MB;
    console.log(`[hostile] RSS baseline ${(baselineRss / MB).toFixed(1)} MB, peak ${(peakRss / MB).toFixed(1)} MB, growth ${growthMb.toFixed(1)} MB; suite ${Date.now() - started} ms`);
    expect(growthMb).toBeLessThan(30);
  });

  it('is polite to a 429: not fetched again before Retry-After, even across a restart', async () => {
    const row = await feedRow(db.sql, 'rate-limited');
    expect(row!.next_attempt_at!.getTime()).toBeGreaterThanOrEqual(row!.last_attempt_at!.getTime() + 120_000);
    expect(server.hits('/rate-limited')).toBe(1);
    // a restarted service reads next_attempt_at and waits as well
    await ingest.stop();
    ingest = await startIngest({
      log: topics.log,
      sql: db.sql,
      logger: silentLogger(),
      topicPrefix: topics.prefix,
      feedsFile: loadFeedsFile(feedsPath),
      fetch: { totalTimeoutMs: TOTAL_TIMEOUT_MS, connectTimeoutMs: 1000, maxBytes: MAX_BYTES, resolve: async () => [{ address: '127.0.0.1', family: 4 }] },
      policy: { minIntervalMs: 100 },
    });
    const polls = Number((await feedRow(db.sql, 'healthy'))!.fetch_count);
    await waitFor(async () => Number((await feedRow(db.sql, 'healthy'))!.fetch_count) >= polls + 3 || undefined, { what: 'restarted ingest polling' });
    expect(server.hits('/rate-limited')).toBe(1);
  });
});
