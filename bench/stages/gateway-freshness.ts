/**
 * Part of stage 4: how fresh the gateway's answers stay with its response cache, under load.
 * While autocannon keeps /v1/tolls busy (50 connections, so every commit drops a hot cache),
 * probes are committed one after another through the real projection handler: an article,
 * then its claims, each a transaction as the projector commits them. Before a probe's commits
 * its page (`GET /v1/claims?article=<id>`, an empty list) is asked twice, so it is cached;
 * after them the page is asked until it lists the claims. Freshness = from the claims'
 * commit returning to the first response that lists them (p50 / p99), on the same clock.
 */
import autocannon from 'autocannon';
import type { ArticleIngested, Claim } from '@claimwire/events';
import type { LogRecord } from '@claimwire/eventlog';
import { claimsAtLeast } from '../lib/data';
import { articleMessages, claimMessages, type InProcessProjector } from '../lib/projection';

export interface CacheFreshness {
  probes: number;
  p50: number;
  p99: number;
  max: number;
  /** The load on /v1/tolls while the probes committed. */
  load: { rps: number; p50: number; p99: number; non2xx: number; errors: number };
}

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

export async function cacheFreshness(gw: string, p: InProcessProjector, o: { probes: number; seconds: number; connections: number }): Promise<CacheFreshness> {
  const probes = probeArticles(o.probes);
  // a topic of their own, so offsets start at 0 above no checkpoint
  let offset = 0;
  const records = (topic: string, ms: ReturnType<typeof articleMessages>): LogRecord[] =>
    ms.map((m) => ({ topic, partition: 0, offset: String(offset++), key: m.key, value: m.value, headers: m.headers, timestamp: String(Date.now()) }));
  const lags: number[] = [];
  const loadDone = autocannon({ url: `${gw}/v1/tolls`, connections: o.connections, duration: o.seconds, pipelining: 1 });
  const until = performance.now() + o.seconds * 1000 - 500;
  for (const probe of probes) {
    if (performance.now() > until) break;
    const url = `${gw}/v1/claims?article=${probe.article.articleId}`;
    for (let i = 0; i < 2; i++) await (await fetch(url)).text();
    await p.apply([{ topic: 'bench.fresh', partition: 0, records: records('bench.fresh', articleMessages([probe.article])) }]);
    await p.apply([{ topic: 'bench.fresh', partition: 0, records: records('bench.fresh', claimMessages(probe.claims)) }]);
    const committed = performance.now();
    for (;;) {
      const body = (await (await fetch(url)).json()) as { items: unknown[] };
      if (body.items.length > 0) break;
      if (performance.now() - committed > 10_000) throw new Error(`the claims of ${probe.article.articleId} were not served 10 s after their commit`);
    }
    lags.push(performance.now() - committed);
  }
  const r = await loadDone;
  return {
    probes: lags.length,
    p50: quantile(lags, 0.5),
    p99: quantile(lags, 0.99),
    max: Math.max(...lags),
    load: { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts },
  };
}
