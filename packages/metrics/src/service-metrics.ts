import type { Registry } from 'prom-client';
import { createExtractorMetrics, type ExtractorMetrics } from './extractor';
import { createIngestMetrics, type IngestMetrics } from './ingest';
import { createProjectorMetrics, type ProjectorMetrics } from './projector';
import { createRegistry, metricsRoute } from './registry';

export type ServiceName = 'ingest' | 'extractor' | 'projector' | 'gateway';

interface MetricsByService {
  ingest: IngestMetrics;
  extractor: ExtractorMetrics;
  projector: ProjectorMetrics;
  /** The gateway's HTTP histogram is added by registerHttpMetrics(app, registry). */
  gateway: Record<string, never>;
}

export interface ServiceMetrics<S extends ServiceName> {
  service: S;
  registry: Registry;
  metrics: MetricsByService[S];
  /** For startHealthServer's routes: `{ '/metrics': m.route }`. */
  route: () => Promise<[string, string]>;
}

export interface ServiceMetricsOptions {
  version?: string;
  /** Share one registry (several services in one process); default: a new one with process metrics. */
  registry?: Registry;
}

/**
 * A service's registry and its typed metrics. Metric names are distinct per service, so the
 * embedded mode can create all four on one registry:
 * `const r = createRegistry({ service: 'standalone' }); createServiceMetrics('ingest', { registry: r }); …`
 */
export function createServiceMetrics<S extends ServiceName>(service: S, o: ServiceMetricsOptions = {}): ServiceMetrics<S> {
  const registry = o.registry ?? createRegistry({ service, ...(o.version ? { version: o.version } : {}) });
  const make: { [K in ServiceName]: (r: Registry) => MetricsByService[K] } = {
    ingest: createIngestMetrics,
    extractor: createExtractorMetrics,
    projector: (r) => createProjectorMetrics(r),
    gateway: () => ({}),
  };
  return { service, registry, metrics: make[service](registry) as MetricsByService[S], route: metricsRoute(registry) };
}
