import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, waitFor } from '@claimwire/testing';

const SKIP = new Set(['node_modules', '.data', '.git', 'coverage', 'test-artifacts']);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** RSS in MiB of a process and all its descendants (Linux ps). */
function treeRssMiB(pid: number): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, pp] of rows) if (tree.has(pp) && !tree.has(p)) (tree.add(p), (grew = true));
  }
  return Math.round(rows.filter(([p]) => tree.has(p)).reduce((s, [, , rss]) => s + rss, 0) / 1024);
}

/**
 * `npm start` on a fresh copy of the project, with no Kafka and no Postgres server: the
 * working tree is copied (node_modules linked, package-lock timestamps kept so no install
 * runs), the sample-feeds port is moved to a free one, and the REST API must answer with
 * tolls, talks and strikes from the shipped sample feeds.
 */
describe('npm start (standalone, embedded adapters)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-standalone-'));
  let child: ChildProcess | null = null;
  let output = '';
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves tolls, talks and strikes from the sample feeds, then stops cleanly on SIGTERM', async () => {
    cpSync(REPO_ROOT, dir, {
      recursive: true,
      preserveTimestamps: true,
      filter: (src) => !relative(REPO_ROOT, src).split('/').some((part) => SKIP.has(part)) && !src.includes('infra/kafka/.data'),
    });
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'));
    const [apiPort, feedsPort] = [await freePort(), await freePort()];
    const feedsYaml = join(dir, 'config/feeds.yaml');
    writeFileSync(feedsYaml, readFileSync(feedsYaml, 'utf8').replaceAll('127.0.0.1:8081', `127.0.0.1:${feedsPort}`));

    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(apiPort), LOG_LEVEL: 'info', LOG_PRETTY: '0' };
    delete env.KAFKA_BROKERS;
    delete env.DATABASE_URL;
    const started = Date.now();
    child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((r) => child?.once('exit', (code) => r(code)));

    const api = `http://127.0.0.1:${apiPort}`;
    const items = async (path: string) => {
      const res = await fetch(`${api}${path}`);
      if (!res.ok) return undefined;
      const body = (await res.json()) as { items: unknown[] };
      return body.items.length > 0 ? body.items : undefined;
    };
    const tolls = await waitFor(() => items('/v1/tolls'), { timeoutMs: 90_000, intervalMs: 250, what: `tolls (output so far: ${output.slice(-2000)})` });
    const firstTollMs = Date.now() - started;
    const talks = await waitFor(() => items('/v1/talks'), { timeoutMs: 30_000, what: 'talks' });
    const strikes = await waitFor(() => items('/v1/strikes'), { timeoutMs: 30_000, what: 'strikes' });
    const rss = treeRssMiB(child.pid as number);
    console.log(`[standalone] first toll served ${firstTollMs} ms after start; RSS of the process tree ${rss} MiB`);

    expect(tolls.length).toBeGreaterThan(0);
    expect(talks.length).toBeGreaterThan(0);
    expect(strikes.length).toBeGreaterThan(0);
    expect(JSON.stringify(tolls)).toMatch(/kyiv-wire|eastern-dispatch|frontline-brief/);
    expect(output).toMatch(/claimwire is running: embedded \(on-disk event log \+ PGlite, no servers\), data in \.\/\.data; dashboard http:\/\/localhost:\d+\/, API docs http:\/\/localhost:\d+\/docs, health http:\/\/localhost:\d+\/healthz/);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toMatch(/claimwire stopped/);
  }, 150_000);
});
