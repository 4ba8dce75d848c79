// One-shot setup for a deployment: apply SQL migrations and create the topics (explicit
// partition counts, the source-of-truth topics kept forever). Creates the database
// DATABASE_URL names when it does not exist. Idempotent.
import { CommonEnv, loadEnvOrExit } from '@claimwire/config';
import { createLogger, redactUrl } from '@claimwire/logging';
import { migrate } from '@claimwire/sql';
import { createEventLog, createSql } from '../adapters';
import { ensureDatabase } from '../database';
import { ensureClaimwireTopics } from '../topics';

const env = loadEnvOrExit('setup', CommonEnv);
const logger = createLogger({ service: 'setup', level: env.LOG_LEVEL });
try {
  await ensureDatabase(env.DATABASE_URL, logger);
} catch (err) {
  logger.fatal({ err, database: redactUrl(env.DATABASE_URL) }, 'setup failed: database unavailable');
  process.exit(1);
}
const sql = createSql(env, 'claimwire-setup', logger, 2);
const log = createEventLog(env, 'claimwire-setup', logger);
try {
  const applied = await migrate(sql);
  logger.info({ applied, database: redactUrl(env.DATABASE_URL) }, 'database migrated');
  await ensureClaimwireTopics(log, env.TOPIC_PREFIX);
  logger.info({ brokers: env.KAFKA_BROKERS, prefix: env.TOPIC_PREFIX }, 'topics ready');
} catch (err) {
  logger.fatal({ err }, 'setup failed');
  process.exitCode = 1;
} finally {
  await log.close();
  await sql.close();
}
