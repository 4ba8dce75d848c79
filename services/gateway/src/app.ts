import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from '@claimwire/logging';
import { registerHttpMetrics, registerResponseCacheMetrics, type Registry } from '@claimwire/metrics';
import type { Sql } from '@claimwire/sql';
import { registerDashboard } from './dashboard';
import { registerEtags } from './http/etag';
import { badRequest, ProblemError, problemErrorHandler, sendProblem } from './http/problem';
import { isRateLimitExempt, type TrustProxy } from './http/rate-limit-scope';
import { createExportSlots } from './http/export-slots';
import { problemTypeUri } from './problems/catalogue';
import { registerProblemPages } from './problems/pages';
import { buildOpenApiDocument } from './openapi/document';
import { registerDocs } from './openapi/docs';
import { EXPOSED_HEADERS } from './openapi/headers';
import type { PlaceIndex } from './domain/places';
import { loadPlaces, loadReporterIds } from './places-file';
import type { LruLimits } from './cache/page-lru';
import { ResponseCache } from './cache/response-cache';
import { activeSchemaResolver } from './readmodel-schema';
import { articlesPlugin } from './routes/articles';
import { claimsPlugin } from './routes/claims';
import { feedsPlugin } from './routes/feeds';
import { healthPlugin } from './routes/health';
import type { V1Deps } from './routes/shared';
import { sourcesPlugin } from './routes/sources';
import { DEFAULT_STREAM_LIMITS, streamPlugin, type StreamLimits } from './routes/stream';
import { strikesPlugin } from './routes/strikes';
import { talksPlugin } from './routes/talks';
import { tollsPlugin } from './routes/tolls';

export interface BuildOptions {
  sql: Sql;
  logger: Logger;
  /** Longest accepted request URL (path + query), in bytes. */
  maxUrlLength?: number;
  /** Requests per minute and client IP; 0 or unset: no limit (main.ts sets it from RATE_LIMIT_PER_MINUTE, default 600). */
  rateLimitPerMinute?: number;
  /** Parse every response with its zod schema before it is sent (default true). */
  validateResponses?: boolean;
  /** How long the active projection version is cached (ms). */
  schemaTtlMs?: number;
  /** Request durations go to this registry, served on GET /metrics. */
  metrics?: Registry;
  /** Serve the registry at GET /metrics on this app (default true); false when a private port serves it. */
  metricsRoute?: boolean;
  /** Whose X-Forwarded-For to believe (TRUST_PROXY, see parseTrustProxy): the client address rate limiting counts. Default false. */
  trustProxy?: TrustProxy;
  /** CSV and GeoJSON exports streaming at once; more get 503 with Retry-After (main.ts: MAX_CONCURRENT_EXPORTS). Default 4. */
  maxConcurrentExports?: number;
  /** The gazetteer's places, where strikes are drawn (main.ts: GAZETTEER_FILE). Default: config/gazetteer.yaml. */
  places?: PlaceIndex;
  /** The gazetteer's reporter entity ids (main.ts: GAZETTEER_FILE): known to /v1/tolls?reporter= before they report. Default: config/gazetteer.yaml's. */
  reporterIds?: ReadonlySet<string>;
  /** GET /v1/stream: open streams, unsent bytes a stream, heartbeat and poll (main.ts: MAX_STREAMS, STREAM_*). */
  streamLimits?: Partial<StreamLimits>;
  /**
   * Keep JSON pages of the read models between the projector's commits, within these bounds
   * (main.ts: RESPONSE_CACHE_MB, RESPONSE_CACHE_ENTRIES). Unset or a bound of 0: no cache.
   */
  responseCache?: LruLimits;
}

export const API_INFO = {
  title: 'claimwire',
  version: '1.0.0',
  description:
    'Structured, sourced claims from war news: casualty tolls, talks and strikes. Every figure, round and strike carries its sources (claim, article, evidence sentence). Errors are RFC 9457 problem+json naming the offending parameter.',
};

/** The /v1 resources, each a fastify plugin, in the order /openapi.json lists their paths. */
const V1_RESOURCES = [tollsPlugin, talksPlugin, strikesPlugin, sourcesPlugin, claimsPlugin, articlesPlugin, feedsPlugin];

/** Build the gateway app without listening: tests drive it with app.inject(). */
export async function build(o: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: o.logger as FastifyBaseLogger,
    bodyLimit: 64 * 1024,
    requestIdHeader: 'x-request-id',
    trustProxy: o.trustProxy ?? false,
    genReqId: () => crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // errors raised by the router itself (a malformed or over-long path) are problem+json too
    frameworkErrors: (err, req, reply) => {
      const tooLong = err.code === 'FST_ERR_MAX_PARAM_LENGTH';
      void sendProblem(reply, req, {
        type: problemTypeUri('invalid-parameter'),
        title: 'Invalid request parameter',
        status: 400,
        detail: tooLong ? 'a path parameter is longer than 200 characters' : 'the request path is not a valid URL',
        parameter: '(path)',
        errors: [{ parameter: '(path)', message: tooLong ? 'longer than 200 characters' : 'not a valid URL component' }],
      });
    },
  });
  const maxUrl = o.maxUrlLength ?? 4096;
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (req.url.length > maxUrl) throw badRequest([{ parameter: '(query)', message: `request URL longer than ${maxUrl} bytes` }]);
  });
  app.setErrorHandler(problemErrorHandler);
  app.setNotFoundHandler((req, reply) =>
    sendProblem(reply, req, {
      type: problemTypeUri('not-found'),
      title: 'Not found',
      status: 404,
      detail: `no route ${req.method} ${req.url.split('?')[0]}`,
    }),
  );
  const perMinute = o.rateLimitPerMinute ?? 0;
  if (perMinute > 0) {
    await app.register(rateLimit, {
      max: perMinute,
      timeWindow: 60_000,
      // health probes and the dashboard's static files are never throttled
      allowList: (req) => isRateLimitExempt(req.url),
      errorResponseBuilder: (_req, ctx) =>
        Object.assign(
          new ProblemError({
            type: problemTypeUri('rate-limited'),
            title: 'Too many requests',
            status: 429,
            detail: `more than ${ctx.max} requests per minute; retry in ${Math.ceil(ctx.ttl / 1000)} s`,
          }),
          { statusCode: 429 },
        ),
    });
  }
  await app.register(cors, { origin: '*', methods: ['GET', 'HEAD', 'OPTIONS'], exposedHeaders: EXPOSED_HEADERS });
  if (o.metrics) registerHttpMetrics(app, o.metrics, o.metricsRoute === false ? { path: false } : {});
  registerEtags(app);
  // every resource plugin is registered after the hooks and handlers above, so its routes inherit them
  await app.register(healthPlugin, { checks: { postgres: () => o.sql.ping() } });
  const schema = activeSchemaResolver(o.sql, o.schemaTtlMs);
  const deps: V1Deps = { db: o.sql, schema, places: o.places ?? loadPlaces(), reporterIds: o.reporterIds ?? loadReporterIds() };
  const exportSlots = createExportSlots(o.maxConcurrentExports ?? 4);
  const responseCache = o.responseCache && o.responseCache.maxBytes > 0 && o.responseCache.maxEntries > 0
    ? new ResponseCache({ db: o.sql, schema, logger: o.logger, limits: o.responseCache })
    : undefined;
  app.decorate('responseCache', responseCache ?? null);
  if (responseCache) {
    if (o.metrics) registerResponseCacheMetrics(o.metrics, () => responseCache.state);
    app.addHook('preClose', async () => responseCache.stop());
    await responseCache.start();
  }
  for (const resource of V1_RESOURCES) await app.register(resource, { deps, validateResponses: o.validateResponses ?? true, exportSlots, responseCache });
  const streamLimits = { ...DEFAULT_STREAM_LIMITS, ...o.streamLimits };
  await app.register(streamPlugin, { deps, limits: streamLimits, logger: o.logger });
  await registerDocs(app, buildOpenApiDocument([...V1_RESOURCES.flatMap((r) => r.routes(deps)), ...streamPlugin.routes(streamLimits)], API_INFO));
  registerProblemPages(app);
  await registerDashboard(app);
  return app;
}
