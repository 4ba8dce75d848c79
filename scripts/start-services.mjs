#!/usr/bin/env node
// `npm run start:services`: the four services as separate processes on real Kafka and
// Postgres — the ones in KAFKA_BROKERS / DATABASE_URL, or else the local ones under infra/,
// started here. Ctrl-C stops the services (the local broker keeps running: `npm run kafka:stop`).
// No dependencies: this runs before `npm install`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

const env = { ...process.env };
if (!env.DATABASE_URL) {
  sh('bash', ['infra/postgres/ensure.sh']);
  env.DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/claimwire';
}
if (!env.KAFKA_BROKERS) {
  sh('bash', ['infra/kafka/start.sh']);
  env.KAFKA_BROKERS = '127.0.0.1:9092';
}
sh(process.execPath, ['--import', 'tsx', 'packages/runtime/src/cli/setup.ts'], env);

const port = env.PORT ?? '8080';
// the sample feeds that config/feeds.yaml points at by default, served on loopback
const entries = [
  ['sample-feeds', 'services/standalone/src/cli/sample-feeds.ts'],
  ...['projector', 'extractor', 'ingest', 'gateway'].map((name) => [name, `services/${name}/src/main.ts`]),
];
const children = entries.map(([name, entry]) => {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: { ...env, PORT: port },
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => {
    if (name === 'sample-feeds' && code === 0) return; // nothing to serve: not an error
    if (!stopping) console.error(`[claimwire] ${name} exited (${code ?? signal}); stopping the others`);
    shutdown();
  });
  return child;
});
console.log(`[claimwire] services starting on Kafka ${env.KAFKA_BROKERS}; REST API at http://localhost:${port}/v1/tolls`);

let stopping = false;
function shutdown() {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(0), 15_000).unref();
  Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r))))).then(() => process.exit(0));
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
