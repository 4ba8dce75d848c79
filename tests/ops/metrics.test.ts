import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExposition, sampleSum, sampleValue, samplesOf, type Sample } from '@claimwire/metrics';
import {
  createTestDatabase,
  createTestTopics,
  freePort,
  pipelineEnv,
  rss,
  spawnService,
  startFeedServer,
  waitFor,
  writeFeedsFile,
  type FeedServer,
  type ServiceProcess,
  type TestDatabase,
  type TestTopics,
  ARTIFACTS_DIR,
} from '@claimwire/testing';
import { itemOf, REFERENCE_ARTICLE, SECOND_ARTICLE } from '../e2e/reference-article';

type Svc = 'ingest' | 'extractor' | 'projector' | 'gateway';

/**
 * The four services as processes on the real broker and Postgres, fed by a local feed: every
 * /metrics answers, and the metrics move as articles flow through the pipeline.
 */
describe('metrics of the running services', () => {
  let feeds: FeedServer;
  let db: TestDatabase;
  let topics: TestTopics;
  const ports = {} as Record<Svc, number>;
  const procs = new Map<Svc, ServiceProcess>();
  /** Where this run's lines start in each (appended) log file. */
  const logStart = new Map<Svc, number>();
  const scrape = async (svc: Svc): Promise<Sample[]> => {
    const res = await fetch(`http://127.0.0.1:${ports[svc]}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    // the latest scrape of each service, for post-mortems
    writeFileSync(resolve(ARTIFACTS_DIR, `ops-${svc}.prom`), text);
    return parseExposition(text);
  };
  const api = (path: string) => fetch(`http://127.0.0.1:${ports.gateway}${path}`);

  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.set('/desk.xml', rss({ title: 'Desk', link: 'https://wire.test' }, [itemOf(REFERENCE_ARTICLE)]));
    db = await createTestDatabase('cwops');
    topics = await createTestTopics();
    const feedsFile = writeFeedsFile([
      { id: 'desk', url: feeds.url('/desk.xml') },
      { id: 'gone-feed', url: feeds.url('/missing.xml') },
    ]);
    for (const s of ['ingest', 'extractor', 'projector', 'gateway'] as const) ports[s] = await freePort();
    const env = pipelineEnv({ databaseUrl: db.url, topicPrefix: topics.prefix, feedsFile });
    for (const s of ['projector', 'extractor', 'gateway', 'ingest'] as const) {
      const port: Record<string, string> = s === 'gateway' ? { PORT: String(ports[s]) } : { HEALTH_PORT: String(ports[s]) };
      const logFile = resolve(ARTIFACTS_DIR, `ops-${s}.log`);
      logStart.set(s, existsSync(logFile) ? statSync(logFile).size : 0);
      procs.set(s, spawnService(s, { ...env, ...port }, `ops-${s}`));
    }
    await waitFor(
      async () => {
        for (const s of procs.keys()) if ((await fetch(`http://127.0.0.1:${ports[s]}/readyz`).catch(() => null))?.status !== 200) return false;
        return true;
      },
      { timeoutMs: 60_000, what: 'all four services ready' },
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all([...procs.values()].map((p) => p.stop()));
    await feeds?.close();
    await topics?.close();
    await db?.drop();
  });

  it('exposes the process metrics and the build info on every service', async () => {
    for (const s of procs.keys()) {
      const m = await scrape(s);
      expect(sampleValue(m, 'claimwire_build_info', { service: s }), s).toBe(1);
      expect(sampleValue(m, 'process_resident_memory_bytes', { service: s }), s).toBeGreaterThan(0);
      expect(samplesOf(m, 'nodejs_eventloop_lag_seconds').length, s).toBeGreaterThan(0);
    }
  });

  it('moves every pipeline metric as the first article flows through', async () => {
    const projected = await waitFor(
      async () => {
        const m = await scrape('projector');
        return sampleSum(m, 'claimwire_projector_events_applied_total', { topic: topics.topics.claims }) >= 4 ? m : null;
      },
      { timeoutMs: 60_000, what: 'claims projected' },
    );
    // (the feed's health row is written after its items are published, so under load the claims can
    // be projected before it: wait for the state asserted, not for something that usually comes later)
    const ingest = await waitFor(
      async () => {
        const m = await scrape('ingest');
        return sampleValue(m, 'claimwire_ingest_feed_last_success_timestamp_seconds', { feed: 'desk' }) !== undefined &&
          sampleValue(m, 'claimwire_ingest_feed_consecutive_failures', { feed: 'gone-feed' }) !== undefined
          ? m
          : null;
      },
      { timeoutMs: 30_000, what: 'feed health recorded' },
    );
    expect(sampleValue(ingest, 'claimwire_ingest_fetches_total', { feed: 'desk', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(ingest, 'claimwire_ingest_items_total', { feed: 'desk', change: 'new' })).toBe(1);
    expect(sampleValue(ingest, 'claimwire_ingest_fetch_bytes_total', { feed: 'desk' })).toBeGreaterThan(500);
    expect(sampleValue(ingest, 'claimwire_ingest_fetch_duration_seconds_count', { feed: 'desk' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(ingest, 'claimwire_ingest_fetches_total', { feed: 'gone-feed', outcome: 'http_4xx' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(ingest, 'claimwire_ingest_feeds_failing')).toBeGreaterThanOrEqual(0);
    expect(sampleValue(ingest, 'claimwire_ingest_feed_last_success_timestamp_seconds', { feed: 'desk' })).toBeGreaterThan(Date.now() / 1000 - 120);
    expect(sampleValue(ingest, 'claimwire_ingest_feed_consecutive_failures', { feed: 'gone-feed' })).toBeGreaterThanOrEqual(1);
    // feed ids are labels; URLs never are
    expect(ingest.some((s) => Object.values(s.labels).some((v) => v.includes('://')))).toBe(false);

    const extractor = await scrape('extractor');
    expect(sampleValue(extractor, 'claimwire_extractor_articles_processed_total')).toBe(1);
    expect(sampleValue(extractor, 'claimwire_extractor_claims_total', { kind: 'toll' })).toBeGreaterThanOrEqual(2);
    expect(sampleValue(extractor, 'claimwire_extractor_claims_total', { kind: 'talks' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(extractor, 'claimwire_extractor_claims_total', { kind: 'strike' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(extractor, 'claimwire_extractor_extraction_duration_seconds_count')).toBe(1);
    expect(sampleSum(extractor, 'claimwire_extractor_dead_letters_total')).toBe(0);

    expect(sampleValue(projected, 'claimwire_projector_events_applied_total', { topic: topics.topics.articles })).toBe(1);
    expect(sampleSum(projected, 'claimwire_projector_batch_size_count')).toBeGreaterThanOrEqual(2);
    expect(sampleSum(projected, 'claimwire_projector_batch_duration_seconds_count')).toBeGreaterThanOrEqual(2);
    const age = sampleValue(projected, 'claimwire_projector_newest_event_age_seconds') as number;
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThan(120);
  });

  it('reports consumer lag per partition, down to zero once the projector has caught up', async () => {
    const group = `${topics.prefix}projector-v`;
    const m = await waitFor(
      async () => {
        const s = (await scrape('projector')).filter((x) => x.name === 'claimwire_consumer_lag_messages' && x.labels.group?.startsWith(group));
        return s.length === 12 && s.every((x) => x.value === 0) ? s : null;
      },
      { timeoutMs: 30_000, what: 'projector lag at zero on the 12 partitions' },
    );
    expect(new Set(m.map((s) => s.labels.topic))).toEqual(new Set([topics.topics.articles, topics.topics.claims]));
    const extractorLag = samplesOf(await scrape('extractor'), 'claimwire_consumer_lag_messages', { group: `${topics.prefix}extractor` });
    expect(extractorLag.map((s) => s.labels.partition).sort()).toEqual(['0', '1', '2', '3', '4', '5']);
  });

  it('counts a second article at every stage', async () => {
    const before = {
      items: sampleValue(await scrape('ingest'), 'claimwire_ingest_items_total', { feed: 'desk', change: 'new' }) ?? 0,
      articles: sampleValue(await scrape('extractor'), 'claimwire_extractor_articles_processed_total') ?? 0,
      strikes: sampleValue(await scrape('extractor'), 'claimwire_extractor_claims_total', { kind: 'strike' }) ?? 0,
      applied: sampleSum(await scrape('projector'), 'claimwire_projector_events_applied_total'),
    };
    feeds.set('/desk.xml', rss({ title: 'Desk', link: 'https://wire.test' }, [itemOf(REFERENCE_ARTICLE), itemOf(SECOND_ARTICLE)]));
    await waitFor(async () => sampleSum(await scrape('projector'), 'claimwire_projector_events_applied_total') >= before.applied + 2, {
      timeoutMs: 60_000,
      what: 'the second article and its claim projected',
    });
    const ingest = await scrape('ingest');
    expect(sampleValue(ingest, 'claimwire_ingest_items_total', { feed: 'desk', change: 'new' })).toBe(before.items + 1);
    expect(sampleValue(ingest, 'claimwire_ingest_items_total', { feed: 'desk', change: 'duplicate' })).toBeGreaterThanOrEqual(1);
    const extractor = await scrape('extractor');
    expect(sampleValue(extractor, 'claimwire_extractor_articles_processed_total')).toBe(before.articles + 1);
    expect(sampleValue(extractor, 'claimwire_extractor_claims_total', { kind: 'strike' })).toBeGreaterThan(before.strikes);
  });

  it('times gateway requests by route pattern and status, never by raw URL', async () => {
    const { items } = (await (await api('/v1/tolls?party=ukraine')).json()) as { items: { seriesId: string }[] };
    const seriesId = items[0]?.seriesId as string;
    expect((await api(`/v1/tolls/${encodeURIComponent(seriesId)}`)).status).toBe(200);
    expect((await api('/v1/no-such-thing/42')).status).toBe(404);
    expect((await api('/v1/strikes?targetType=volcano')).status).toBe(400);
    const m = await scrape('gateway');
    const h = 'claimwire_http_request_duration_seconds_count';
    expect(sampleValue(m, h, { method: 'GET', route: '/v1/tolls', status_code: '200' })).toBeGreaterThanOrEqual(1);
    expect(samplesOf(m, h, { status_code: '200' }).some((s) => /^\/v1\/tolls\/:\w+$/.test(s.labels.route ?? ''))).toBe(true);
    expect(sampleValue(m, h, { route: '(unmatched)', status_code: '404' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(m, h, { route: '/v1/strikes', status_code: '400' })).toBe(1);
    const routes = samplesOf(m, h).map((s) => s.labels.route ?? '');
    expect(routes.some((r) => r.includes(seriesId) || r.includes('no-such-thing') || r.includes('?'))).toBe(false);
  });

  it('logs JSON lines with the service, its version and the entity id', async () => {
    // stop the services so their logs are flushed, then read them
    await Promise.all([...procs.values()].map((p) => p.stop()));
    const lines = (s: Svc) =>
      readFileSync(procs.get(s)?.logFile as string)
        .subarray(logStart.get(s) ?? 0)
        .toString('utf8')
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const s of procs.keys()) {
      const all = lines(s);
      expect(all.length, s).toBeGreaterThan(0);
      for (const l of all) {
        expect(l.service, s).toBe(s);
        expect(typeof l.version, s).toBe('string');
      }
    }
    const polled = lines('ingest').filter((l) => String(l.msg).startsWith('feed polled'));
    expect(polled.length).toBeGreaterThan(0);
    expect(polled.every((l) => typeof l.feedId === 'string')).toBe(true);
    const extracted = lines('extractor').filter((l) => l.msg === 'article extracted');
    expect(extracted.length).toBe(2);
    expect(extracted.every((l) => typeof l.articleId === 'string')).toBe(true);
    const requests = lines('gateway').filter((l) => l.msg === 'request completed');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((l) => typeof l.reqId === 'string')).toBe(true);
  });
});
