import { loadEnvOrExit, orExit } from '@claimwire/config';
import { createLogger } from '@claimwire/logging';
import { createServiceMetrics, packageVersion } from '@claimwire/metrics';
import { upgradeVersions } from '@claimwire/readmodel';
import { createSql, runService, startHealthServer } from '@claimwire/runtime';
import { build } from './app';
import { GatewayEnv } from './config';
import { parseTrustProxy } from './http/rate-limit-scope';
import { loadPlaces, loadReporterIds } from './places-file';

const env = loadEnvOrExit('gateway', GatewayEnv);
const places = orExit('gateway', () => loadPlaces(env.GAZETTEER_FILE));
const reporterIds = orExit('gateway', () => loadReporterIds(env.GAZETTEER_FILE));
const version = packageVersion(new URL('../package.json', import.meta.url));
const logger = createLogger({ service: 'gateway', version, level: env.LOG_LEVEL });
const { registry, route: metricsRoute } = createServiceMetrics('gateway', { version });

await runService({
  name: 'gateway',
  logger,
  shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  start: async () => {
    // read-only, a bounded set of statements: each is planned once a connection
    const sql = createSql(env, 'claimwire-gateway', logger, env.PG_POOL_MAX, true);
    // read models made by an older release get this release's additive indexes and rollups
    const upgraded = await upgradeVersions(sql);
    if (upgraded.length) logger.info({ schemas: upgraded }, 'read models up to date');
    const privateMetrics = env.METRICS_PORT !== undefined;
    const app = await build({
      sql,
      logger,
      metrics: registry,
      metricsRoute: !privateMetrics,
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
      trustProxy: parseTrustProxy(env.TRUST_PROXY),
      maxConcurrentExports: env.MAX_CONCURRENT_EXPORTS,
      places,
      reporterIds,
      streamLimits: { maxStreams: env.MAX_STREAMS, maxBufferedBytes: env.STREAM_MAX_BUFFER_KB * 1024, heartbeatMs: env.STREAM_HEARTBEAT_MS },
      responseCache: { maxBytes: Math.round(env.RESPONSE_CACHE_MB * 1024 * 1024), maxEntries: env.RESPONSE_CACHE_ENTRIES },
    });
    const url = await app.listen({ port: env.PORT, host: env.HOST });
    // /metrics on a port of its own, kept off the public one
    const metricsServer = privateMetrics
      ? await startHealthServer(env.METRICS_PORT as number, env.METRICS_HOST, { checks: { postgres: () => sql.ping() }, routes: { '/metrics': metricsRoute } })
      : null;
    logger.info({ url, metricsPort: metricsServer?.port ?? null }, 'gateway listening');
    return {
      parts: [
        { name: 'http server', stop: () => app.close() },
        ...(metricsServer ? [{ name: 'metrics server', stop: () => metricsServer.close() }] : []),
        { name: 'postgres pool', stop: () => sql.close() },
      ],
    };
  },
});
