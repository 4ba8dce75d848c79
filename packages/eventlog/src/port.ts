/**
 * The event-log port. Services only see this; the Kafka adapter (and an embedded one)
 * implement it. Delivery is at-least-once per partition: a batch's offsets are committed
 * only after its handler resolves, so a crash re-delivers the batch.
 */
export interface LogRecord {
  topic: string;
  partition: number;
  /** Decimal string: Kafka offsets are 64-bit. */
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
  /** Milliseconds since the epoch, as a decimal string. */
  timestamp: string;
}

export interface OutgoingRecord {
  key: string | null;
  value: Buffer;
  headers?: Record<string, string>;
}

export interface BatchContext {
  topic: string;
  partition: number;
  /** Call during long work so the group does not think this member died. */
  heartbeat(): Promise<void>;
  /** False once shutdown has begun: stop taking more records. */
  isRunning(): boolean;
}

export type BatchHandler = (records: LogRecord[], ctx: BatchContext) => Promise<void>;

export interface SubscribeOptions {
  groupId: string;
  topics: string[];
  /** Where a group with no committed offset starts. Default true: the log is the source of truth. */
  fromBeginning?: boolean;
  handleBatch: BatchHandler;
  /** Called when a handler fails (an infrastructure fault); the batch is retried after a backoff. */
  onHandlerError?: (err: unknown, ctx: { topic: string; partition: number; attempt: number }) => void;
  maxBytesPerPartition?: number;
  /**
   * Where to start each partition this member is assigned, overriding the group's committed
   * offset: a consumer that keeps its own checkpoints (in the same transaction as its
   * writes) resumes from them, even if the broker's committed offsets say otherwise (e.g.
   * after a database restore). Return null to use the committed offset.
   */
  startOffset?: (topic: string, partition: number) => Promise<string | null>;
  /** Longest a fetch waits for new records; also bounds how long a rebalance waits on this member. */
  maxWaitTimeMs?: number;
}

export interface Subscription {
  /** Stop fetching, let the in-flight batch finish (or abandon it uncommitted), leave the group. */
  stop(): Promise<void>;
}

export interface PartitionOffsets {
  partition: number;
  /** Next offset to be written (log end). */
  high: string;
  /** First offset still held. */
  low: string;
}

export interface TopicSpec {
  topic: string;
  partitions: number;
  config?: Record<string, string>;
}

export interface EventLog {
  readonly kind: 'kafka' | 'embedded';
  connect(): Promise<void>;
  publish(topic: string, records: OutgoingRecord[]): Promise<void>;
  subscribe(opts: SubscribeOptions): Promise<Subscription>;
  ensureTopics(specs: TopicSpec[]): Promise<void>;
  topicOffsets(topic: string): Promise<PartitionOffsets[]>;
  /** Committed offsets of a group per partition (next offset to read); partitions with none are absent. */
  groupOffsets(groupId: string, topic: string): Promise<Map<number, string>>;
  /** True when the broker answers a metadata request. */
  ping(): Promise<boolean>;
  /**
   * Every record a topic holds right now (up to each partition's current end), in partition
   * and offset order, read without a consumer group's committed offsets (tools like the DLQ
   * CLI). Optional: adapters that cannot do it leave it out.
   */
  readAll?(topic: string, opts?: { timeoutMs?: number }): Promise<LogRecord[]>;
  close(): Promise<void>;
}

/** A tool asked to read a topic the broker does not have (readAll: fails at once, no retrying). */
export class TopicNotFoundError extends Error {
  constructor(public readonly topic: string) {
    super(`topic ${topic} does not exist`);
    this.name = 'TopicNotFoundError';
  }
}

/** The fatal condition a supervisor must see: the adapter gave up and will not restart itself. */
export class EventLogFatalError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'EventLogFatalError';
  }
}
