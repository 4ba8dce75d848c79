#!/usr/bin/env node
// `npm run start:services`: the four services as separate processes on real Kafka and
// Postgres — the ones in KAFKA_BROKERS / DATABASE_URL, or else the local ones under infra/,
// started here. Each worker gets its own health port (HEALTH_PORT, when set, is the first of
// three: ingest, extractor, projector). Ctrl-C or SIGTERM (to this script or to npm) stops
// the services; a service that crashes stops the others and this script exits non-zero.
// The local broker keeps running: `npm run kafka:stop`.
// No dependencies: this runs before `npm install`.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serviceNodeOptions } from './lib/node-options.mjs';
import { projectNode } from './lib/project-node.mjs';
import { onStopRequest, signalStatus, spawnService, stopChildren } from './lib/supervise.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sh = (cmd, args, env = process.env) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`[claimwire] ${cmd} ${args.join(' ')} failed`);
    process.exit(r.status ?? 1);
  }
};

const marker = join(root, 'node_modules/.package-lock.json');
if (!existsSync(marker) || statSync(join(root, 'package-lock.json')).mtimeMs > statSync(marker).mtimeMs) {
  sh('npm', ['ci', '--no-audit', '--no-fund']);
}

// the services' V8 flags, as in the image (scripts/lib/node-options.mjs), unless NODE_OPTIONS is set
const env = { ...process.env, NODE_OPTIONS: serviceNodeOptions() };
if (!env.DATABASE_URL) {
  sh('bash', ['infra/postgres/ensure.sh']);
  env.DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/claimwire';
}
if (!env.KAFKA_BROKERS) {
  sh('bash', ['infra/kafka/start.sh']);
  env.KAFKA_BROKERS = '127.0.0.1:9092';
}

const port = env.PORT ?? '8080';
const WORKERS = ['ingest', 'extractor', 'projector'];
const DEFAULT_HEALTH_PORTS = [9101, 9102, 9103];
/** One health port per worker: HEALTH_PORT shared by all three was EADDRINUSE for two of them. */
function healthPorts() {
  const base = env.HEALTH_PORT;
  if (base === undefined || base === '') return DEFAULT_HEALTH_PORTS;
  const n = Number(base);
  if (!/^\d+$/.test(base) || n < 1 || n + WORKERS.length - 1 > 65_535) {
    console.error(`[claimwire] HEALTH_PORT (${JSON.stringify(base)}) must be a port number: the first of ${WORKERS.length} (${WORKERS.join(', ')})`);
    process.exit(78);
  }
  return WORKERS.map((_, i) => n + i);
}
const ports = healthPorts();

sh(projectNode(), ['--import', 'tsx', 'packages/runtime/src/cli/setup.ts'], env);

// the sample feeds that config/feeds.yaml points at by default, served on loopback
const entries = [
  { name: 'sample-feeds', entry: 'services/standalone/src/cli/sample-feeds.ts', env: {} },
  ...WORKERS.map((name, i) => ({ name, entry: `services/${name}/src/main.ts`, env: { HEALTH_PORT: String(ports[i]) } })),
  { name: 'gateway', entry: 'services/gateway/src/main.ts', env: { PORT: port } },
];

let stopping = false;
let exitCode = 0;
const children = entries.map(({ name, entry, env: own }) => {
  const child = spawnService(['--import', 'tsx', entry], { cwd: root, env: { ...env, ...own } });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    if (name === 'sample-feeds' && code === 0) return; // nothing to serve: not an error
    console.error(`[claimwire] ${name} exited (${code ?? signal}); stopping the others`);
    exitCode = code || (signal ? signalStatus(signal) : 1);
    void shutdown();
  });
  return child;
});

const health = WORKERS.map((name, i) => `${name} http://localhost:${ports[i]}/healthz`).join(', ');
console.log(
  `[claimwire] services starting on Kafka ${env.KAFKA_BROKERS}: dashboard http://localhost:${port}/, ` +
    `API docs http://localhost:${port}/docs; health (and /readyz, /metrics): ${health}`,
);

async function shutdown() {
  if (stopping) return;
  stopping = true;
  const clean = await stopChildren(children, 15_000);
  if (!clean) console.error('[claimwire] some services did not stop within 15 s and were killed');
  process.exit(exitCode || (clean ? 0 : 1));
}
onStopRequest((reason) => {
  if (reason === 'launcher exited') console.error('[claimwire] npm (or the shell that started this) exited: stopping the services');
  void shutdown();
});
