import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { readConsumerLag, registerConsumerLag } from './consumer-lag';
import { sampleValue } from './exposition';
import { registerHttpMetrics, UNMATCHED_ROUTE } from './http';
import { createRegistry } from './registry';
import { createServiceMetrics } from './service-metrics';

const sample = sampleValue;

describe('service metrics', () => {
  it('labels every series with the service and exports process metrics and build info', async () => {
    const m = createServiceMetrics('extractor', { version: '1.2.3' });
    const text = await m.registry.metrics();
    expect(sample(text, 'claimwire_build_info', { service: 'extractor', version: '1.2.3' })).toBe(1);
    expect(sample(text, 'process_cpu_user_seconds_total', { service: 'extractor' })).toBeGreaterThanOrEqual(0);
    const [type, body] = await m.route();
    expect(type).toMatch(/^text\/plain/);
    expect(body).toContain('claimwire_extractor_claims_total');
  });

  it('counts ingest fetches, items and bytes by feed id, never by URL', async () => {
    const { registry, metrics } = createServiceMetrics('ingest');
    metrics.onFetch({ feedId: 'kyiv-desk', outcome: 'ok', durationMs: 120, bytes: 2048 });
    metrics.onFetch({ feedId: 'kyiv-desk', outcome: 'not_modified', durationMs: 30, bytes: 0 });
    metrics.onItems({ feedId: 'kyiv-desk', new: 2, updated: 1, duplicate: 5 });
    metrics.observeFeedHealth(async () => [
      { feedId: 'kyiv-desk', status: 'healthy', consecutiveFailures: 0, lastSuccessAt: new Date(1_700_000_000_000) },
      { feedId: 'dead-feed', status: 'failing', consecutiveFailures: 7, lastSuccessAt: null },
    ]);
    const text = await registry.metrics();
    expect(sample(text, 'claimwire_ingest_fetches_total', { feed: 'kyiv-desk', outcome: 'ok' })).toBe(1);
    expect(sample(text, 'claimwire_ingest_fetches_total', { feed: 'kyiv-desk', outcome: 'not_modified' })).toBe(1);
    expect(sample(text, 'claimwire_ingest_fetch_bytes_total', { feed: 'kyiv-desk' })).toBe(2048);
    expect(sample(text, 'claimwire_ingest_fetch_duration_seconds_count', { feed: 'kyiv-desk' })).toBe(2);
    expect(sample(text, 'claimwire_ingest_items_total', { feed: 'kyiv-desk', change: 'new' })).toBe(2);
    expect(sample(text, 'claimwire_ingest_items_total', { feed: 'kyiv-desk', change: 'duplicate' })).toBe(5);
    expect(sample(text, 'claimwire_ingest_feeds_failing')).toBe(1);
    expect(sample(text, 'claimwire_ingest_feeds', { status: 'healthy' })).toBe(1);
    expect(sample(text, 'claimwire_ingest_feeds', { status: 'stale' })).toBe(0);
    expect(sample(text, 'claimwire_ingest_feed_consecutive_failures', { feed: 'dead-feed' })).toBe(7);
    expect(sample(text, 'claimwire_ingest_feed_last_success_timestamp_seconds', { feed: 'kyiv-desk' })).toBe(1_700_000_000);
    expect(sample(text, 'claimwire_ingest_feed_last_success_timestamp_seconds', { feed: 'dead-feed' })).toBeUndefined();
    expect(text).not.toMatch(/https?:\/\//);
  });

  it('keeps the last feed health when the database cannot be read', async () => {
    const { registry, metrics } = createServiceMetrics('ingest');
    let up = true;
    metrics.observeFeedHealth(async () => {
      if (!up) throw new Error('database down');
      return [{ feedId: 'a', status: 'failing', consecutiveFailures: 3, lastSuccessAt: null }];
    });
    expect(sample(await registry.metrics(), 'claimwire_ingest_feeds_failing')).toBe(1);
    up = false;
    await new Promise((r) => setTimeout(r, 1100));
    expect(sample(await registry.metrics(), 'claimwire_ingest_feeds_failing')).toBe(1);
  });

  it('counts extracted articles, claims by kind and dead letters by reason', async () => {
    const { registry, metrics } = createServiceMetrics('extractor');
    metrics.onArticle({ claims: [{ kind: 'toll' }, { kind: 'toll' }, { kind: 'strike' }], durationMs: 12 });
    metrics.onArticle({ claims: [], durationMs: 3 });
    metrics.onDeadLetter('bad_json');
    const text = await registry.metrics();
    expect(sample(text, 'claimwire_extractor_articles_processed_total')).toBe(2);
    expect(sample(text, 'claimwire_extractor_claims_total', { kind: 'toll' })).toBe(2);
    expect(sample(text, 'claimwire_extractor_claims_total', { kind: 'talks' })).toBe(0);
    expect(sample(text, 'claimwire_extractor_extraction_duration_seconds_count')).toBe(2);
    expect(sample(text, 'claimwire_extractor_dead_letters_total', { reason: 'bad_json' })).toBe(1);
  });

  it('reports projected batches and the age of the newest applied event', async () => {
    const registry = createRegistry({ service: 'projector' });
    let now = Date.parse('2026-03-01T12:00:00Z');
    const { createProjectorMetrics } = await import('./projector');
    const m = createProjectorMetrics(registry, () => now);
    let text = await registry.metrics();
    expect(sample(text, 'claimwire_projector_newest_event_age_seconds')).toBeNaN();
    m.onApplied({ topic: 'claims', applied: 3, duplicates: 1, skipped: 0, deadLettered: 1, durationMs: 40, newestEventTime: '2026-03-01T11:59:00Z' });
    m.onApplied({ topic: 'claims', applied: 1, duplicates: 0, skipped: 2, deadLettered: 0, durationMs: 10, newestEventTime: '2026-03-01T11:58:00Z' });
    now += 30_000;
    text = await registry.metrics();
    expect(sample(text, 'claimwire_projector_events_applied_total', { topic: 'claims' })).toBe(4);
    expect(sample(text, 'claimwire_projector_events_ignored_total', { topic: 'claims', reason: 'duplicate' })).toBe(1);
    expect(sample(text, 'claimwire_projector_events_ignored_total', { topic: 'claims', reason: 'skipped' })).toBe(2);
    expect(sample(text, 'claimwire_projector_dead_letters_total', { topic: 'claims' })).toBe(1);
    expect(sample(text, 'claimwire_projector_batch_size_sum', { topic: 'claims' })).toBe(8);
    expect(sample(text, 'claimwire_projector_batch_duration_seconds_count', { topic: 'claims' })).toBe(2);
    expect(sample(text, 'claimwire_projector_newest_event_age_seconds')).toBe(90);
    expect(sample(text, 'claimwire_projector_newest_event_timestamp_seconds')).toBe(Date.parse('2026-03-01T11:59:00Z') / 1000);
  });

  it('lets several services share one registry (the embedded mode)', async () => {
    const registry = createRegistry({ service: 'standalone' });
    for (const s of ['ingest', 'extractor', 'projector', 'gateway'] as const) createServiceMetrics(s, { registry });
    const text = await registry.metrics();
    expect(text).toContain('claimwire_ingest_fetches_total');
    expect(text).toContain('claimwire_projector_events_applied_total');
  });
});

describe('exposition reader', () => {
  it('reads names, escaped labels and special values', () => {
    const text = '# HELP x y\n# TYPE x gauge\nx{a="1",b="q\\"u"} 2.5\nnan_metric NaN\nplain 3 1700000000\n';
    expect(sampleValue(text, 'x', { b: 'q"u' })).toBe(2.5);
    expect(sampleValue(text, 'nan_metric')).toBeNaN();
    expect(sampleValue(text, 'plain')).toBe(3);
    expect(sampleValue(text, 'x', { a: '2' })).toBeUndefined();
  });
});

describe('consumer lag', () => {
  const log = (ends: [number, string, string][], committed: [number, string][]) => ({
    topicOffsets: async () => ends.map(([partition, low, high]) => ({ partition, low, high })),
    groupOffsets: async () => new Map(committed),
  });

  it('is the log end minus the committed offset, from the log start when nothing is committed', async () => {
    const rows = await readConsumerLag(log([[0, '0', '10'], [1, '4', '9'], [2, '0', '5']], [[0, '7'], [2, '5']]), 'g', ['claims']);
    expect(rows).toEqual([
      { topic: 'claims', partition: 0, lag: 3 },
      { topic: 'claims', partition: 1, lag: 5 },
      { topic: 'claims', partition: 2, lag: 0 },
    ]);
  });

  it('is read on scrape, cached, and keeps its last values when the broker fails', async () => {
    const registry = createRegistry({ service: 'projector', defaultMetrics: false });
    let reads = 0;
    let fail = false;
    registerConsumerLag(
      registry,
      {
        topicOffsets: async () => {
          reads++;
          if (fail) throw new Error('broker down');
          return [{ partition: 0, low: '0', high: String(10 + reads) }];
        },
        groupOffsets: async () => new Map([[0, '10']]),
      },
      { groupId: 'projector-v1', topics: ['claims'], cacheMs: 50 },
    );
    let text = await registry.metrics();
    expect(sample(text, 'claimwire_consumer_lag_messages', { group: 'projector-v1', topic: 'claims', partition: '0' })).toBe(1);
    text = await registry.metrics();
    expect(reads).toBe(1);
    await new Promise((r) => setTimeout(r, 60));
    fail = true;
    text = await registry.metrics();
    expect(sample(text, 'claimwire_consumer_lag_messages', { partition: '0' })).toBe(1);
    expect(sample(text, 'claimwire_consumer_lag_read_errors_total', { group: 'projector-v1' })).toBe(1);
  });
});

describe('http metrics', () => {
  it('times requests by route pattern and status, not by raw URL, and serves /metrics', async () => {
    const registry = createRegistry({ service: 'gateway', defaultMetrics: false });
    const app = Fastify();
    registerHttpMetrics(app, registry);
    app.get('/v1/tolls/:seriesId', async (req) => ({ id: (req.params as { seriesId: string }).seriesId }));
    await app.inject({ url: '/v1/tolls/abc' });
    await app.inject({ url: '/v1/tolls/def?x=1' });
    await app.inject({ url: '/nowhere/secret-token' });
    const res = await app.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.body;
    expect(sample(text, 'claimwire_http_request_duration_seconds_count', { route: '/v1/tolls/:seriesId', status_code: '200', method: 'GET' })).toBe(2);
    expect(sample(text, 'claimwire_http_request_duration_seconds_count', { route: UNMATCHED_ROUTE, status_code: '404' })).toBe(1);
    expect(text).not.toContain('abc');
    expect(text).not.toContain('secret-token');
    await app.close();
  });
});
