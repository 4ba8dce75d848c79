import { Counter, Gauge, type Registry } from 'prom-client';
import { METRIC_PREFIX } from './registry';

/** What the gateway's response cache reports of itself. */
export interface ResponseCacheSample {
  live: boolean;
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
}

/**
 * The gateway's response cache on /metrics, read from its state on scrape: hits and misses,
 * pages and bytes held, whether it follows the read models (1) or every request asks Postgres (0).
 */
export function registerResponseCacheMetrics(registry: Registry, read: () => ResponseCacheSample): void {
  const name = (n: string) => `${METRIC_PREFIX}gateway_response_cache_${n}`;
  const counter = (n: string, help: string, value: (s: ResponseCacheSample) => number) =>
    new Counter({
      name: name(n),
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(value(read()));
      },
    });
  const gauge = (n: string, help: string, value: (s: ResponseCacheSample) => number) =>
    new Gauge({
      name: name(n),
      help,
      registers: [registry],
      collect() {
        this.set(value(read()));
      },
    });
  counter('hits_total', 'JSON pages of the read models answered from the response cache', (s) => s.hits);
  counter('misses_total', 'JSON pages of the read models that asked Postgres (not cached, or the cache not live)', (s) => s.misses);
  gauge('pages', 'pages the response cache holds', (s) => s.entries);
  gauge('bytes', 'bytes the response cache counts for the pages it holds', (s) => s.bytes);
  gauge('live', '1 while the response cache follows the read models (its LISTEN in force), 0 while every request asks Postgres', (s) => (s.live ? 1 : 0));
}
