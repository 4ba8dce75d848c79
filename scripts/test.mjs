#!/usr/bin/env node
// `npm test`: install what is missing (node_modules; chromium, docker-compose and openssl from
// Debian's packages when root with apt-get), type-check, then run every spec against real
// Kafka and Postgres (KAFKA_BROKERS / DATABASE_URL, else testcontainers, else the local ones
// under infra/, which the test setup starts and this run stops again). Ends with the line
// `tests: N passed, N failed, N skipped`.
// `npm run test:unit` (--unit): the pure specs only, no services, no type-check.
// No dependencies: this runs before `npm install`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { guardLocalBroker } from './test/broker.mjs';
import { addCounts, closingLine, countReport } from './test/summary.mjs';
import { ensureSystemDeps, neededFor } from './test/system-deps.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const step = (/** @type {string} */ msg) => console.log(`\n[claimwire] ${msg}`);
/** @param {string} reason */
const fail = (reason) => {
  console.error(`[claimwire] ${reason}`);
  console.log(closingLine({ passed: 0, failed: 1, skipped: 0 }));
  process.exit(1);
};

/** @type {import('node:child_process').ChildProcess | null} */
let child = null;
/** @param {string} cmd @param {string[]} args @param {NodeJS.ProcessEnv} [env] @returns {Promise<number>} */
const run = (cmd, args, env = process.env) =>
  new Promise((res) => {
    child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env });
    child.once('error', () => res(1));
    child.once('exit', (code, signal) => res(code ?? (signal ? 128 : 1)));
  });

function needsInstall() {
  const marker = join(root, 'node_modules/.package-lock.json');
  if (!existsSync(marker)) return true;
  return statSync(join(root, 'package-lock.json')).mtimeMs > statSync(marker).mtimeMs;
}

const argv = process.argv.slice(2);
const unit = argv[0] === '--unit';
const extra = unit ? argv.slice(1) : argv;

if (needsInstall()) {
  step('installing dependencies (npm ci)');
  if (spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' }).status !== 0) fail('npm ci failed');
}

const deps = ensureSystemDeps({ deps: unit ? neededFor(['services/']) : neededFor(extra) });
if (!deps.ok) fail(deps.line);
/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, ...(deps.found.chromium ? { CHROMIUM_PATH: deps.found.chromium } : {}) };

if (!unit) {
  step('type-checking (tsc -b, tests included)');
  if ((await run('npx', ['tsc', '-b'])) !== 0 || (await run('npx', ['tsc', '-p', 'tsconfig.tests.json'])) !== 0) fail('type errors: fix them before the tests run');
}

mkdirSync(join(root, 'test-artifacts'), { recursive: true });
// The fault suite kills and restarts services, a broker and a database link: it runs on its
// own, one file at a time, after everything else, so that no other spec competes with it
// for the two cores its timings assume. Arguments (e.g. a path filter) select one run.
const passes = unit
  ? [{ name: 'unit', args: ['--project', 'unit', ...extra] }]
  : extra.length
    ? [{ name: 'selected', args: extra }]
    : [
        { name: 'main', args: ['--exclude', 'tests/faults/**'] },
        { name: 'faults', args: ['--project', 'services', 'tests/faults', '--no-file-parallelism'] },
      ];

const broker = unit ? { wasRunning: true, release: () => undefined } : await guardLocalBroker({ root, env });
for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(sig, () => {
    child?.kill(sig);
    broker.release();
    process.exit(130);
  });
}

let status = 0;
const counts = [];
try {
  for (const pass of passes) {
    step(`running the ${pass.name} tests (vitest)${unit ? '' : ' against real Kafka and Postgres'}`);
    const report = join(root, `test-artifacts/vitest-${pass.name}.json`);
    rmSync(report, { force: true });
    const code = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...pass.args], env);
    if (code !== 0) status = code;
    let parsed = null;
    try {
      parsed = JSON.parse(readFileSync(report, 'utf8'));
    } catch {
      // no report: counted as a failure below
    }
    counts.push(countReport(parsed, code));
  }
} finally {
  broker.release();
}
const total = addCounts(counts);
console.log(`\n${closingLine(total)}`);
process.exit(status === 0 && total.failed === 0 && total.passed > 0 ? 0 : 1);
