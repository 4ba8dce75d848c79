import { loadEnvOrExit } from '@claimwire/config';
import { createLogger } from '@claimwire/logging';
import { createServiceMetrics, packageVersion } from '@claimwire/metrics';
import { createEventLog, createSql, ensureClaimwireTopics, runService, startHealthServer } from '@claimwire/runtime';
import { migrate } from '@claimwire/sql';
import { IngestEnv, ingestSettings } from './config';
import { readFeedHealth } from './feed-health-metrics';
import { loadFeedsFile } from './feeds-config';
import { startIngest } from './service';

const env = loadEnvOrExit('ingest', IngestEnv);
const version = packageVersion(new URL('../package.json', import.meta.url));
const logger = createLogger({ service: 'ingest', version, level: env.LOG_LEVEL });
const { metrics, route: metricsRoute } = createServiceMetrics('ingest', { version });

await runService({
  name: 'ingest',
  logger,
  shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  start: async (fatal) => {
    const feedsFile = loadFeedsFile(env.FEEDS_FILE);
    const sql = createSql(env, 'claimwire-ingest', logger);
    const log = createEventLog(env, 'claimwire-ingest', logger, fatal);
    await migrate(sql);
    await ensureClaimwireTopics(log, env.TOPIC_PREFIX);
    const ingest = await startIngest({
      log,
      sql,
      logger,
      topicPrefix: env.TOPIC_PREFIX,
      feedsFile,
      feedsPath: env.FEEDS_FILE,
      ...ingestSettings(env),
      hooks: { onFetch: metrics.onFetch, onItems: metrics.onItems, onConfigReload: metrics.onConfigReload },
    });
    metrics.observeFeedHealth(readFeedHealth(sql));
    const health = await startHealthServer(env.HEALTH_PORT, env.HEALTH_HOST, {
      checks: { postgres: () => sql.ping(), kafka: () => log.ping() },
      routes: { '/metrics': metricsRoute },
    });
    return {
      parts: [
        { name: 'feed scheduler', stop: () => ingest.stop() },
        { name: 'health server', stop: () => health.close() },
        { name: 'event log', stop: () => log.close() },
        { name: 'postgres pool', stop: () => sql.close() },
      ],
    };
  },
});
