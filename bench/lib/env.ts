/** Where the benchmarks find Kafka and Postgres, and resources of their own on both. */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import { z } from 'zod';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

const BenchEnv = z.object({
  KAFKA_BROKERS: z.string().min(1).default('127.0.0.1:9092'),
  /** Any database on the server: the benchmarks create (and drop) databases of their own from it. */
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/postgres'),
  /** Articles published in the pipeline stage. */
  BENCH_ARTICLES: z.coerce.number().int().min(100).default(50_000),
  /** Extractor processes in the pipeline stage (one consumer group; Kafka shares the 6 partitions). */
  BENCH_EXTRACTORS: z.coerce.number().int().min(1).max(6).default(1),
  /** Claims in the gateway's database. */
  BENCH_GATEWAY_CLAIMS: z.coerce.number().int().min(1000).default(100_000),
  /** Seconds of load per endpoint and server in the gateway stage. */
  BENCH_GATEWAY_SECONDS: z.coerce.number().int().min(1).default(10),
  /** Items in the freshness stage. */
  BENCH_FRESHNESS_ITEMS: z.coerce.number().int().min(10).default(200),
  /** Streams open at once in the stream stage. */
  BENCH_STREAMS: z.coerce.number().int().min(1).max(10_000).default(200),
  /** Claims projected per second while they are open. */
  BENCH_STREAM_RATE: z.coerce.number().int().min(1).max(10_000).default(50),
  /** Seconds of claims flowing. */
  BENCH_STREAM_SECONDS: z.coerce.number().int().min(2).default(20),
  /** Write V8 CPU profiles of the spawned services into bench/results/profiles/. */
  BENCH_CPU_PROF: z.enum(['0', '1']).default('0'),
});
export type BenchEnv = z.infer<typeof BenchEnv>;

export function loadBenchEnv(): BenchEnv {
  const r = BenchEnv.safeParse(process.env);
  if (!r.success) {
    const detail = r.error.issues.map((i) => `${i.path.join('.')} (${i.message})`).join(', ');
    throw new Error(`invalid benchmark configuration in environment: ${detail}`);
  }
  return r.data;
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh empty database of its own (the services migrate it themselves). */
export async function createDatabase(adminUrl: string, label: string): Promise<BenchDatabase> {
  const name = `cwbench_${label}_${uniqueSuffix()}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  return { name, url: withDatabase(adminUrl, name), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** Topics created under one prefix, deleted again by `drop`. */
export interface BenchTopics {
  prefix: string;
  kafka: Kafka;
  create(names: string[], partitions?: number): Promise<void>;
  drop(): Promise<void>;
}

export function benchTopics(brokers: string, label: string): BenchTopics {
  const prefix = `bench${uniqueSuffix()}.${label}.`;
  const kafka = new Kafka({ clientId: `claimwire-bench-${label}`, brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  return {
    prefix,
    kafka,
    create: async (names, partitions = 6) => {
      const admin = kafka.admin();
      await admin.connect();
      try {
        await admin.createTopics({
          waitForLeaders: true,
          topics: names.map((n) => ({ topic: `${prefix}${n}`, numPartitions: partitions, replicationFactor: 1 })),
        });
      } finally {
        await admin.disconnect();
      }
    },
    drop: async () => {
      const admin = kafka.admin();
      await admin.connect();
      try {
        const mine = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
        if (mine.length) await admin.deleteTopics({ topics: mine, timeout: 30_000 });
        const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.startsWith(prefix));
        if (groups.length) await admin.deleteGroups(groups).catch(() => undefined);
      } finally {
        await admin.disconnect();
      }
    },
  };
}
