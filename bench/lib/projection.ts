/** Feed events straight into the projector's batch handler (no broker), as Kafka would deliver them. */
import { encodeArticle, encodeClaim, type ArticleIngested, type Claim, type WireMessage } from '@claimwire/events';
import type { EventLog, LogRecord } from '@claimwire/eventlog';
import { silentLogger } from '@claimwire/logging';
import { createProjectionHandler } from '@claimwire/projector';
import { READ_MODEL_VERSION, ensureVersion, schemaFor } from '@claimwire/readmodel';
import { PgSql, migrate } from '@claimwire/sql';

export const PARTITIONS = 6;
/** About what one fetch of 1 MB per partition brings (claims are ~2 KB on the wire). */
export const BATCH = 500;

function partitionOf(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return Math.abs(h) % PARTITIONS;
}

export interface Delivery {
  topic: string;
  partition: number;
  records: LogRecord[];
}

/** Partition by key, then deliver batches round-robin over the partitions, offsets in order. */
export function deliveries(topic: string, messages: WireMessage[], batch = BATCH): Delivery[] {
  const parts: LogRecord[][] = Array.from({ length: PARTITIONS }, () => []);
  const now = String(Date.now());
  for (const m of messages) {
    const p = partitionOf(m.key ?? '');
    const list = parts[p] as LogRecord[];
    list.push({ topic, partition: p, offset: String(list.length), key: m.key, value: m.value, headers: m.headers, timestamp: now });
  }
  const out: Delivery[] = [];
  for (let start = 0; parts.some((l) => l.length > start); start += batch) {
    parts.forEach((l, partition) => {
      const records = l.slice(start, start + batch);
      if (records.length) out.push({ topic, partition, records });
    });
  }
  return out;
}

export function claimMessages(claims: Claim[]): WireMessage[] {
  const time = new Date();
  return claims.map((c) => encodeClaim(c, 'claimwire/bench', time));
}

export function articleMessages(articles: ArticleIngested[]): WireMessage[] {
  const time = new Date();
  return articles.map((a) => encodeArticle(a, 'claimwire/bench', time));
}

const noBroker = {
  publish: async () => {
    throw new Error('the benchmark feeds valid events only: nothing should be dead-lettered');
  },
} as unknown as EventLog;

export interface InProcessProjector {
  sql: PgSql;
  schema: string;
  apply(d: Delivery[]): Promise<void>;
}

/** A migrated database with the active read-model version, and the real projection handler over it. */
export async function inProcessProjector(url: string): Promise<InProcessProjector> {
  const sql = new PgSql({ connectionString: url, max: 4, applicationName: 'claimwire-bench' });
  await migrate(sql);
  await ensureVersion(sql, READ_MODEL_VERSION);
  const schema = schemaFor(READ_MODEL_VERSION);
  const handler = createProjectionHandler({ sql, log: noBroker, logger: silentLogger(), version: READ_MODEL_VERSION, schema, deadLetterTopics: {} });
  const ctx = (d: Delivery) => ({ topic: d.topic, partition: d.partition, heartbeat: async () => undefined, isRunning: () => true });
  return {
    sql,
    schema,
    apply: async (ds) => {
      for (const d of ds) await handler(d.records, ctx(d));
    },
  };
}

