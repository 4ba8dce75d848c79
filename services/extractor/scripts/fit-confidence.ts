/**
 * npm run -s fit-confidence -- DIR... : fit the confidence model on annotated articles.
 *
 * Extracts every *.json article under DIR(s) with the rules' signals, marks each claim right
 * or wrong against the annotations (the corpus scorer's key), fits one logistic model per kind
 * and prints it as the table for src/extraction/confidence-weights.ts. It also prints an honest
 * estimate: the calibration when each article group (the file-name prefix, e.g. dev-1xx) is
 * scored by a model fitted without it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractScored, loadGazetteer, validateArticle } from '../src/extraction';
import { gazetteerPath } from '../src/cli/paths';
import { confirmed, fitLogistic, formatCalibration, type Example, type Judged } from '../src/scoring';
import { confidenceOf, type KindModel } from '../src/extraction/confidence-model';
import { DEFAULT_MIN_CONFIDENCE } from '../src/extraction/threshold';

type Row = Example & { kind: 'toll' | 'talks' | 'strike'; group: string };

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (e.name.endsWith('.json')) out.push(p);
  }
  return out.sort();
}

function main(dirs: string[]): number {
  if (!dirs.length) {
    process.stderr.write('usage: npm run -s fit-confidence -- CORPUS_DIR...\n');
    return 2;
  }
  const gaz = loadGazetteer(gazetteerPath());
  const rows: Row[] = [];
  for (const f of dirs.flatMap((d) => files(resolve(d)))) {
    const doc = JSON.parse(readFileSync(f, 'utf8')) as { id?: string; claims?: ({ kind: string } & Record<string, unknown>)[] };
    const v = validateArticle(doc);
    if (!v.ok || !Array.isArray(doc.claims)) continue;
    const scored = extractScored(v.article, gaz);
    const ok = confirmed(doc.claims, scored.map((s) => s.claim));
    // a storyline is a hundred of ids: dev-1xx, dev-2xx ...
    const group = (doc.id ?? f).replace(/\d\d$/, 'xx');
    scored.forEach((s, i) => rows.push({ kind: s.claim.kind, signals: s.signals, correct: ok[i]!, group }));
  }
  const kinds = ['toll', 'talks', 'strike'] as const;
  const model = Object.fromEntries(kinds.map((k) => [k, fitLogistic(rows.filter((r) => r.kind === k))])) as Record<(typeof kinds)[number], KindModel>;
  process.stdout.write(`// fitted on ${rows.length} claims from ${dirs.join(', ')}\nexport const CONFIDENCE_WEIGHTS: ConfidenceModel = ${JSON.stringify(model, null, 2)};\n\n`);
  const judgedIn: Judged[] = rows.map((r) => ({ kind: r.kind, confidence: confidenceOf(model[r.kind], r.signals), correct: r.correct }));
  process.stdout.write('In-sample (the model scoring the claims it was fitted on):\n' + formatCalibration(judgedIn, DEFAULT_MIN_CONFIDENCE).join('\n') + '\n\n');
  const groups = [...new Set(rows.map((r) => r.group))].sort();
  const judgedOut: Judged[] = [];
  for (const g of groups) {
    for (const k of kinds) {
      const m = fitLogistic(rows.filter((r) => r.kind === k && r.group !== g));
      for (const r of rows.filter((x) => x.kind === k && x.group === g))
        judgedOut.push({ kind: k, confidence: confidenceOf(m, r.signals), correct: r.correct });
    }
  }
  process.stdout.write(`Held out by group (${groups.join(', ')}; each scored by a model fitted without it):\n` + formatCalibration(judgedOut, DEFAULT_MIN_CONFIDENCE).join('\n') + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
