import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { DURATION_BUCKETS } from './buckets';
import { METRIC_PREFIX } from './registry';

/** One feed's health as ingest stores it (feeds table). */
export interface FeedHealthRow {
  feedId: string;
  /** new | healthy | stale | degraded | failing | gone | blocked */
  status: string;
  consecutiveFailures: number;
  lastSuccessAt: Date | null;
}

export interface IngestMetrics {
  /** Polls by feed and outcome (ok, not_modified, timeout, http_4xx, …). */
  fetches: Counter<'feed' | 'outcome'>;
  /** Items seen by feed and change: new, updated or duplicate (unchanged). */
  items: Counter<'feed' | 'change'>;
  fetchDuration: Histogram<'feed'>;
  /** Bytes received on the wire for feed bodies. */
  fetchBytes: Counter<'feed'>;
  onFetch(e: { feedId: string; outcome: string; durationMs: number; bytes: number }): void;
  onItems(e: { feedId: string; new: number; updated: number; duplicate: number }): void;
  /** Report feed health from the feeds table at scrape time (feeds failing, streaks, last success). */
  observeFeedHealth(source: () => Promise<FeedHealthRow[]>): void;
  /** Feeds-file reloads by result: applied, or rejected (invalid; the previous config keeps running). */
  configReloads: Counter<'result'>;
  onConfigReload(e: { ok: boolean }): void;
}

/** Health states a feed can be in; all are exported (0 when none) so alerts see the zero. */
const FEED_STATUSES = ['new', 'healthy', 'stale', 'degraded', 'failing', 'gone', 'blocked'];

export function createIngestMetrics(registry: Registry): IngestMetrics {
  const registers = [registry];
  const fetches = new Counter({
    name: `${METRIC_PREFIX}ingest_fetches_total`,
    help: 'Feed polls by feed id and outcome kind',
    labelNames: ['feed', 'outcome'] as const,
    registers,
  });
  const items = new Counter({
    name: `${METRIC_PREFIX}ingest_items_total`,
    help: 'Feed items seen by feed id and change: new, updated (published again as a new revision) or duplicate (unchanged, not published)',
    labelNames: ['feed', 'change'] as const,
    registers,
  });
  const fetchDuration = new Histogram({
    name: `${METRIC_PREFIX}ingest_fetch_duration_seconds`,
    help: 'Time to fetch one feed (connect to last byte), by feed id',
    labelNames: ['feed'] as const,
    buckets: DURATION_BUCKETS,
    registers,
  });
  const fetchBytes = new Counter({
    name: `${METRIC_PREFIX}ingest_fetch_bytes_total`,
    help: 'Feed body bytes received on the wire, by feed id',
    labelNames: ['feed'] as const,
    registers,
  });

  const configReloads = new Counter({
    name: `${METRIC_PREFIX}ingest_feeds_config_reloads_total`,
    help: 'Feeds-file reloads by result: applied, or rejected (invalid file; the previous feeds keep running)',
    labelNames: ['result'] as const,
    registers,
  });
  const configValid = new Gauge({
    name: `${METRIC_PREFIX}ingest_feeds_config_valid`,
    help: '1 when the last feeds-file reload was applied (or none happened), 0 when it was rejected: the file on disk is not what runs',
    registers,
  });
  configValid.set(1);
  for (const result of ['applied', 'rejected']) configReloads.inc({ result }, 0);

  let healthSource: (() => Promise<FeedHealthRow[]>) | null = null;
  const readHealth = async (): Promise<FeedHealthRow[] | null> => {
    if (!healthSource) return null;
    try {
      return await healthSource();
    } catch {
      return null; // database down: the gauges keep their last values; /readyz reports the cause
    }
  };
  let pending: Promise<FeedHealthRow[] | null> | null = null;
  // one database read per scrape, shared by the three gauges
  const healthOnce = () => {
    pending ??= readHealth().finally(() => setTimeout(() => (pending = null), 1000).unref());
    return pending;
  };
  new Gauge({
    name: `${METRIC_PREFIX}ingest_feeds_failing`,
    help: 'Feeds whose health is failing (consecutive failures at or above the failing threshold)',
    registers,
    async collect() {
      const rows = await healthOnce();
      if (rows) this.set(rows.filter((r) => r.status === 'failing').length);
    },
  });
  new Gauge({
    name: `${METRIC_PREFIX}ingest_feeds`,
    help: 'Configured feeds by health status',
    labelNames: ['status'] as const,
    registers,
    async collect() {
      const rows = await healthOnce();
      if (!rows) return;
      for (const s of FEED_STATUSES) this.set({ status: s }, 0);
      for (const r of rows) this.inc({ status: r.status });
    },
  });
  /** A gauge with one value per feed, read from the feed health rows at scrape time. */
  const perFeedGauge = (name: string, help: string, value: (r: FeedHealthRow) => number | null) =>
    new Gauge({
      name: `${METRIC_PREFIX}${name}`,
      help,
      labelNames: ['feed'] as const,
      registers,
      async collect() {
        const rows = await healthOnce();
        if (!rows) return;
        this.reset();
        for (const r of rows) {
          const v = value(r);
          if (v !== null) this.set({ feed: r.feedId }, v);
        }
      },
    });
  perFeedGauge('ingest_feed_consecutive_failures', 'Failed polls in a row, by feed id (0 after a success)', (r) => r.consecutiveFailures);
  perFeedGauge(
    'ingest_feed_last_success_timestamp_seconds',
    'Unix time of the last successful poll, by feed id (absent until the first success)',
    (r) => (r.lastSuccessAt ? r.lastSuccessAt.getTime() / 1000 : null),
  );

  return {
    fetches,
    items,
    fetchDuration,
    fetchBytes,
    onFetch(e) {
      fetches.inc({ feed: e.feedId, outcome: e.outcome });
      fetchDuration.observe({ feed: e.feedId }, e.durationMs / 1000);
      if (e.bytes > 0) fetchBytes.inc({ feed: e.feedId }, e.bytes);
    },
    onItems(e) {
      // zero increments still create the series, so a rate() over them starts at 0
      items.inc({ feed: e.feedId, change: 'new' }, e.new);
      items.inc({ feed: e.feedId, change: 'updated' }, e.updated);
      items.inc({ feed: e.feedId, change: 'duplicate' }, e.duplicate);
    },
    observeFeedHealth(source) {
      healthSource = source;
    },
    configReloads,
    onConfigReload(e) {
      configReloads.inc({ result: e.ok ? 'applied' : 'rejected' });
      configValid.set(e.ok ? 1 : 0);
    },
  };
}
