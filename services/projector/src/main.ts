import { loadEnvOrExit, topicNames } from '@claimwire/config';
import { createLogger } from '@claimwire/logging';
import { createServiceMetrics, packageVersion, registerConsumerLag } from '@claimwire/metrics';
import { setReportCacheEntries } from '@claimwire/readmodel';
import { migrate } from '@claimwire/sql';
import { createEventLog, createSql, ensureClaimwireTopics, runService, startHealthServer } from '@claimwire/runtime';
import { ProjectorEnv } from './config';
import { startProjector } from './service';

const env = loadEnvOrExit('projector', ProjectorEnv);
setReportCacheEntries(env.REPORT_CACHE_ENTRIES);
const version = packageVersion(new URL('../package.json', import.meta.url));
const logger = createLogger({ service: 'projector', version, level: env.LOG_LEVEL });
const { registry, metrics, route: metricsRoute } = createServiceMetrics('projector', { version });

await runService({
  name: 'projector',
  logger,
  shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  start: async (fatal) => {
    const sql = createSql(env, 'claimwire-projector', logger);
    const log = createEventLog(env, 'claimwire-projector', logger, fatal);
    await migrate(sql);
    await ensureClaimwireTopics(log, env.TOPIC_PREFIX);
    const running = await startProjector({
      log,
      sql,
      logger,
      topicPrefix: env.TOPIC_PREFIX,
      version: env.PROJECTION_VERSION,
      pollMs: env.PROJECTION_POLL_MS,
      onApplied: metrics.onApplied,
    });
    const topics = topicNames(env.TOPIC_PREFIX);
    registerConsumerLag(registry, log, { groupId: () => running.current()?.groupId ?? null, topics: [topics.articles, topics.claims] });
    const health = await startHealthServer(env.HEALTH_PORT, env.HEALTH_HOST, {
      checks: { postgres: () => sql.ping(), kafka: () => log.ping() },
      routes: { '/metrics': metricsRoute },
    });
    return {
      parts: [
        { name: 'consumer', stop: () => running.stop() },
        { name: 'health server', stop: () => health.close() },
        { name: 'event log', stop: () => log.close() },
        { name: 'postgres pool', stop: () => sql.close() },
      ],
    };
  },
});
