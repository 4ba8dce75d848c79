import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT, freePort } from '@claimwire/testing';

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
  // the controller listens on port + 1: find two free ports in a row
  let port = 0;
  for (let i = 0; i < 20 && !port; i++) {
    const p = await freePort();
    if (p < 65_000) port = p;
  }
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
