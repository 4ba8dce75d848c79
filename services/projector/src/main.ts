import { loadEnv } from '@claimwire/config';
import { createLogger } from '@claimwire/logging';
import { migrate } from '@claimwire/sql';
import { createEventLog, createSql, ensureClaimwireTopics, runService, startHealthServer } from '@claimwire/runtime';
import { ProjectorEnv } from './config';
import { startProjector } from './service';

const env = loadEnv(ProjectorEnv);
const logger = createLogger({ service: 'projector', level: env.LOG_LEVEL });

await runService({
  name: 'projector',
  logger,
  shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  start: async (fatal) => {
    const sql = createSql(env, 'claimwire-projector', logger);
    const log = createEventLog(env, 'claimwire-projector', logger, fatal);
    await migrate(sql);
    await ensureClaimwireTopics(log, env.TOPIC_PREFIX);
    const running = await startProjector({ log, sql, logger, topicPrefix: env.TOPIC_PREFIX, version: env.PROJECTION_VERSION });
    const health = await startHealthServer(env.HEALTH_PORT, env.HEALTH_HOST, {
      checks: { postgres: () => sql.ping(), kafka: () => log.ping() },
    });
    return {
      parts: [
        { name: 'consumer', stop: () => running.subscription.stop() },
        { name: 'health server', stop: () => health.close() },
        { name: 'event log', stop: () => log.close() },
        { name: 'postgres pool', stop: () => sql.close() },
      ],
    };
  },
});
