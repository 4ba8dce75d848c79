import { Counter, Gauge, type Registry } from 'prom-client';
import type { EventLog } from '@claimwire/eventlog';
import { METRIC_PREFIX } from './registry';

export interface PartitionLag {
  topic: string;
  partition: number;
  /** Log end offset minus the group's committed offset (the log start when it has none). */
  lag: number;
}

type OffsetReader = Pick<EventLog, 'topicOffsets' | 'groupOffsets'>;

/** The lag of one consumer group on each partition of each topic. Pure arithmetic over two admin reads. */
export async function readConsumerLag(log: OffsetReader, groupId: string, topics: readonly string[]): Promise<PartitionLag[]> {
  const out: PartitionLag[] = [];
  for (const topic of topics) {
    const [ends, committed] = await Promise.all([log.topicOffsets(topic), log.groupOffsets(groupId, topic)]);
    for (const p of ends) {
      const from = BigInt(committed.get(p.partition) ?? p.low);
      const lag = BigInt(p.high) - from;
      out.push({ topic, partition: p.partition, lag: lag > 0n ? Number(lag) : 0 });
    }
  }
  return out;
}

export interface ConsumerLagOptions {
  /** The group, or a function giving the current one (the projector follows switch-overs); null: none yet. */
  groupId: string | (() => string | null);
  topics: readonly string[];
  /** Reuse a reading for this long, so frequent scrapes do not hammer the broker. Default 5 s. */
  cacheMs?: number;
  /** Give up on a reading after this long and keep the previous values. Default 3 s. */
  timeoutMs?: number;
}

interface LagGauges {
  lag: Gauge<'group' | 'topic' | 'partition'>;
  errors: Counter<'group'>;
  /** One refresher per registered group, all run on scrape. */
  sources: (() => Promise<void>)[];
}

const lagGauges = new WeakMap<Registry, LagGauges>();

function gaugesOf(registry: Registry): LagGauges {
  const known = lagGauges.get(registry);
  if (known) return known;
  const sources: (() => Promise<void>)[] = [];
  // both metrics wait for the same (cached, de-duplicated) reads, whichever is collected first
  const refreshAll = async () => {
    await Promise.all(sources.map((s) => s()));
  };
  const lag = new Gauge({
    name: `${METRIC_PREFIX}consumer_lag_messages`,
    help: 'Records not yet processed by a consumer group: log end offset minus committed offset, per partition',
    labelNames: ['group', 'topic', 'partition'] as const,
    registers: [registry],
    collect: refreshAll,
  });
  const errors = new Counter({
    name: `${METRIC_PREFIX}consumer_lag_read_errors_total`,
    help: 'Failed reads of consumer lag (broker unreachable or slow); the lag gauge keeps its previous values',
    labelNames: ['group'] as const,
    registers: [registry],
    collect: refreshAll,
  });
  const g = { lag, errors, sources };
  lagGauges.set(registry, g);
  return g;
}

/**
 * Export `claimwire_consumer_lag_messages{group,topic,partition}`, read from the broker on
 * scrape (cached for cacheMs). Several groups may share one registry.
 */
export function registerConsumerLag(registry: Registry, log: OffsetReader, o: ConsumerLagOptions): void {
  const g = gaugesOf(registry);
  const cacheMs = o.cacheMs ?? 5000;
  const timeoutMs = o.timeoutMs ?? 3000;
  const groupNow = typeof o.groupId === 'function' ? o.groupId : () => o.groupId as string;
  let readAt = 0;
  let inflight: Promise<void> | null = null;
  let shown: { group: string; topic: string; partition: string }[] = [];
  const refresh = async () => {
    const group = groupNow();
    if (group === null) return;
    let timer: NodeJS.Timeout | undefined;
    try {
      const rows = await Promise.race([
        readConsumerLag(log, group, o.topics),
        new Promise<never>((_, rej) => {
          timer = setTimeout(() => rej(new Error('consumer lag read timed out')), timeoutMs);
        }),
      ]);
      // series of a group this source no longer follows disappear
      for (const l of shown) g.lag.remove(l);
      shown = rows.map((r) => ({ group, topic: r.topic, partition: String(r.partition) }));
      rows.forEach((r, i) => g.lag.set(shown[i]!, r.lag));
      readAt = Date.now();
    } catch {
      g.errors.inc({ group });
    } finally {
      clearTimeout(timer);
    }
  };
  const initial = groupNow();
  if (initial !== null) g.errors.inc({ group: initial }, 0);
  g.sources.push(() => {
    if (Date.now() - readAt < cacheMs) return Promise.resolve();
    inflight ??= refresh().finally(() => (inflight = null));
    return inflight;
  });
}
