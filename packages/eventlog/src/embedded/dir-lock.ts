import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Directories held by this process: a second EmbeddedEventLog on the same one would corrupt it. */
const heldHere = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Take the log directory for this process: a LOCK file holding our pid. A lock left by a
 * process that is gone (a crash) is taken over; one held by a live process is an error.
 */
export function lockDir(dir: string): () => void {
  const path = join(dir, 'LOCK');
  if (heldHere.has(dir)) throw new Error(`the embedded event log at ${dir} is already open in this process`);
  for (let tries = 0; ; tries++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || tries > 0) throw err;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new Error(
          `the embedded event log at ${dir} is in use by process ${pid}; it serves one process only (use Kafka to share a log)`,
        );
      }
      rmSync(path, { force: true }); // stale: its owner is gone
    }
  }
  heldHere.add(dir);
  return () => {
    heldHere.delete(dir);
    rmSync(path, { force: true });
  };
}
