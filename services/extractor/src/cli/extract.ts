/**
 * npm run -s extract -- [--all] FILE... : one JSON line per article with its claims.
 * By default the claims the product shows (confidence at or above the default threshold);
 * `--all` prints every claim the rules found, each with its confidence.
 */
import { readFileSync } from 'node:fs';
import { atOrAbove, DEFAULT_MIN_CONFIDENCE, extractClaims, EXTRACTOR_VERSION, loadGazetteer, validateArticle } from '../extraction';
import { gazetteerPath } from './paths';

function main(args: string[]): number {
  const all = args.includes('--all');
  const files = args.filter((a) => a !== '--all');
  if (!files.length) {
    process.stderr.write('usage: npm run -s extract -- [--all] ARTICLE.json...\n');
    return 2;
  }
  const gaz = loadGazetteer(gazetteerPath());
  let failed = 0;
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      process.stdout.write(JSON.stringify({ file, error: `cannot read article: ${(err as Error).message}` }) + '\n');
      failed++;
      continue;
    }
    const v = validateArticle(data);
    if (!v.ok) {
      process.stdout.write(JSON.stringify({ file, error: v.error }) + '\n');
      failed++;
      continue;
    }
    const found = extractClaims(v.article, gaz);
    const claims = all ? found : atOrAbove(found, DEFAULT_MIN_CONFIDENCE);
    process.stdout.write(JSON.stringify({ id: v.article.id, extractorVersion: EXTRACTOR_VERSION, claims }) + '\n');
  }
  return failed ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 2;
}
