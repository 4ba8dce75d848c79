import { randomUUID } from 'node:crypto';
import {
  Kafka,
  Partitioners,
  logLevel as KafkaLogLevel,
  type Admin,
  type Consumer,
  type KafkaMessage,
  type LogEntry,
  type Producer,
} from 'kafkajs';
import type { Logger } from '@claimwire/logging';
import {
  EventLogFatalError,
  type EventLog,
  type LogRecord,
  type OutgoingRecord,
  type PartitionOffsets,
  type SubscribeOptions,
  type Subscription,
  type TopicSpec,
  TopicNotFoundError,
} from './port';
import { retryDelayMs } from './retry';

export interface KafkaEventLogOptions {
  brokers: string[];
  clientId: string;
  logger: Logger;
  /** Called when kafkajs crashes a consumer without restarting it; main exits so a supervisor restarts. */
  onFatal?: (err: EventLogFatalError) => void;
  connectionTimeoutMs?: number;
  /** How long the group waits for a silent member (e.g. a killed process) before rebalancing without it. Default 30 s. */
  sessionTimeoutMs?: number;
}

function kafkaLogCreator(logger: Logger) {
  return () =>
    ({ level, log }: LogEntry) => {
      const { message, ...extra } = log;
      const fields = { kafka: extra };
      // kafkajs logs retriable errors it recovers from at ERROR; real failures surface as
      // CRASH events and thrown errors, which we log ourselves
      if (level === KafkaLogLevel.ERROR || level === KafkaLogLevel.WARN) logger.warn(fields, `kafka: ${message}`);
      else if (level === KafkaLogLevel.INFO) logger.debug(fields, `kafka: ${message}`);
      else logger.trace(fields, `kafka: ${message}`);
    };
}

function headersOf(m: KafkaMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.headers ?? {})) {
    if (v === undefined) continue;
    const one = Array.isArray(v) ? v[v.length - 1] : v;
    if (one !== undefined) out[k] = Buffer.isBuffer(one) ? one.toString('utf8') : String(one);
  }
  return out;
}

const SEND_MAX_BYTES = 512 * 1024;

function sizeOf(r: OutgoingRecord): number {
  let n = r.value.length + (r.key?.length ?? 0) + 64;
  for (const [k, v] of Object.entries(r.headers ?? {})) n += k.length + v.length;
  return n;
}

/** Consecutive runs of records of at most `max` bytes each (a bigger record goes alone). */
export function chunksOf(records: OutgoingRecord[], max: number): OutgoingRecord[][] {
  const out: OutgoingRecord[][] = [];
  let cur: OutgoingRecord[] = [];
  let bytes = 0;
  for (const r of records) {
    const n = sizeOf(r);
    if (cur.length && bytes + n > max) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(r);
    bytes += n;
  }
  if (cur.length) out.push(cur);
  return out;
}

export class KafkaEventLog implements EventLog {
  readonly kind = 'kafka' as const;
  private readonly kafka: Kafka;
  private producer: Producer | null = null;
  private admin: Admin | null = null;
  private readonly consumers = new Set<Consumer>();

  constructor(private readonly opts: KafkaEventLogOptions) {
    this.kafka = new Kafka({
      clientId: opts.clientId,
      brokers: opts.brokers,
      connectionTimeout: opts.connectionTimeoutMs ?? 3000,
      requestTimeout: 30_000,
      // reconnects after an outage need no human: retry for a long time with backoff
      retry: { initialRetryTime: 300, maxRetryTime: 10_000, retries: 30 },
      logLevel: KafkaLogLevel.INFO,
      logCreator: kafkaLogCreator(opts.logger),
    });
  }

  async connect(): Promise<void> {
    await this.getAdmin();
  }

  private async getProducer(): Promise<Producer> {
    if (!this.producer) {
      const p = this.kafka.producer({
        createPartitioner: Partitioners.DefaultPartitioner,
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
      });
      await p.connect();
      this.producer = p;
    }
    return this.producer;
  }

  private async getAdmin(): Promise<Admin> {
    if (!this.admin) {
      const a = this.kafka.admin();
      await a.connect();
      this.admin = a;
    }
    return this.admin;
  }

  async publish(topic: string, records: OutgoingRecord[]): Promise<void> {
    if (records.length === 0) return;
    const producer = await this.getProducer();
    // one send becomes one record batch per partition, which the broker refuses above its
    // message.max.bytes (1 MB by default): a large batch (a replay's backlog) goes out in
    // sends of at most SEND_MAX_BYTES, in order. At-least-once as before: a failure part way
    // re-publishes the whole batch on retry, and consumers drop the repeats by id.
    for (const chunk of chunksOf(records, SEND_MAX_BYTES)) {
      await producer.send({
        topic,
        acks: -1,
        messages: chunk.map((r) => ({ key: r.key, value: r.value, headers: r.headers ?? {} })),
      });
    }
  }

  async subscribe(opts: SubscribeOptions): Promise<Subscription> {
    const consumer = this.kafka.consumer({
      groupId: opts.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: this.opts.sessionTimeoutMs ?? 30_000,
      heartbeatInterval: Math.min(3000, Math.floor((this.opts.sessionTimeoutMs ?? 30_000) / 3)),
      rebalanceTimeout: 60_000,
      maxBytesPerPartition: opts.maxBytesPerPartition ?? 1_048_576,
      // kafkajs heartbeats between fetches: a short wait keeps rebalances and freshness quick
      maxWaitTimeInMs: opts.maxWaitTimeMs ?? 500,
      retry: { initialRetryTime: 300, maxRetryTime: 10_000, retries: 30 },
    });
    this.consumers.add(consumer);
    let running = true;
    const log = this.opts.logger.child({ groupId: opts.groupId });

    consumer.on(consumer.events.CRASH, (e) => {
      const { error, restart } = e.payload as { error: Error; restart: boolean };
      log.error({ err: error, restart }, 'kafka consumer crashed');
      if (!restart && running) {
        this.opts.onFatal?.(new EventLogFatalError(`consumer ${opts.groupId} crashed and will not restart: ${error.message}`, error));
      }
    });

    if (opts.startOffset) {
      const startOffset = opts.startOffset;
      // on every (re)assignment, move each assigned partition to where its owner's checkpoint says
      consumer.on(consumer.events.GROUP_JOIN, (e) => {
        const assignment = (e.payload as { memberAssignment: Record<string, number[]> }).memberAssignment;
        void (async () => {
          for (const [topic, partitions] of Object.entries(assignment)) {
            for (const partition of partitions) {
              const offset = await startOffset(topic, partition);
              if (offset !== null && running) consumer.seek({ topic, partition, offset });
            }
          }
        })().catch((err) => log.warn({ err }, 'could not read start offsets; using the committed ones'));
      });
    }
    await consumer.connect();
    await consumer.subscribe({ topics: opts.topics, fromBeginning: opts.fromBeginning ?? true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 1,
      eachBatch: async ({ batch, heartbeat, isRunning, isStale, resolveOffset }) => {
        if (batch.messages.length === 0) return;
        const records: LogRecord[] = batch.messages.map((m) => ({
          topic: batch.topic,
          partition: batch.partition,
          offset: m.offset,
          key: m.key ? m.key.toString('utf8') : null,
          value: m.value,
          headers: headersOf(m),
          timestamp: m.timestamp,
        }));
        const ctx = { topic: batch.topic, partition: batch.partition, heartbeat, isRunning: () => running && isRunning() };
        for (let attempt = 1; ; attempt++) {
          try {
            await opts.handleBatch(records, ctx);
            break;
          } catch (err) {
            opts.onHandlerError?.(err, { topic: batch.topic, partition: batch.partition, attempt });
            if (!running || !isRunning() || isStale()) return; // abandon uncommitted: redelivered later
            await sleep(retryDelayMs(attempt));
            await heartbeat().catch(() => undefined);
          }
        }
        const last = records[records.length - 1] as LogRecord;
        const next = (BigInt(last.offset) + 1n).toString();
        await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: next }]);
        // resolveOffset moves kafkajs's in-memory fetch position past the batch
        resolveOffset(last.offset);
        await heartbeat();
      },
    });

    return {
      stop: async () => {
        running = false;
        await consumer.stop().catch(() => undefined);
        await consumer.disconnect().catch(() => undefined);
        this.consumers.delete(consumer);
      },
    };
  }

  async ensureTopics(specs: TopicSpec[]): Promise<void> {
    const admin = await this.getAdmin();
    const existing = new Set(await admin.listTopics());
    const missing = specs.filter((s) => !existing.has(s.topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((s) => ({
        topic: s.topic,
        numPartitions: s.partitions,
        replicationFactor: 1,
        configEntries: Object.entries(s.config ?? {}).map(([name, value]) => ({ name, value })),
      })),
    });
  }

  async topicOffsets(topic: string): Promise<PartitionOffsets[]> {
    const admin = await this.getAdmin();
    const offs = await admin.fetchTopicOffsets(topic);
    return offs
      .map((o) => ({ partition: o.partition, high: o.high, low: o.low }))
      .sort((a, b) => a.partition - b.partition);
  }

  async groupOffsets(groupId: string, topic: string): Promise<Map<number, string>> {
    const admin = await this.getAdmin();
    const res = await admin.fetchOffsets({ groupId, topics: [topic] });
    const out = new Map<number, string>();
    for (const t of res) {
      for (const p of t.partitions) if (p.offset !== '-1') out.set(p.partition, p.offset);
    }
    return out;
  }

  async readAll(topic: string, opts: { timeoutMs?: number } = {}): Promise<LogRecord[]> {
    // fetchTopicOffsets on a missing topic retries its metadata request for minutes
    if (!(await (await this.getAdmin()).listTopics()).includes(topic)) throw new TopicNotFoundError(topic);
    const ends = new Map<number, bigint>();
    for (const o of await this.topicOffsets(topic)) if (BigInt(o.high) > BigInt(o.low)) ends.set(o.partition, BigInt(o.high));
    if (ends.size === 0) return [];
    // a throwaway group that never commits, deleted afterwards: kafkajs cannot read without one
    const groupId = `claimwire-reader-${randomUUID()}`;
    const consumer = this.kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 200 });
    const out: LogRecord[] = [];
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`reading ${topic} did not reach its end within ${opts.timeoutMs ?? 30_000} ms`)),
          opts.timeoutMs ?? 30_000,
        );
        consumer
          .run({
            autoCommit: false,
            eachBatch: async ({ batch }) => {
              const end = ends.get(batch.partition);
              if (end === undefined) return;
              for (const m of batch.messages) {
                if (BigInt(m.offset) >= end) continue;
                out.push({
                  topic: batch.topic,
                  partition: batch.partition,
                  offset: m.offset,
                  key: m.key ? m.key.toString('utf8') : null,
                  value: m.value,
                  headers: headersOf(m),
                  timestamp: m.timestamp,
                });
              }
              // the last offset of a batch may be past a gap (compaction, markers): compare with the end
              if (BigInt(batch.lastOffset()) + 1n >= end) ends.delete(batch.partition);
              if (ends.size === 0) {
                clearTimeout(timer);
                resolve();
              }
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect().catch(() => undefined);
      await (await this.getAdmin()).deleteGroups([groupId]).catch(() => undefined);
    }
    return out.sort((a, b) => a.partition - b.partition || (BigInt(a.offset) < BigInt(b.offset) ? -1 : 1));
  }

  async ping(): Promise<boolean> {
    try {
      const admin = await this.getAdmin();
      await admin.describeCluster();
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    for (const c of this.consumers) await c.disconnect().catch(() => undefined);
    this.consumers.clear();
    await this.producer?.disconnect().catch(() => undefined);
    await this.admin?.disconnect().catch(() => undefined);
    this.producer = null;
    this.admin = null;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
