#!/usr/bin/env node
// `npm start`: run claimwire in one process. Plain Node, no dependencies, so it works on a
// fresh clone: it installs the dependencies first when node_modules is missing or older
// than package-lock.json, then runs services/standalone with tsx. With neither
// KAFKA_BROKERS nor DATABASE_URL set it needs no servers (embedded event log + PGlite,
// data under ./.data); set them to run the same pipeline on Kafka and Postgres.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onStopRequest, signalStatus, spawnService } from './lib/supervise.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function needsInstall() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(join(root, 'node_modules')) || !existsSync(installed)) return 'node_modules is missing';
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs) return 'package-lock.json changed since the last install';
  if (!existsSync(join(root, 'node_modules', '.bin', 'tsx'))) return 'tsx is missing';
  return null;
}

const why = needsInstall();
if (why) {
  console.error(`[claimwire] ${why}: running npm install (once; later starts work offline)`);
  const r = spawnSync(npm, ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('[claimwire] npm install failed; see above');
    process.exit(r.status ?? 1);
  }
}

// node with tsx as a loader (no wrapper process): signals reach the service itself.
// Its own process group: a Ctrl-C reaches this script (and npm, which passes it on again),
// never the service directly, so the service gets exactly one signal and shuts down gracefully.
// An IPC channel: should this script die, the service stops too.
const child = spawnService(['--import', 'tsx', join(root, 'services', 'standalone', 'src', 'main.ts')], {
  cwd: root,
  env: process.env,
  detached: process.platform !== 'win32',
});

// a signal, or npm gone (it passes SIGTERM to its shell, which dies without passing it on)
onStopRequest((reason) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  if (reason === 'launcher exited') console.error('[claimwire] npm (or the shell that started this) exited: stopping');
  child.kill(reason === 'SIGINT' ? 'SIGINT' : 'SIGTERM');
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? signalStatus(signal) : 1)));
child.on('error', (err) => {
  console.error(`[claimwire] could not start the service: ${err.message}`);
  process.exit(1);
});
