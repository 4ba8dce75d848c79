import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { REPO_ROOT } from './services';

export const ARTIFACTS_DIR = resolve(REPO_ROOT, 'test-artifacts');

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

/** Whether nothing listens on a port of 127.0.0.1 now (a bind that succeeds and is let go). */
export async function portIsFree(port: number): Promise<boolean> {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => res(true)));
  });
}

/** Two free ports in a row (a Kafka broker's listener and its controller's on the next one). */
export async function freePortPair(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const p = await freePort();
    if (p < 65_000 && (await portIsFree(p + 1))) return p;
  }
  throw new Error('no two free ports in a row on 127.0.0.1 after 50 tries');
}

// every service a spec started, killed when the test worker exits however the spec ended,
// so a failed or timed-out spec never leaves services running behind it
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const p of live) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
});

export interface ServiceProcess {
  name: string;
  proc: ChildProcess;
  logFile: string;
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  exited: Promise<number | string>;
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | string>;
}

/**
 * Run one service (services/<name>/src/main.ts) as its own process, its JSON log written to
 * test-artifacts/<logName>.log for post-mortems.
 */
export function spawnService(name: string, env: Record<string, string>, logName = name): ServiceProcess {
  const logFile = resolve(ARTIFACTS_DIR, `${logName}.log`);
  mkdirSync(dirname(logFile), { recursive: true });
  const out = createWriteStream(logFile, { flags: 'a' });
  // node itself with tsx as a loader, not the tsx wrapper: a signal (SIGKILL included) then
  // reaches the service process, with no grandchild left running behind a killed wrapper
  const proc = spawn(process.execPath, ['--import', 'tsx', resolve(REPO_ROOT, `services/${name}/src/main.ts`)], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_PRETTY: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.pipe(out, { end: false });
  proc.stderr?.pipe(out, { end: false });
  live.add(proc);
  const exited = new Promise<number | string>((res) => {
    proc.once('exit', (code, signal) => {
      live.delete(proc);
      out.end();
      res(code ?? signal ?? 'unknown');
    });
  });
  return {
    name,
    proc,
    logFile,
    exited,
    stop: async (signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 15_000) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return exited;
      proc.kill(signal);
      const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
      const r = await exited;
      clearTimeout(timer);
      return r;
    },
  };
}
