// Process supervision for the start scripts (plain Node, no dependencies: they run before
// `npm install`). The problem it solves: `npm start` runs `sh -c "node scripts/start.mjs"`;
// a SIGTERM to npm is passed to that shell, which dies of it without passing it on, so the
// script (and its services) were re-parented to init and kept serving. Here the script
// notices that its launcher is gone and stops its children as if it had been signalled;
// the children, connected over IPC, stop by themselves if the script itself is killed.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { projectNode } from './project-node.mjs';

const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

/** The exit status a shell reports for a process that ended by `signal`. */
export function signalStatus(signal) {
  return 128 + (SIGNAL_NUMBERS[signal] ?? 1);
}

/** The parent pid of `pid` (Linux /proc), or null when it cannot be read. */
function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name is in parentheses and may hold spaces: fields follow the last ')'
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : null;
  } catch {
    return null;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/**
 * Call `onGone` once when the process that launched this script goes away: the direct
 * parent (the script is re-parented) or, under npm, npm itself (the shell between them may
 * outlive it). Polls twice a second; the timer does not keep the process alive.
 */
export function watchLauncher(onGone, intervalMs = 500) {
  const parent = process.ppid;
  const npm = process.env.npm_lifecycle_event ? parentOf(parent) : null;
  const timer = setInterval(() => {
    if (process.ppid !== parent || (npm !== null && !alive(npm))) {
      clearInterval(timer);
      onGone();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Start a service as a child with an IPC channel: when this script dies, however it dies,
 * the channel closes and the service shuts down (packages/runtime stops on 'disconnect').
 */
export function spawnService(args, opts) {
  return spawn(projectNode(), args, { ...opts, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

/** Resolve when `child` has exited (at once if it already has). */
export function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Stop `children` with SIGTERM, and SIGKILL those still running after `graceMs`.
 * Resolves with true when every child stopped within the grace period.
 */
export async function stopChildren(children, graceMs) {
  const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
  for (const c of running) c.kill('SIGTERM');
  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve(false), graceMs);
  });
  const clean = await Promise.race([Promise.all(running.map(exited)).then(() => true), timedOut]);
  clearTimeout(timer);
  if (!clean) {
    for (const c of running) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await Promise.all(running.map(exited));
  }
  return clean;
}

/** Run `stop(reason)` once on SIGTERM, SIGINT, SIGHUP or when the launcher goes away. */
export function onStopRequest(stop) {
  let requested = false;
  const once = (reason) => {
    if (requested) return;
    requested = true;
    stop(reason);
  };
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, () => once(sig));
  watchLauncher(() => once('launcher exited'));
}
