/**
 * Stage 1: the extractor alone on one core (services/extractor/bench/extract-bench.ts in a
 * child process, pinned with `taskset -c 0` when available): articles per second over 10,000
 * synthetic articles of realistic length, and its peak RSS. Baseline on the same core: decoding
 * the same articles' events (bench/extract-baseline.ts).
 */
import { resolve } from 'node:path';
import { REPO_ROOT, type BenchEnv } from '../lib/env';
import { hasTaskset, runToEnd } from '../lib/proc';
import { ratioOf, type StageResult } from '../lib/report';

const ARTICLES = Number(process.env.BENCH_EXTRACTOR_ARTICLES ?? 10_000);

async function pinned(script: string): Promise<{ articlesPerSecond: number; peakRssMb: number; claims?: number; avgChars?: number; seconds: number }> {
  const args = ['--import', 'tsx', resolve(REPO_ROOT, script)];
  const r = hasTaskset() ? await runToEnd('taskset', ['-c', '0', process.execPath, ...args], { BENCH_ARTICLES: String(ARTICLES) }) : await runToEnd(process.execPath, args, { BENCH_ARTICLES: String(ARTICLES) });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.code !== 0) throw new Error(`${script} exited ${r.code}: ${r.stderr.slice(-800)}`);
  return JSON.parse(line);
}

export async function extractorStage(_env: BenchEnv): Promise<StageResult> {
  const base = await pinned('bench/extract-baseline.ts');
  const x = await pinned('services/extractor/bench/extract-bench.ts');
  const ratio = ratioOf(x.articlesPerSecond, base.articlesPerSecond);
  return {
    stage: 'extractor',
    seconds: x.seconds + base.seconds,
    setup: { articles: ARTICLES, pinned: hasTaskset() ? 'taskset -c 0' : 'not pinned (no taskset)', avgChars: x.avgChars, claims: x.claims },
    figures: [
      {
        stage: 'extractor',
        metric: 'extraction, one core',
        value: x.articlesPerSecond,
        unit: 'articles/s',
        baseline: { name: 'decode the article events', value: base.articlesPerSecond },
        ratio,
        note: `${x.claims} claims from ${ARTICLES} articles of ~${x.avgChars} chars`,
      },
      { stage: 'memory', metric: 'peak RSS extractor bench (stage 1)', value: x.peakRssMb, unit: 'MB' },
    ],
  };
}
