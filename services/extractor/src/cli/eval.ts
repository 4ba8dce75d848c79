/** npm run -s eval -- DIR... : extract every *.json article in DIR(s) and score against its annotations. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { extractClaims, loadGazetteer, validateArticle } from '../extraction';
import { gazetteerPath } from './paths';

function findScorer(dirs: string[]): string | null {
  const cands = [process.env.SCORE_PY, ...dirs.flatMap((d) => [join(d, 'score.py'), join(d, '..', 'score.py')]), '/work/shared/corpus/score.py'];
  for (const c of cands) if (c && existsSync(c)) return resolve(c);
  return null;
}

function main(dirs: string[]): number {
  if (!dirs.length) {
    process.stderr.write('usage: npm run -s eval -- CORPUS_DIR [DIR...]\n');
    return 2;
  }
  const gaz = loadGazetteer(gazetteerPath());
  const tmp = mkdtempSync(join(tmpdir(), 'claimwire-eval-'));
  const gold = join(tmp, 'gold');
  spawnSync('mkdir', ['-p', gold]);
  const lines: string[] = [];
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
        const claims = extractClaims(v.article, gaz).map(({ evidence: _e, confidence: _c, ...body }) => body);
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
  const r = spawnSync('python3', [scorer, gold, preds, ...process.argv.slice(2).filter((x) => x === '--json')], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.stderr.write(`${n} articles extracted in ${ms.toFixed(0)} ms\n`);
  rmSync(tmp, { recursive: true, force: true });
  return r.status ?? 1;
}

process.exitCode = main(process.argv.slice(2).filter((x) => x !== '--json'));
