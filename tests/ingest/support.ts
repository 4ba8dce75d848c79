/**
 * Shared helpers for the ingest service specs: collect the ArticleIngested events a running
 * ingest publishes (read back from the real topic), read a feed's status row, and start an
 * in-process ingest with test-sized timeouts.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeArticle, type ArticleIngested } from '@claimwire/events';
import type { EventLog, Subscription } from '@claimwire/eventlog';
import { parseFeedsFile, startIngest, type IngestDeps, type RunningIngest } from '@claimwire/ingest';
import { silentLogger, type Logger } from '@claimwire/logging';
import type { SqlExecutor } from '@claimwire/sql';

export interface ArticleCollector {
  readonly articles: ArticleIngested[];
  /** Events of one feed, in the order they were read. */
  of(feedId: string): ArticleIngested[];
  stop(): Promise<void>;
}

/** Subscribe (a group of its own, from the beginning) and keep every article event read. */
export async function collectArticles(log: EventLog, topic: string): Promise<ArticleCollector> {
  const articles: ArticleIngested[] = [];
  const sub: Subscription = await log.subscribe({
    groupId: `ingest-spec-${randomUUID()}`,
    topics: [topic],
    fromBeginning: true,
    maxWaitTimeMs: 200,
    handleBatch: async (records) => {
      for (const r of records) {
        const d = decodeArticle(r);
        if (!d.ok) throw new Error(`undecodable record on ${topic}: ${d.error.message}`);
        articles.push(d.value.event.data);
      }
    },
  });
  return {
    articles,
    of: (feedId) => articles.filter((a) => a.feedId === feedId),
    stop: () => sub.stop(),
  };
}

export interface FeedRow {
  feed_id: string;
  url: string;
  title: string | null;
  enabled: boolean;
  last_attempt_at: Date | null;
  last_success_at: Date | null;
  http_status: number | null;
  error_kind: string | null;
  error_message: string | null;
  consecutive_failures: number;
  next_attempt_at: Date | null;
  repaired: boolean;
  repairs: string[];
  health_status: string;
  health_reason: string | null;
  items_seen: string;
  items_published: string;
  fetch_count: string;
  moved_to: string | null;
}

export async function feedRow(db: SqlExecutor, feedId: string): Promise<FeedRow | undefined> {
  const r = await db.query<FeedRow>('SELECT * FROM feeds WHERE feed_id = $1', [feedId]);
  return r.rows[0];
}

/** A feed that has been attempted at least `n` times (fetch_count), or undefined. */
export async function attempted(db: SqlExecutor, feedId: string, n = 1): Promise<FeedRow | undefined> {
  const row = await feedRow(db, feedId);
  return row && Number(row.fetch_count) >= n ? row : undefined;
}

export interface TestIngestOptions extends Partial<Omit<IngestDeps, 'feedsFile'>> {
  log: EventLog;
  sql: IngestDeps['sql'];
  topicPrefix: string;
  /** feeds.yaml text. */
  feedsYaml: string;
  logger?: Logger;
}

/** startIngest with small timeouts and a 100 ms politeness floor, so specs run in seconds. */
export function startTestIngest(o: TestIngestOptions): Promise<RunningIngest> {
  const { feedsYaml, ...rest } = o;
  return startIngest({
    logger: silentLogger(),
    ...rest,
    feedsFile: parseFeedsFile(feedsYaml, 'feeds.yaml'),
    fetch: { totalTimeoutMs: 3000, connectTimeoutMs: 1000, maxBytes: 1024 * 1024, ...o.fetch },
    policy: { minIntervalMs: 100, ...o.policy },
  });
}

/** An RSS item for @claimwire/testing's rss(). */
export function item(n: number, feed: string, text = `Report number ${n} from the ${feed} desk.`) {
  return {
    guid: `${feed}-${n}`,
    title: `${feed} item ${n}`,
    link: `https://news.example/${feed}/${n}`,
    pubDate: new Date(Date.UTC(2026, 1, 1, 10, n)).toUTCString(),
    description: text,
  };
}

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface ScriptedServer {
  port: number;
  /** URL of a path on this server, under the given host name (default 127.0.0.1). */
  url(path: string, host?: string): string;
  /** Set (or replace) how a path answers. */
  route(path: string, handler: Route): void;
  hits(path: string): number;
  close(): Promise<void>;
}

/** A loopback HTTP server whose answer per path the spec scripts (status codes, redirects, streams). */
export async function startScriptedServer(): Promise<ScriptedServer> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const r = routes.get(path);
    if (r) return r(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (path, host = '127.0.0.1') => `http://${host}:${port}${path}`,
    route: (path, handler) => void routes.set(path, handler),
    hits: (path) => hits.get(path) ?? 0,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Answer with a body (status 200 unless told). */
export function serve(body: string | Buffer, type = 'application/rss+xml; charset=utf-8', status = 200, headers: Record<string, string> = {}): Route {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(body);
  };
}

export function redirectTo(location: string, status = 302): Route {
  return (_req, res) => {
    res.writeHead(status, { location });
    res.end();
  };
}

/** Resolves once the collector has read everything the topic holds right now. */
export async function caughtUp(log: EventLog, topic: string, c: ArticleCollector): Promise<boolean> {
  const offsets = await log.topicOffsets(topic);
  const total = offsets.reduce((n, o) => n + Number(BigInt(o.high) - BigInt(o.low)), 0);
  return c.articles.length >= total;
}
