/**
 * The run stops the local broker it started and leaves alone one that was running. Tried
 * on a stand-in broker (a process named kafka.Kafka with its pid file in a data dir of its
 * own, on a port of its own), so the shared broker is never touched; infra/kafka/stop.sh
 * does the stopping, as in a real run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { guardLocalBroker } from './broker.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup.splice(0)) c();
});

const alive = (p: ChildProcess) => p.exitCode === null && p.signalCode === null;

/** A process that infra/kafka's scripts take for their broker, and a port to go with it. */
async function standInBroker(listen: boolean): Promise<{ env: NodeJS.ProcessEnv; proc: ChildProcess }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cw-kafka-'));
  mkdirSync(dataDir, { recursive: true });
  const proc = spawn('bash', ['-c', 'exec -a kafka.Kafka sleep 120'], { stdio: 'ignore' });
  await new Promise((r) => proc.once('spawn', r));
  await new Promise((r) => setTimeout(r, 100));
  writeFileSync(join(dataDir, 'kafka.pid'), `${proc.pid}\n`);
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  if (!listen) await new Promise((r) => server.close(r));
  cleanup.push(() => {
    proc.kill('SIGKILL');
    server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, KAFKA_DATA_DIR: dataDir, KAFKA_PORT: String(port), KAFKA_STOP_TIMEOUT: '5' };
  return { env, proc };
}

describe('guardLocalBroker', () => {
  it('stops a broker that was not answering when the run began (the run started it)', async () => {
    const { env, proc } = await standInBroker(false);
    const guard = await guardLocalBroker({ root: ROOT, env, log: () => undefined });
    expect(guard.wasRunning).toBe(false);
    guard.release();
    await new Promise((r) => setTimeout(r, 300));
    expect(alive(proc)).toBe(false);
  });

  it('leaves alone a broker that was already answering', async () => {
    const { env, proc } = await standInBroker(true);
    const guard = await guardLocalBroker({ root: ROOT, env, log: () => undefined });
    expect(guard.wasRunning).toBe(true);
    guard.release();
    await new Promise((r) => setTimeout(r, 300));
    expect(alive(proc)).toBe(true);
  });

  it('leaves brokers named by KAFKA_BROKERS to whoever runs them', async () => {
    const { env, proc } = await standInBroker(false);
    const guard = await guardLocalBroker({ root: ROOT, env: { ...env, KAFKA_BROKERS: '127.0.0.1:1' }, log: () => undefined });
    guard.release();
    await new Promise((r) => setTimeout(r, 300));
    expect(alive(proc)).toBe(true);
  });
});
