#!/usr/bin/env node
// `npm test`: install what is missing, type-check, then run every spec against real Kafka and
// Postgres (KAFKA_BROKERS / DATABASE_URL, else testcontainers, else the local ones under
// infra/, which the test setup starts). Prints a plain "N passed, N failed" closing line.
// No dependencies: this runs before `npm install`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  return r.status ?? 1;
};
const step = (msg) => console.log(`\n[claimwire] ${msg}`);

function needsInstall() {
  const marker = join(root, 'node_modules/.package-lock.json');
  if (!existsSync(marker)) return true;
  return statSync(join(root, 'package-lock.json')).mtimeMs > statSync(marker).mtimeMs;
}

if (needsInstall()) {
  step('installing dependencies (npm ci)');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) process.exit(1);
}

step('type-checking (tsc -b, tests included)');
if (run('npx', ['tsc', '-b']) !== 0 || run('npx', ['tsc', '-p', 'tsconfig.tests.json']) !== 0) {
  console.error('[claimwire] type errors: fix them before the tests run');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

mkdirSync(join(root, 'test-artifacts'), { recursive: true });
const extra = process.argv.slice(2);
// The fault suite kills and restarts services, a broker and a database link: it runs on its
// own, one file at a time, after everything else, so that no other spec competes with it
// for the two cores its timings assume. Arguments (e.g. a path filter) select one run.
const passes = extra.length
  ? [{ name: 'selected', args: extra }]
  : [
      { name: 'main', args: ['--exclude', 'tests/faults/**'] },
      { name: 'faults', args: ['tests/faults', '--no-file-parallelism'] },
    ];
let status = 0;
const summary = { passed: 0, failed: 0, skipped: 0 };
for (const pass of passes) {
  step(`running the ${pass.name} tests (vitest) against real Kafka and Postgres`);
  const report = join(root, `test-artifacts/vitest-${pass.name}.json`);
  rmSync(report, { force: true });
  const code = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...pass.args]);
  if (code !== 0) status = code;
  try {
    const j = JSON.parse(readFileSync(report, 'utf8'));
    summary.passed += j.numPassedTests;
    summary.failed += j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0);
    summary.skipped += j.numPendingTests + (j.numTodoTests ?? 0);
  } catch {
    summary.failed += 1; // no report: vitest failed before running anything
  }
}
console.log(`\ntests: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
process.exit(status === 0 && summary.failed === 0 && summary.passed > 0 ? 0 : 1);
