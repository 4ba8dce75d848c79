/**
 * The extractor stage's baseline, on the same core: what reading each article costs before any
 * extraction (decode the article event: JSON and schema validation, as the extractor's handler
 * does). Prints one JSON line like extract-bench.ts.
 */
import { decodeArticle } from '@claimwire/events';
import { articleEvents, encodeArticles } from './lib/data';

const COUNT = Number(process.env.BENCH_ARTICLES ?? 10_000);
const messages = encodeArticles(articleEvents(COUNT, 42));
for (const m of messages.slice(0, 200)) decodeArticle(m);
const t0 = process.hrtime.bigint();
let ok = 0;
for (const m of messages) if (decodeArticle(m).ok) ok++;
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
if (ok !== COUNT) throw new Error(`decoded ${ok} of ${COUNT}`);
console.log(JSON.stringify({ articles: COUNT, seconds: Number(secs.toFixed(3)), articlesPerSecond: Math.round(COUNT / secs), peakRssMb: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)) }));
