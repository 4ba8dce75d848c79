import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { adminDatabaseUrl, freePort, kafkaBrokers, REPO_ROOT, waitFor } from '@claimwire/testing';

/**
 * The commands the README tells a user to run, run as a user runs them: through npm, and
 * stopped by a SIGTERM to the npm process (what a terminal, a supervisor or `kill` sends).
 */

interface Run {
  npm: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  /** Every process seen under npm while it ran (polled): what must all be gone at the end. */
  seen: Set<number>;
}

function npmRun(args: string[], env: Record<string, string | undefined>): Run {
  let out = '';
  const npm = spawn('npm', args, { cwd: REPO_ROOT, env: { ...process.env, LOG_PRETTY: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  npm.stdout?.on('data', (b: Buffer) => (out += b.toString('utf8')));
  npm.stderr?.on('data', (b: Buffer) => (out += b.toString('utf8')));
  const seen = new Set<number>();
  const poll = setInterval(() => {
    for (const p of descendants(npm.pid as number)) seen.add(p);
  }, 100);
  const exited = new Promise<number | null>((res) =>
    npm.once('exit', (code) => {
      clearInterval(poll);
      res(code);
    }),
  );
  return { npm, output: () => out, exited, seen };
}

/** Every process whose ancestry leads to `root` (Linux /proc), root included. */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [pid, pp] of parent) if (pp === out[i]) out.push(pid);
  return out;
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

async function portFree(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createServer();
    s.once('error', () => res(false));
    s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/** SIGTERM to npm only; then no process it started may be left, and the ports are free. */
async function stopViaNpm(run: Run, ports: number[]): Promise<number[]> {
  for (const p of descendants(run.npm.pid as number)) run.seen.add(p);
  const pids = [...run.seen];
  expect(pids.length, 'npm, its shell, the script and the services').toBeGreaterThanOrEqual(4);
  run.npm.kill('SIGTERM');
  await run.exited;
  await waitFor(() => pids.every((p) => !alive(p)), { timeoutMs: 25_000, what: `every process npm started to exit (${pids.join(', ')})` });
  for (const p of ports) expect(await portFree(p), `port ${p} free`).toBe(true);
  return pids;
}

const emptyFeeds = () => {
  const f = join(mkdtempSync(join(tmpdir(), 'cw-start-')), 'feeds.yaml');
  writeFileSync(f, 'feeds: []\n');
  return f;
};

const started: Run[] = [];
afterAll(() => {
  for (const r of started) for (const p of r.seen) if (alive(p)) process.kill(p, 'SIGKILL');
});

describe('npm start', () => {
  it('stops the service when npm gets SIGTERM: no process left, the port free', async () => {
    const port = await freePort();
    // embedded mode: no KAFKA_BROKERS, no DATABASE_URL
    const run = npmRun(['start'], {
      KAFKA_BROKERS: undefined,
      DATABASE_URL: undefined,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'cw-start-data-')),
      FEEDS_FILE: emptyFeeds(),
      EVENTLOG_FSYNC: 'never',
    });
    started.push(run);
    await waitFor(() => answers(`http://127.0.0.1:${port}/healthz`), { timeoutMs: 60_000, what: 'npm start to serve' });
    expect(run.output()).toMatch(new RegExp(`dashboard http://127\\.0\\.0\\.1:${port}/[ ,;]`));
    expect(run.output()).toContain(`http://127.0.0.1:${port}/docs`);
    await stopViaNpm(run, [port]);
  });

  it('names a bad setting in one line, with no stack trace', () => {
    const r = spawnSync('npm', ['start'], { cwd: REPO_ROOT, env: { ...process.env, PORT: 'abc' }, encoding: 'utf8' });
    expect(r.status).toBe(78);
    const lines = r.stderr.split('\n').filter((l) => l.includes('PORT'));
    expect(lines).toEqual(['claimwire: invalid environment: PORT ("abc"): Invalid input: expected number, received NaN']);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('npm run start:services', () => {
  const admin = adminDatabaseUrl();
  const dbName = `cwstart_${Date.now().toString(36)}`;
  const dbUrl = (() => {
    const u = new URL(admin);
    u.pathname = `/${dbName}`;
    return u.toString();
  })();
  afterAll(async () => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).finally(() => c.end());
  });

  async function servicesEnv() {
    const port = await freePort();
    // three consecutive free ports for the workers' health servers
    let base = await freePort();
    while (!(await portFree(base + 1)) || !(await portFree(base + 2))) base = await freePort();
    return {
      port,
      health: [base, base + 1, base + 2],
      env: {
        KAFKA_BROKERS: kafkaBrokers(),
        DATABASE_URL: dbUrl,
        TOPIC_PREFIX: `start-${Date.now().toString(36)}.`,
        PORT: String(port),
        HEALTH_PORT: String(base),
        FEEDS_FILE: emptyFeeds(),
      },
    };
  }

  it('creates the database, gives each worker its own health port, and stops everything on SIGTERM to npm', async () => {
    const { port, health, env } = await servicesEnv();
    const run = npmRun(['run', 'start:services'], env);
    started.push(run);
    for (const p of health) await waitFor(() => answers(`http://127.0.0.1:${p}/healthz`), { timeoutMs: 90_000, what: `health port ${p}` });
    await waitFor(() => answers(`http://127.0.0.1:${port}/healthz`), { timeoutMs: 60_000, what: 'the gateway' });
    expect(run.output()).not.toContain('EADDRINUSE');
    expect(run.output()).toContain(`dashboard http://localhost:${port}/,`);
    expect(run.output()).toContain(`http://localhost:${port}/docs`);
    for (const p of health) expect(run.output()).toContain(`http://localhost:${p}/healthz`);
    // the database did not exist: setup created it
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    const tables = await c.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'dlq_replays'").finally(() => c.end());
    expect(tables.rows[0].n).toBe(1);
    await stopViaNpm(run, [port, ...health]);
  }, 180_000);

  it('exits non-zero and stops the others when a service crashes', async () => {
    const { port, health, env } = await servicesEnv();
    // the projector cannot bind its health port: it fails to start
    const squatter: Server = createServer();
    await new Promise<void>((r) => squatter.listen(health[2], '0.0.0.0', () => r()));
    try {
      const run = npmRun(['run', 'start:services'], env);
      started.push(run);
      const code = await run.exited;
      expect(code).not.toBe(0);
      expect(run.output()).toMatch(/projector exited \(1\); stopping the others/);
      expect(run.seen.size, 'npm, its shell, the script, setup and the services').toBeGreaterThanOrEqual(6);
      expect([...run.seen].filter(alive)).toEqual([]);
      for (const p of [port, health[0] as number, health[1] as number]) expect(await portFree(p), `port ${p} free`).toBe(true);
    } finally {
      squatter.close();
    }
  }, 180_000);
});
