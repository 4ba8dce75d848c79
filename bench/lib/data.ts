/** Benchmark data: synthetic articles as article events, and the claims the extractor makes of them. */
import { resolve } from 'node:path';
import { articleId, encodeArticle, sha256Hex, type ArticleIngested, type Claim, type WireMessage } from '@claimwire/events';
import { EXTRACTOR_VERSION, extractClaims, loadGazetteer, toArticleInput, toClaims, type Gazetteer } from '@claimwire/extractor';
import { generateArticles } from '../../services/extractor/bench/synthetic';
import { REPO_ROOT } from './env';
import { newsroomArticles } from './newsroom';

export const BENCH_FEED = 'bench-wire';

/** `count` article events (revision 1), deterministic for a seed; ids differ between seeds. */
export function articleEvents(count: number, seed = 42): ArticleIngested[] {
  return asArticleEvents(generateArticles(count, seed), seed);
}

function asArticleEvents(generated: { id: string; published: string; title: string; text: string }[], seed: number): ArticleIngested[] {
  return generated.map((a) => ({
    articleId: articleId(BENCH_FEED, `guid:${seed}/${a.id}`),
    revision: 1,
    feedId: BENCH_FEED,
    guid: `${seed}/${a.id}`,
    url: `https://wire.bench/${seed}/${a.id}`,
    title: a.title,
    author: null,
    published: a.published,
    publishedRaw: null,
    firstSeen: a.published,
    language: 'en',
    summary: null,
    text: a.text,
    contentHash: sha256Hex(a.text),
  }));
}

export function encodeArticles(articles: ArticleIngested[]): WireMessage[] {
  const time = new Date();
  return articles.map((a) => encodeArticle(a, 'claimwire/bench', time));
}

let gaz: Gazetteer | null = null;
export function gazetteer(): Gazetteer {
  gaz ??= loadGazetteer(process.env.GAZETTEER_FILE ?? resolve(REPO_ROOT, 'config/gazetteer.yaml'));
  return gaz;
}

/** The claims the extractor publishes for these articles (in-process, pure). */
export function claimsOf(articles: ArticleIngested[]): Claim[] {
  const g = gazetteer();
  return articles.flatMap((a) => toClaims(a, extractClaims(toArticleInput(a), g), EXTRACTOR_VERSION));
}

/**
 * At least `min` claims, from as many newsroom articles (bench/lib/newsroom.ts: years of varied
 * reporting, about 4.7 claims an article) as it takes.
 */
export function claimsAtLeast(min: number, seed = 7): { articles: ArticleIngested[]; claims: Claim[] } {
  const articles: ArticleIngested[] = [];
  const claims: Claim[] = [];
  for (let round = 0; claims.length < min; round++) {
    const s = seed + round * 1000;
    const more = asArticleEvents(newsroomArticles(Math.max(200, Math.ceil(((min - claims.length) / 4.5) * 1.05)), s), s);
    articles.push(...more);
    claims.push(...claimsOf(more));
  }
  return { articles, claims };
}
