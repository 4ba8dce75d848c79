/** Services as separate processes (like production), with their peak memory. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from './env';

export const RESULTS_DIR = resolve(REPO_ROOT, 'bench/results');
export const LOGS_DIR = resolve(RESULTS_DIR, 'logs');
export const PROFILES_DIR = resolve(RESULTS_DIR, 'profiles');

export { freePort } from '@claimwire/testing';

/** Peak resident set (VmHWM) of a live process in MB, null when it is gone. */
export function peakRssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** CPU seconds (utime + stime) of a live process, null when it is gone. */
export function cpuSecondsOf(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    // fields after the command name (which may hold spaces): utime and stime are the 12th and 13th
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}

export interface BenchProcess {
  name: string;
  proc: ChildProcess;
  logFile: string;
  /** Highest VmHWM seen so far (MB). */
  peakRssMb(): number | null;
  /** CPU seconds (user + system) the process has used so far (the last sample once it is gone). */
  cpuSeconds(): number | null;
  /** Lines of stdout, as they come (for log timestamps). */
  onLine(fn: (line: string) => void): void;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  /**
   * A TypeScript entry, relative to the repo root. A service's entry
   * (`services/<name>/src/main.ts`) runs as its production bundle, `dist/<name>.mjs`, unless
   * BENCH_SERVICES=tsx; anything else runs under tsx.
   */
  script: string;
  env: Record<string, string>;
  args?: string[];
  /** `taskset -c <cpus>` when taskset exists. */
  cpus?: string;
  cpuProfile?: boolean;
}

/**
 * How services run: `bundle` (default) as the image runs them (`node dist/<name>.mjs`, the
 * esbuild bundles of `npm run build`, built once a bench run), `tsx` from the TypeScript
 * sources (`node --import tsx`, as `npm run start:services` does: tsx's loader thread and
 * its compiled modules add ~50–75 MB of RSS a process).
 */
export function serviceMode(): 'bundle' | 'tsx' {
  const v = process.env.BENCH_SERVICES ?? 'bundle';
  if (v !== 'bundle' && v !== 'tsx') throw new Error(`BENCH_SERVICES must be bundle or tsx, not ${JSON.stringify(v)}`);
  return v;
}

/**
 * The services' V8 flags: BENCH_SERVICE_NODE_OPTIONS when set (empty: none), else what the
 * image and `npm run start:services` give them (scripts/lib/node-options.mjs, the Dockerfile).
 */
export const SERVICE_NODE_OPTIONS = '--max-semi-space-size=8';
export function serviceNodeOptions(): string {
  return process.env.BENCH_SERVICE_NODE_OPTIONS ?? SERVICE_NODE_OPTIONS;
}

let bundlesBuilt = false;
/** `npm run build` once a bench run, so the bundles are this checkout's code. */
function ensureBundles(): void {
  if (bundlesBuilt) return;
  const r = spawnSync(process.execPath, [resolve(REPO_ROOT, 'scripts/build.mjs')], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status})`);
  bundlesBuilt = true;
}

/** The node arguments that run `script`: its bundle for a service entry (see serviceMode), else tsx. */
function entryArgs(script: string): string[] {
  const service = /^services\/([a-z]+)\/src\/main\.ts$/.exec(script)?.[1];
  if (service && serviceMode() === 'bundle') {
    ensureBundles();
    return [resolve(REPO_ROOT, 'dist', `${service}.mjs`)];
  }
  return ['--import', 'tsx', resolve(REPO_ROOT, script)];
}

/** Run a service (or a script) as one node process, so /proc/<pid> is the service itself. */
export function spawnNode(o: SpawnOptions): BenchProcess {
  mkdirSync(LOGS_DIR, { recursive: true });
  const logFile = resolve(LOGS_DIR, `${o.name}.log`);
  const out = createWriteStream(logFile);
  const entry = entryArgs(o.script);
  const nodeArgs: string[] = [];
  if (o.cpuProfile) {
    // a directory a process: node writes one profile per thread (tsx's loader has its own),
    // under default names; the service's is the largest
    const dir = resolve(PROFILES_DIR, o.name);
    mkdirSync(dir, { recursive: true });
    nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${dir}`);
  }
  const [cmd, args] = o.cpus && hasTaskset()
    ? ['taskset', ['-c', o.cpus, process.execPath, ...nodeArgs, ...entry, ...(o.args ?? [])]]
    : [process.execPath, [...nodeArgs, ...entry, ...(o.args ?? [])]];
  const proc = spawn(cmd, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_PRETTY: '0', NODE_OPTIONS: serviceNodeOptions(), ...o.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const listeners: ((line: string) => void)[] = [];
  let rest = '';
  proc.stdout?.on('data', (chunk: Buffer) => {
    out.write(chunk);
    if (listeners.length === 0) return;
    const text = rest + chunk.toString('utf8');
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    for (const l of lines) for (const fn of listeners) fn(l);
  });
  proc.stderr?.pipe(out, { end: false });
  let peak: number | null = null;
  let cpu: number | null = null;
  const sample = () => {
    const v = peakRssMb(proc.pid);
    if (v !== null && (peak === null || v > peak)) peak = v;
    cpu = cpuSecondsOf(proc.pid) ?? cpu;
  };
  const timer = setInterval(sample, 250);
  timer.unref();
  const exited = new Promise<void>((res) => proc.once('exit', () => res()));
  return {
    name: o.name,
    proc,
    logFile,
    peakRssMb: () => {
      sample();
      return peak;
    },
    cpuSeconds: () => {
      sample();
      return cpu;
    },
    onLine: (fn) => listeners.push(fn),
    stop: async () => {
      sample();
      clearInterval(timer);
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.kill('SIGTERM');
        const t = setTimeout(() => proc.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(t);
      }
      out.end();
    },
  };
}

let tasksetKnown: boolean | null = null;
export function hasTaskset(): boolean {
  if (tasksetKnown === null) {
    try {
      tasksetKnown = spawnSyncOk('taskset', ['-c', '0', 'true']);
    } catch {
      tasksetKnown = false;
    }
  }
  return tasksetKnown;
}

function spawnSyncOk(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.status === 0;
}

/** Run a process to completion and collect its stdout. */
export function runToEnd(cmd: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((res, rej) => {
    const p = spawn(cmd, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    p.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    p.once('error', rej);
    p.once('exit', (code) => res({ code, stdout, stderr }));
  });
}

export async function waitUntil<T>(fn: () => Promise<T | null | undefined | false>, o: { timeoutMs: number; what: string; everyMs?: number }): Promise<T> {
  const deadline = Date.now() + o.timeoutMs;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${o.timeoutMs} ms waiting for ${o.what}`);
    await new Promise((r) => setTimeout(r, o.everyMs ?? 200));
  }
}
