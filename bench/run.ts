/**
 * npm run bench [-- --stage extractor|pipeline|projector|gateway|freshness|stream ...]
 * Runs the stages (all by default), prints the table, writes bench/results/<date>.json and .md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBenchEnv, REPO_ROOT, type BenchEnv } from './lib/env';
import { RESULTS_DIR } from './lib/proc';
import { markdownTable, ratioOf, type StageResult } from './lib/report';
import { extractorStage } from './stages/extractor';
import { freshnessStage } from './stages/freshness';
import { gatewayStage } from './stages/gateway';
import { pipelineStage } from './stages/pipeline';
import { projectorStage } from './stages/projector';
import { streamStage } from './stages/stream';

const STAGES: Record<string, (env: BenchEnv) => Promise<StageResult>> = {
  extractor: extractorStage,
  pipeline: pipelineStage,
  projector: projectorStage,
  gateway: gatewayStage,
  freshness: freshnessStage,
  stream: streamStage,
};

function commitLabel(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${sha} with uncommitted changes` : sha;
  } catch {
    return 'unknown commit';
  }
}

const { values } = parseArgs({ options: { stage: { type: 'string', multiple: true } }, allowPositionals: false });
const chosen = (values.stage ?? []).flatMap((s) => s.split(',')).filter(Boolean);
const unknown = chosen.filter((s) => !(s in STAGES));
if (unknown.length) {
  console.error(`unknown stage(s): ${unknown.join(', ')}; stages: ${Object.keys(STAGES).join(', ')}`);
  process.exit(2);
}
const env = loadBenchEnv();
const names = chosen.length ? chosen : Object.keys(STAGES);
const started = new Date();
const commit = commitLabel();
const results: StageResult[] = [];
for (const name of names) {
  const run = STAGES[name] as (env: BenchEnv) => Promise<StageResult>;
  process.stderr.write(`bench: ${name}…\n`);
  const t0 = performance.now();
  try {
    results.push(await run(env));
  } catch (err) {
    results.push({ stage: name, seconds: (performance.now() - t0) / 1000, figures: [], setup: {}, error: (err as Error).stack ?? String(err) });
  }
  process.stderr.write(`bench: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
// issue #18's pipeline target: end to end against the extractor's own one-core rate, both from this run
const extractor = results.find((r) => r.stage === 'extractor')?.figures.find((f) => f.stage === 'extractor');
const pipeline = results.find((r) => r.stage === 'pipeline');
const endToEnd = pipeline?.figures.find((f) => f.unit === 'articles/s' && f.metric.startsWith('end to end'));
if (extractor && pipeline && endToEnd) {
  const ratio = ratioOf(endToEnd.value, extractor.value);
  pipeline.figures.splice(pipeline.figures.indexOf(endToEnd) + 1, 0, {
    stage: 'pipeline',
    metric: 'end to end against the extractor alone on one core',
    value: endToEnd.value,
    unit: 'articles/s',
    baseline: { name: 'extractor stage, one core', value: extractor.value },
    ratio,
    target: '≥ 0.8×',
    met: ratio >= 0.8,
  });
}
const header = `claimwire benchmarks — ${started.toISOString()} — commit ${commit} — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
const table = markdownTable(results, header);
mkdirSync(RESULTS_DIR, { recursive: true });
const stamp = started.toISOString().replace(/[:]/g, '-').replace(/\..+$/, '');
const suffix = chosen.length ? `-${names.join('+')}` : '';
const base = resolve(RESULTS_DIR, `${stamp}${suffix}`);
writeFileSync(`${base}.json`, `${JSON.stringify({ startedAt: started.toISOString(), commit, node: process.version, cpus: cpus().length, env, results }, null, 2)}\n`);
writeFileSync(`${base}.md`, `${table}\n`);
console.log(table);
console.log(`\nwritten: ${base}.json, ${base}.md`);
process.exit(results.some((r) => r.error) ? 1 : 0);
