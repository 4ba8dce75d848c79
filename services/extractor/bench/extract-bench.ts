/** npm run -s bench:extract : extraction throughput on one core over synthetic articles. */
import { resolve } from 'node:path';
import { extractClaims, loadGazetteer } from '../src/extraction';
import { REPO_ROOT } from '../src/cli/paths';
import { generateArticles } from './synthetic';

const COUNT = Number(process.env.BENCH_ARTICLES ?? 10_000);
const gaz = loadGazetteer(process.env.GAZETTEER_FILE ?? resolve(REPO_ROOT, 'config/gazetteer.yaml'));
const articles = generateArticles(COUNT, 42);
const bytes = articles.reduce((s, a) => s + a.text.length, 0);
// warm-up (JIT), not counted
for (const a of articles.slice(0, 200)) extractClaims(a, gaz);
const t0 = process.hrtime.bigint();
let claims = 0;
for (const a of articles) claims += extractClaims(a, gaz).length;
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(
  JSON.stringify({
    articles: COUNT,
    avgChars: Math.round(bytes / COUNT),
    claims,
    seconds: Number(secs.toFixed(2)),
    articlesPerSecond: Math.round(COUNT / secs),
    peakRssMb: Number(rssMb.toFixed(1)),
  }),
);
