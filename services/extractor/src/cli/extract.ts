/** npm run -s extract -- FILE... : one JSON line per article with its claims. */
import { readFileSync } from 'node:fs';
import { extractClaims, EXTRACTOR_VERSION, loadGazetteer, validateArticle } from '../extraction';
import { gazetteerPath } from './paths';

function main(files: string[]): number {
  if (!files.length) {
    process.stderr.write('usage: npm run -s extract -- ARTICLE.json...\n');
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
    const claims = extractClaims(v.article, gaz);
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
