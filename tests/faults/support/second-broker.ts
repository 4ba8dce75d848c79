import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT, freePortPair } from '@claimwire/testing';

const run = promisify(execFile);

export interface Broker {
  brokers: string;
  start(): Promise<number>;
  stop(): Promise<number>;
  destroy(): Promise<void>;
}

/**
 * A broker of the test's own (infra/kafka scripts, another port, its own data dir), so that
 * restarting it disturbs no other spec. start/stop resolve with how long they took.
 */
export async function secondBroker(): Promise<Broker> {
  // the controller listens on port + 1: two free ports in a row (a taken port + 1 had failed the broker's start)
  const port = await freePortPair();
  const dataDir = mkdtempSync(join(tmpdir(), 'cw-faults-kafka-'));
  const env = { ...process.env, KAFKA_PORT: String(port), KAFKA_CONTROLLER_PORT: String(port + 1), KAFKA_DATA_DIR: dataDir, KAFKA_HEAP_OPTS: '-Xms128m -Xmx384m' };
  const script = (name: string) => resolve(REPO_ROOT, `infra/kafka/${name}`);
  const timed = async (name: string) => {
    const t = Date.now();
    await run('bash', [script(name)], { env, timeout: 120_000 });
    return Date.now() - t;
  };
  return {
    brokers: `127.0.0.1:${port}`,
    start: () => timed('start.sh'),
    stop: () => timed('stop.sh'),
    destroy: async () => {
      await timed('stop.sh').catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
