import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { BATCH_SIZE_BUCKETS, DURATION_BUCKETS } from './buckets';
import { METRIC_PREFIX } from './registry';

/** What the projector reports after each batch (a subset of its BatchStats). */
export interface AppliedBatch {
  topic: string;
  applied: number;
  duplicates: number;
  skipped: number;
  deadLettered: number;
  /** Records in the batch; applied + duplicates + skipped + deadLettered when absent. */
  records?: number;
  durationMs?: number;
  /** ISO time of the newest event applied in the batch. */
  newestEventTime: string | null;
}

export interface ProjectorMetrics {
  /** Events folded into the read models, by topic. */
  eventsApplied: Counter<'topic'>;
  /** Events not applied, by topic and reason: duplicate (already projected) or skipped (below the checkpoint). */
  eventsIgnored: Counter<'topic' | 'reason'>;
  deadLetters: Counter<'topic'>;
  batchSize: Histogram<'topic'>;
  batchDuration: Histogram<'topic'>;
  onApplied(s: AppliedBatch): void;
  /** Unix ms of the newest event applied since start, or null. */
  newestEventMs(): number | null;
}

export function createProjectorMetrics(registry: Registry, now: () => number = Date.now): ProjectorMetrics {
  const registers = [registry];
  const eventsApplied = new Counter({
    name: `${METRIC_PREFIX}projector_events_applied_total`,
    help: 'Events folded into the read models, by topic',
    labelNames: ['topic'] as const,
    registers,
  });
  const eventsIgnored = new Counter({
    name: `${METRIC_PREFIX}projector_events_ignored_total`,
    help: 'Events delivered but not applied, by topic and reason: duplicate (claim already projected) or skipped (offset below the checkpoint, a re-delivery)',
    labelNames: ['topic', 'reason'] as const,
    registers,
  });
  const deadLetters = new Counter({
    name: `${METRIC_PREFIX}projector_dead_letters_total`,
    help: 'Unreadable events sent to a dead-letter topic, by source topic',
    labelNames: ['topic'] as const,
    registers,
  });
  const batchSize = new Histogram({
    name: `${METRIC_PREFIX}projector_batch_size`,
    help: 'Records per projected batch, by topic',
    labelNames: ['topic'] as const,
    buckets: BATCH_SIZE_BUCKETS,
    registers,
  });
  const batchDuration = new Histogram({
    name: `${METRIC_PREFIX}projector_batch_duration_seconds`,
    help: 'Time to project one batch (decode, one Postgres transaction with its checkpoint), by topic',
    labelNames: ['topic'] as const,
    buckets: DURATION_BUCKETS,
    registers,
  });
  let newest: number | null = null;
  new Gauge({
    name: `${METRIC_PREFIX}projector_newest_event_timestamp_seconds`,
    help: 'Unix time of the newest event applied by this process (NaN until one is)',
    registers,
    collect() {
      this.set(newest === null ? Number.NaN : newest / 1000);
    },
  });
  new Gauge({
    name: `${METRIC_PREFIX}projector_newest_event_age_seconds`,
    help: 'Seconds since the newest applied event was produced: how stale the read models are when events keep arriving (NaN until one is applied)',
    registers,
    collect() {
      this.set(newest === null ? Number.NaN : Math.max(0, (now() - newest) / 1000));
    },
  });

  return {
    eventsApplied,
    eventsIgnored,
    deadLetters,
    batchSize,
    batchDuration,
    onApplied(s) {
      const topic = s.topic;
      eventsApplied.inc({ topic }, s.applied);
      eventsIgnored.inc({ topic, reason: 'duplicate' }, s.duplicates);
      eventsIgnored.inc({ topic, reason: 'skipped' }, s.skipped);
      deadLetters.inc({ topic }, s.deadLettered);
      batchSize.observe({ topic }, s.records ?? s.applied + s.duplicates + s.skipped + s.deadLettered);
      if (s.durationMs !== undefined) batchDuration.observe({ topic }, s.durationMs / 1000);
      if (s.newestEventTime) {
        const t = Date.parse(s.newestEventTime);
        if (Number.isFinite(t) && (newest === null || t > newest)) newest = t;
      }
    },
    newestEventMs: () => newest,
  };
}
