import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export interface TestServices {
  kafkaBrokers: string;
  /** A connection string to a database the tests may create other databases from. */
  databaseUrl: string;
  source: 'environment' | 'testcontainers' | 'local-infra';
  stop(): Promise<void>;
}

async function containerRuntimeAvailable(): Promise<boolean> {
  if (process.env.CLAIMWIRE_NO_CONTAINERS === '1') return false;
  const sockets = ['/var/run/docker.sock', `${process.env.HOME}/.docker/run/docker.sock`, `${process.env.XDG_RUNTIME_DIR}/podman/podman.sock`];
  if (!process.env.DOCKER_HOST && !sockets.some((s) => existsSync(s))) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function fromContainers(): Promise<TestServices> {
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const [kafka, pg] = await Promise.all([
    new KafkaContainer('confluentinc/cp-kafka:7.9.0').withKraft().start(),
    new PostgreSqlContainer('postgres:16-alpine').start(),
  ]);
  return {
    kafkaBrokers: `${kafka.getHost()}:${kafka.getMappedPort(9093)}`,
    databaseUrl: pg.getConnectionUri(),
    source: 'testcontainers',
    stop: async () => {
      await Promise.allSettled([kafka.stop(), pg.stop()]);
    },
  };
}

/** Whether something accepts TCP connections on host:port. */
function portOpen(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const s = connect({ host, port });
    const end = (v: boolean) => {
      s.destroy();
      done(v);
    };
    s.setTimeout(2000, () => end(false));
    s.once('connect', () => end(true));
    s.once('error', () => end(false));
  });
}

async function fromLocalInfra(): Promise<TestServices> {
  execFileSync('bash', [resolve(REPO_ROOT, 'infra/postgres/ensure.sh')], { stdio: 'inherit' });
  const port = process.env.KAFKA_PORT ?? '9092';
  // a broker already answering (ours, or one started from another checkout) is used as it
  // is; otherwise start.sh starts ours, which `npm test` stops again when it ends
  if (!(await portOpen(process.env.KAFKA_HOST ?? '127.0.0.1', Number(port)))) {
    execFileSync('bash', [resolve(REPO_ROOT, 'infra/kafka/start.sh')], { stdio: 'inherit' });
  }
  return {
    kafkaBrokers: `127.0.0.1:${port}`,
    databaseUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
    source: 'local-infra',
    stop: async () => undefined, // scripts/test/broker.mjs stops a broker the run started, after the last pass
  };
}

/**
 * Real Kafka and Postgres for tests, in this order: KAFKA_BROKERS / DATABASE_URL when set;
 * else testcontainers when a container runtime exists; else the local broker and server
 * under infra/.
 */
export async function resolveTestServices(): Promise<TestServices> {
  const envKafka = process.env.KAFKA_BROKERS;
  const envDb = process.env.DATABASE_URL;
  if (envKafka && envDb) {
    return { kafkaBrokers: envKafka, databaseUrl: envDb, source: 'environment', stop: async () => undefined };
  }
  const base = (await containerRuntimeAvailable()) ? await fromContainers() : await fromLocalInfra();
  return {
    ...base,
    kafkaBrokers: envKafka ?? base.kafkaBrokers,
    databaseUrl: envDb ?? base.databaseUrl,
    source: envKafka || envDb ? 'environment' : base.source,
  };
}
