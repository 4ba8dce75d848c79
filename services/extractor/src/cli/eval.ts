/**
 * npm run -s eval -- [--all] DIR... : extract every *.json article in DIR(s) and score against
 * its annotations. Scores the claims the product shows (at or above the default confidence;
 * `--all` scores every claim), then prints the confidence calibration over every claim: the
 * share of claims an annotation confirms per confidence band, and precision at the threshold.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { atOrAbove, DEFAULT_MIN_CONFIDENCE, extractClaims, loadGazetteer, validateArticle } from '../extraction';
import { confirmed, formatCalibration, type Judged } from '../scoring';
import { gazetteerPath } from './paths';

function findScorer(dirs: string[]): string | null {
  const cands = [process.env.SCORE_PY, ...dirs.flatMap((d) => [join(d, 'score.py'), join(d, '..', 'score.py')]), '/work/shared/corpus/score.py'];
  for (const c of cands) if (c && existsSync(c)) return resolve(c);
  return null;
}

type KindReport = { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number; fields?: Record<string, number | null> };
type Report = Record<string, KindReport & { field_accuracy?: number }>;

/** "SUMMARY toll   F1 0.93 P 0.86 R 1.00 tp 31 fp 5 fn 0 fields 0.97" per kind, then all. */
function summaryLines(rep: Report): string[] {
  const f = (x: number) => x.toFixed(2);
  const out: string[] = [];
  for (const k of ['toll', 'talks', 'strike', 'all']) {
    const x = rep[k];
    if (!x) continue;
    const accs = Object.values(x.fields ?? {}).filter((v): v is number => typeof v === 'number');
    const fieldAcc = k === 'all' ? x.field_accuracy ?? 0 : accs.length ? accs.reduce((s, v) => s + v, 0) / accs.length : 0;
    out.push(`SUMMARY ${k.padEnd(6)} F1 ${f(x.f1)} P ${f(x.precision)} R ${f(x.recall)} tp ${x.tp} fp ${x.fp} fn ${x.fn} fields ${f(fieldAcc)}`);
  }
  return out;
}

function main(dirs: string[], scoreAll: boolean): number {
  if (!dirs.length) {
    process.stderr.write('usage: npm run -s eval -- CORPUS_DIR [DIR...]\n');
    return 2;
  }
  const gaz = loadGazetteer(gazetteerPath());
  const tmp = mkdtempSync(join(tmpdir(), 'claimwire-eval-'));
  const gold = join(tmp, 'gold');
  spawnSync('mkdir', ['-p', gold]);
  const lines: string[] = [];
  const judged: Judged[] = [];
  let n = 0;
  const t0 = performance.now();
  for (const dir of dirs) {
    // the corpus keeps seed.json at top level and dev/ as a subfolder: take both
    const stack = [resolve(dir)];
    while (stack.length) {
      const d = stack.pop()!;
      for (const e of readdirSync(d, { withFileTypes: true }).sort((x, y) => x.name.localeCompare(y.name))) {
        const p = join(d, e.name);
        if (e.isDirectory()) {
          stack.push(p);
          continue;
        }
        if (!e.name.endsWith('.json')) continue;
        let doc: unknown;
        try {
          doc = JSON.parse(readFileSync(p, 'utf8'));
        } catch {
          process.stderr.write(`skip ${p}: not JSON\n`);
          continue;
        }
        const v = validateArticle(doc);
        if (!v.ok || !Array.isArray((doc as { claims?: unknown }).claims)) {
          process.stderr.write(`skip ${p}: ${v.ok ? 'no claims annotation' : v.error}\n`);
          continue;
        }
        const found = extractClaims(v.article, gaz);
        const annotated = (doc as { claims: ({ kind: string } & Record<string, unknown>)[] }).claims;
        const ok = confirmed(annotated, found);
        found.forEach((c, i) => judged.push({ kind: c.kind, confidence: c.confidence, correct: ok[i]! }));
        const shown = scoreAll ? found : atOrAbove(found, DEFAULT_MIN_CONFIDENCE);
        const claims = shown.map(({ evidence: _e, confidence: _c, ...body }) => body);
        lines.push(JSON.stringify({ id: v.article.id, claims }));
        const link = join(gold, `${n}-${basename(p)}`);
        symlinkSync(p, link);
        n++;
      }
    }
  }
  const ms = performance.now() - t0;
  const preds = join(tmp, 'predictions.jsonl');
  writeFileSync(preds, lines.join('\n') + '\n');
  const scorer = findScorer(dirs);
  if (!scorer) {
    process.stderr.write('score.py not found (set SCORE_PY)\n');
    return 2;
  }
  const asJson = process.argv.slice(2).includes('--json');
  const r = spawnSync('python3', [scorer, gold, preds, ...(asJson ? ['--json'] : [])], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.stderr.write(`${n} articles extracted in ${ms.toFixed(0)} ms\n`);
  if (!asJson && r.status === 0) {
    // one compact line per kind, last, so `| tail -4` shows the whole result
    const j = spawnSync('python3', [scorer, gold, preds, '--json'], { encoding: 'utf8' });
    try {
      process.stdout.write(formatCalibration(judged, DEFAULT_MIN_CONFIDENCE).join('\n') + '\n');
      process.stdout.write(`SCORED ${scoreAll ? 'every claim (--all)' : `the claims shown (confidence >= ${DEFAULT_MIN_CONFIDENCE})`}\n`);
      process.stdout.write(summaryLines(JSON.parse(j.stdout) as Report).join('\n') + '\n');
    } catch {
      process.stderr.write('could not read the scorer summary\n');
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  return r.status ?? 1;
}

const argv = process.argv.slice(2);
process.exitCode = main(
  argv.filter((x) => x !== '--json' && x !== '--all'),
  argv.includes('--all'),
);
