import { readFileSync } from 'node:fs';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';

export { Registry } from 'prom-client';

/** Every claimwire metric name starts with this. */
export const METRIC_PREFIX = 'claimwire_';

export interface RegistryOptions {
  /** The `service` label on every series (ingest, extractor, projector, gateway, standalone). */
  service: string;
  version?: string;
  /** Node process metrics (CPU, memory, event-loop lag, GC, handles). Default true. */
  defaultMetrics?: boolean;
}

/**
 * A fresh registry with the `service` label on every series, the default process metrics
 * and `claimwire_build_info{service,version} 1`. One per process: several services embedded
 * in one process share one registry (their metric names never clash).
 */
export function createRegistry(o: RegistryOptions): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service: o.service });
  if (o.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  const info = new Gauge({
    name: `${METRIC_PREFIX}build_info`,
    help: 'Always 1; the labels say which service and version is running',
    labelNames: ['version'],
    registers: [registry],
  });
  info.set({ version: o.version ?? 'unknown' }, 1);
  return registry;
}

/** The `version` field of a package.json, e.g. `packageVersion(new URL('../package.json', import.meta.url))`. */
export function packageVersion(packageJson: URL | string): string {
  try {
    const v = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: unknown }).version;
    return typeof v === 'string' ? v : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** A GET route for startHealthServer's `routes`: `{ '/metrics': metricsRoute(registry) }`. */
export function metricsRoute(registry: Registry): () => Promise<[string, string]> {
  return async () => [registry.contentType, await registry.metrics()];
}
