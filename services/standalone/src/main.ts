import { loadEnvOrExit } from '@claimwire/config';
import { createLogger } from '@claimwire/logging';
import { runService } from '@claimwire/runtime';
import { StandaloneEnv } from './config';
import { startStandalone } from './standalone';

const env = loadEnvOrExit('claimwire', StandaloneEnv);
const logger = createLogger({ service: 'standalone', level: env.LOG_LEVEL });

await runService({
  name: 'claimwire',
  logger,
  shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  start: (fatal) => startStandalone(env, logger, fatal),
});
