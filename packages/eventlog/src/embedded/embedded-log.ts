import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '@claimwire/logging';
import {
  EventLogFatalError,
  type BatchContext,
  type EventLog,
  type LogRecord,
  type OutgoingRecord,
  type PartitionOffsets,
  type SubscribeOptions,
  type Subscription,
  type TopicSpec,
} from '../port';
import { retryDelayMs } from '../retry';
import { lockDir } from './dir-lock';
import { fileSafe, readJsonIfExists, writeFileAtomic } from './files';
import { GroupStore } from './group-store';
import { partitionForKey } from './murmur2';
import { PartitionLog } from './partition-log';
import type { StoredRecord } from './record-codec';

export interface EmbeddedEventLogOptions {
  /** Directory of the log; created if missing. One process at a time. */
  dir: string;
  logger: Logger;
  /**
   * 'always' (default): publish and commit resolve only after the data is fsynced, so
   * nothing acknowledged is lost on a crash or power cut. 'never': leave flushing to the OS
   * (a process crash loses nothing, a power cut may lose the last writes): for tests.
   */
  fsync?: 'always' | 'never';
  /** Called when a consumer cannot go on (its committed offsets cannot be written). */
  onFatal?: (err: EventLogFatalError) => void;
}

const TopicMeta = z.object({
  topic: z.string(),
  partitions: z.number().int().min(1),
  config: z.record(z.string(), z.string()).default({}),
});

interface Topic {
  name: string;
  partitions: PartitionLog[];
}

interface Assignment {
  topic: Topic;
  partition: number;
  position: number;
}

/**
 * The event log on local disk, for running claimwire in one process without Kafka. It is
 * NOT a second Kafka: no network, no replication, no retention, one process (a LOCK file
 * says which). What it keeps of Kafka's contract is what the services rely on: per-topic
 * partitions chosen by murmur2 of the key (as Kafka's default partitioner), offsets, keys
 * and headers, consumer groups with committed offsets, replay from offset 0, at-least-once
 * delivery (commit after the handler resolves) and retry-with-backoff of a failed batch.
 * Each group has one member, which gets every partition of its topics.
 */
export class EmbeddedEventLog implements EventLog {
  readonly kind = 'embedded' as const;
  private readonly fsync: boolean;
  private readonly topics = new Map<string, Topic>();
  private readonly groups: GroupStore;
  private readonly activeGroups = new Map<string, { stop(): Promise<void> }>();
  private readonly waiters = new Set<() => void>();
  private readonly subscriptions = new Set<{ stop(): Promise<void> }>();
  private opening: Promise<void> | null = null;
  private unlock: (() => void) | null = null;
  private closed = false;
  private roundRobin = 0;

  constructor(private readonly opts: EmbeddedEventLogOptions) {
    this.fsync = (opts.fsync ?? 'always') === 'always';
    this.groups = new GroupStore(join(opts.dir, 'groups'), this.fsync);
  }

  connect(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the embedded event log is closed'));
    this.opening ??= this.openAll().catch((err: unknown) => {
      this.opening = null;
      throw err;
    });
    return this.opening;
  }

  private async openAll(): Promise<void> {
    await mkdir(join(this.opts.dir, 'topics'), { recursive: true });
    this.unlock = lockDir(this.opts.dir);
    try {
      for (const entry of await readdir(join(this.opts.dir, 'topics'), { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        const raw = await readJsonIfExists(join(this.opts.dir, 'topics', entry.name, 'topic.json'));
        if (raw === undefined) continue;
        const meta = TopicMeta.parse(raw);
        await this.openTopic(meta.topic, meta.partitions);
      }
    } catch (err) {
      this.unlock();
      this.unlock = null;
      throw err;
    }
  }

  private topicDir(topic: string): string {
    return join(this.opts.dir, 'topics', fileSafe(topic));
  }

  private async openTopic(name: string, partitions: number): Promise<Topic> {
    const logs: PartitionLog[] = [];
    for (let p = 0; p < partitions; p++) logs.push(await PartitionLog.open(join(this.topicDir(name), `${p}.log`), this.opts.logger));
    const t = { name, partitions: logs };
    this.topics.set(name, t);
    return t;
  }

  private async topic(name: string): Promise<Topic> {
    await this.connect();
    const t = this.topics.get(name);
    if (!t) throw new Error(`topic ${name} does not exist in the embedded event log (create it with ensureTopics)`);
    return t;
  }

  async ensureTopics(specs: TopicSpec[]): Promise<void> {
    await this.connect();
    for (const s of specs) {
      if (this.topics.has(s.topic)) continue;
      await mkdir(this.topicDir(s.topic), { recursive: true });
      await this.openTopic(s.topic, s.partitions);
      // topic.json last: a topic without it is ignored on open, so a crash here leaves no half topic
      await writeFileAtomic(
        join(this.topicDir(s.topic), 'topic.json'),
        JSON.stringify({ topic: s.topic, partitions: s.partitions, config: s.config ?? {} }),
        this.fsync,
      );
    }
  }

  async publish(topic: string, records: OutgoingRecord[]): Promise<void> {
    if (records.length === 0) return;
    const t = await this.topic(topic);
    const n = t.partitions.length;
    const byPartition = new Map<number, OutgoingRecord[]>();
    for (const r of records) {
      const p = r.key !== null ? partitionForKey(r.key, n) : (this.roundRobin++ & 0x7fffffff) % n;
      const list = byPartition.get(p) ?? [];
      list.push(r);
      byPartition.set(p, list);
    }
    await Promise.all(
      [...byPartition].map(([p, rs]) =>
        (t.partitions[p] as PartitionLog).append(
          rs.map((r) => ({ key: r.key, value: r.value, headers: r.headers ?? {} })),
          this.fsync,
        ),
      ),
    );
    for (const wake of [...this.waiters]) wake();
  }

  async topicOffsets(topic: string): Promise<PartitionOffsets[]> {
    const t = await this.topic(topic);
    return t.partitions.map((log, partition) => ({ partition, high: String(log.high), low: '0' }));
  }

  async groupOffsets(groupId: string, topic: string): Promise<Map<number, string>> {
    await this.connect();
    return this.groups.offsets(groupId, topic);
  }

  async ping(): Promise<boolean> {
    if (this.closed) return false;
    try {
      await this.connect();
      return true;
    } catch {
      return false;
    }
  }

  /** Resolves when something is published, when `ms` pass, or when `cancel` is called. */
  private waitForData(ms: number): { done: Promise<void>; cancel: () => void } {
    let cancel = () => undefined as void;
    const done = new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(finish);
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.waiters.add(finish);
      cancel = finish;
    });
    return { done, cancel };
  }

  async subscribe(opts: SubscribeOptions): Promise<Subscription> {
    const topics = await Promise.all(opts.topics.map((t) => this.topic(t)));
    if (this.activeGroups.has(opts.groupId)) {
      throw new Error(`consumer group ${opts.groupId} already has a member; the embedded event log gives each group one member`);
    }
    const log = this.opts.logger.child({ groupId: opts.groupId });
    const assignments: Assignment[] = [];
    for (const t of topics) {
      const committed = await this.groups.offsets(opts.groupId, t.name);
      for (const [partition, p] of t.partitions.entries()) {
        const own = opts.startOffset ? await opts.startOffset(t.name, partition) : null;
        const c = own ?? committed.get(partition);
        const position = c !== undefined ? Number(c) : (opts.fromBeginning ?? true) ? 0 : p.high;
        assignments.push({ topic: t, partition, position });
      }
    }
    const maxBytes = opts.maxBytesPerPartition ?? 1_048_576;
    const maxWait = opts.maxWaitTimeMs ?? 500;
    let running = true;
    let pendingWait: { cancel: () => void } | null = null;
    const wakeUp = () => pendingWait?.cancel();

    const sleep = (ms: number) => {
      const w = this.waitForData(ms);
      pendingWait = w;
      return w.done.finally(() => {
        if (pendingWait === w) pendingWait = null;
      });
    };

    /** One batch of one partition; false when it was abandoned because of shutdown. */
    const runBatch = async (a: Assignment, stored: StoredRecord[]): Promise<boolean> => {
      const records: LogRecord[] = stored.map((r) => ({
        topic: a.topic.name,
        partition: a.partition,
        offset: r.offset.toString(),
        key: r.key,
        value: r.value,
        headers: r.headers,
        timestamp: r.timestamp.toString(),
      }));
      const ctx: BatchContext = { topic: a.topic.name, partition: a.partition, heartbeat: async () => undefined, isRunning: () => running };
      for (let attempt = 1; ; attempt++) {
        try {
          await opts.handleBatch(records, ctx);
          break;
        } catch (err) {
          opts.onHandlerError?.(err, { topic: a.topic.name, partition: a.partition, attempt });
          if (!running) return false; // abandon uncommitted: redelivered after a restart
          await sleep(retryDelayMs(attempt));
          if (!running) return false;
        }
      }
      const next = a.position + records.length;
      await this.groups.commit(opts.groupId, a.topic.name, a.partition, String(next));
      a.position = next;
      return true;
    };

    const loop = async () => {
      while (running) {
        let worked = false;
        for (const a of assignments) {
          if (!running) break;
          const pl = a.topic.partitions[a.partition] as PartitionLog;
          if (a.position >= pl.high) continue;
          const stored = await pl.read(a.position, maxBytes);
          if (!(await runBatch(a, stored))) break;
          worked = true;
        }
        if (!worked && running) await sleep(maxWait);
      }
    };

    const member = {
      stop: async () => {
        running = false;
        wakeUp();
        await done;
        this.activeGroups.delete(opts.groupId);
      },
    };
    this.activeGroups.set(opts.groupId, member);
    this.subscriptions.add(member);
    const done = loop().catch((err: unknown) => {
      running = false;
      log.error({ err }, 'embedded consumer failed and stopped');
      this.activeGroups.delete(opts.groupId);
      const fatal = new EventLogFatalError(`consumer ${opts.groupId} failed: ${(err as Error).message}`, err);
      if (this.opts.onFatal) this.opts.onFatal(fatal);
    });
    return {
      stop: async () => {
        await member.stop();
        this.subscriptions.delete(member);
      },
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.subscriptions].map((s) => s.stop()));
    this.subscriptions.clear();
    await this.opening?.catch(() => undefined);
    for (const t of this.topics.values()) for (const p of t.partitions) await p.close().catch(() => undefined);
    this.topics.clear();
    this.unlock?.();
    this.unlock = null;
  }
}
