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

export interface BenchProcess {
  name: string;
  proc: ChildProcess;
  logFile: string;
  /** Highest VmHWM seen so far (MB). */
  peakRssMb(): number | null;
  /** Lines of stdout, as they come (for log timestamps). */
  onLine(fn: (line: string) => void): void;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  /** A TypeScript entry, relative to the repo root. */
  script: string;
  env: Record<string, string>;
  args?: string[];
  /** `taskset -c <cpus>` when taskset exists. */
  cpus?: string;
  cpuProfile?: boolean;
}

/** Run `node --import tsx <script>`: one process, so /proc/<pid> is the service itself. */
export function spawnNode(o: SpawnOptions): BenchProcess {
  mkdirSync(LOGS_DIR, { recursive: true });
  const logFile = resolve(LOGS_DIR, `${o.name}.log`);
  const out = createWriteStream(logFile);
  const nodeArgs = ['--import', 'tsx'];
  if (o.cpuProfile) {
    // a directory a process: node writes one profile per thread (tsx's loader has its own),
    // under default names; the service's is the largest
    const dir = resolve(PROFILES_DIR, o.name);
    mkdirSync(dir, { recursive: true });
    nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${dir}`);
  }
  const [cmd, args] = o.cpus && hasTaskset()
    ? ['taskset', ['-c', o.cpus, process.execPath, ...nodeArgs, resolve(REPO_ROOT, o.script), ...(o.args ?? [])]]
    : [process.execPath, [...nodeArgs, resolve(REPO_ROOT, o.script), ...(o.args ?? [])]];
  const proc = spawn(cmd, args, { cwd: REPO_ROOT, env: { ...process.env, LOG_PRETTY: '0', ...o.env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
  const sample = () => {
    const v = peakRssMb(proc.pid);
    if (v !== null && (peak === null || v > peak)) peak = v;
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
