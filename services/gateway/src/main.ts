import { loadEnv } from '@claimwire/config';
import { createLogger } from '@claimwire/logging';
import { createSql, runService } from '@claimwire/runtime';
import { build } from './app';
import { GatewayEnv } from './config';

const env = loadEnv(GatewayEnv);
const logger = createLogger({ service: 'gateway', level: env.LOG_LEVEL });

await runService({
  name: 'gateway',
  logger,
  shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  start: async () => {
    const sql = createSql(env, 'claimwire-gateway', logger, 20);
    const app = await build({ sql, logger });
    const url = await app.listen({ port: env.PORT, host: env.HOST });
    logger.info({ url }, 'gateway listening');
    return {
      parts: [
        { name: 'http server', stop: () => app.close() },
        { name: 'postgres pool', stop: () => sql.close() },
      ],
    };
  },
});
