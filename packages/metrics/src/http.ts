import type { FastifyInstance, FastifySchema } from 'fastify';
import { Histogram, type Registry } from 'prom-client';
import { HTTP_BUCKETS } from './buckets';
import { METRIC_PREFIX } from './registry';

/** The route label of requests no route matched (404s): raw URLs never become labels. */
export const UNMATCHED_ROUTE = '(unmatched)';

export interface HttpMetricsOptions {
  /** Where to serve the registry's metrics; false for no route. Default '/metrics'. */
  path?: string | false;
}

const histograms = new WeakMap<Registry, Histogram<'method' | 'route' | 'status_code'>>();

function histogramOf(registry: Registry): Histogram<'method' | 'route' | 'status_code'> {
  let h = histograms.get(registry);
  if (!h) {
    h = new Histogram({
      name: `${METRIC_PREFIX}http_request_duration_seconds`,
      help: 'Gateway request duration by method, route pattern (e.g. /v1/tolls/:seriesId) and status code',
      labelNames: ['method', 'route', 'status_code'] as const,
      buckets: HTTP_BUCKETS,
      registers: [registry],
    });
    histograms.set(registry, h);
  }
  return h;
}

/**
 * Time every request of a fastify app into `claimwire_http_request_duration_seconds` and
 * serve the registry on GET /metrics. Register it before the routes. The route label is the
 * route pattern (routeOptions.url), never the raw URL, so cardinality stays bounded.
 */
export function registerHttpMetrics(app: FastifyInstance, registry: Registry, o: HttpMetricsOptions = {}): void {
  const duration = histogramOf(registry);
  app.addHook('onResponse', async (req, reply) => {
    duration.observe(
      { method: req.method, route: req.routeOptions.url ?? UNMATCHED_ROUTE, status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  const path = o.path ?? '/metrics';
  if (path !== false) {
    app.get(path, { logLevel: 'warn', // hide: keep /metrics out of the OpenAPI document (@fastify/swagger reads it)
      schema: { hide: true } as FastifySchema }, async (_req, reply) => {
      reply.header('content-type', registry.contentType).header('cache-control', 'no-store');
      return registry.metrics();
    });
  }
}
