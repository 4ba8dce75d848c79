/**
 * Part of stage 4: how fresh the gateway's answers stay with its response cache. Probes are
 * committed one after another through the real projection handler: an article, then its
 * claims, each a transaction as the projector commits them. Between the two its page
 * (`GET /v1/claims?article=<id>`, an empty list) is asked twice, so it is cached; after them the
 * page is asked until it lists the claims. Freshness = from the claims' commit returning to the
 * first response that lists them (p50 / p99), on the same clock.
 *
 * Twice: idle (only the probes), and under load, while autocannon keeps /v1/tolls busy (50
 * connections, so every commit drops a hot cache, and the gateway, the load generator and
 * Postgres share the two cores); the probes' own requests then queue behind the load's.
 */
import autocannon from 'autocannon';
import type { ArticleIngested, Claim } from '@claimwire/events';
import type { LogRecord } from '@claimwire/eventlog';
import { claimsAtLeast } from '../lib/data';
import { articleMessages, claimMessages, type InProcessProjector } from '../lib/projection';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number) : Number.NaN;
};

/** Probes of their own: articles no other part of the stage has, each with at least one claim. */
function probeArticles(count: number): { article: ArticleIngested; claims: Claim[] }[] {
  const { articles, claims } = claimsAtLeast(count * 6, 90_001);
  return articles
    .map((article) => ({ article, claims: claims.filter((c) => c.article.articleId === article.articleId) }))
    .filter((p) => p.claims.length > 0)
    .slice(0, count);
}

interface Probes {
  probes: number;
  p50: number;
  p99: number;
  max: number;
}

export interface CacheFreshness {
  idle: Probes;
  loaded: Probes & { load: { rps: number; p50: number; p99: number; non2xx: number; errors: number } };
}

export async function cacheFreshness(gw: string, p: InProcessProjector, o: { probes: number; seconds: number; connections: number }): Promise<CacheFreshness> {
  const probes = probeArticles(2 * o.probes);
  // a topic of their own, so offsets start at 0 above no checkpoint
  let offset = 0;
  const records = (topic: string, ms: ReturnType<typeof articleMessages>): LogRecord[] =>
    ms.map((m) => ({ topic, partition: 0, offset: String(offset++), key: m.key, value: m.value, headers: m.headers, timestamp: String(Date.now()) }));
  const probe = async ({ article, claims }: { article: ArticleIngested; claims: Claim[] }): Promise<number> => {
    const url = `${gw}/v1/claims?article=${article.articleId}`;
    // the article first (an unknown article is a 404, never cached), then its page while it has no claims
    await p.apply([{ topic: 'bench.fresh', partition: 0, records: records('bench.fresh', articleMessages([article])) }]);
    for (let i = 0; i < 2; i++) {
      const r = await fetch(url);
      await r.text();
      if (r.status !== 200) throw new Error(`${url}: ${r.status} before its claims were committed`);
    }
    await p.apply([{ topic: 'bench.fresh', partition: 0, records: records('bench.fresh', claimMessages(claims)) }]);
    const committed = performance.now();
    for (;;) {
      const body = (await (await fetch(url)).json()) as { items: unknown[] };
      if (body.items.length > 0) return performance.now() - committed;
      if (performance.now() - committed > 10_000) throw new Error(`the claims of ${article.articleId} were not served 10 s after their commit`);
    }
  };
  const summary = (lags: number[]): Probes => ({ probes: lags.length, p50: quantile(lags, 0.5), p99: quantile(lags, 0.99), max: Math.max(...lags) });

  const idle: number[] = [];
  for (const item of probes.slice(0, o.probes)) idle.push(await probe(item));

  const loaded: number[] = [];
  const seconds = 2 * o.seconds;
  const loadDone = autocannon({ url: `${gw}/v1/tolls`, connections: o.connections, duration: seconds, pipelining: 1 });
  const until = performance.now() + seconds * 1000 - 500;
  for (const item of probes.slice(o.probes)) {
    if (performance.now() > until) break;
    loaded.push(await probe(item));
  }
  const r = await loadDone;
  return {
    idle: summary(idle),
    loaded: { ...summary(loaded), load: { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts } },
  };
}
