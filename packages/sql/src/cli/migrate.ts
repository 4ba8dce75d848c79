import { CommonEnv, loadEnvOrExit } from '@claimwire/config';
import { createLogger, redactUrl } from '@claimwire/logging';
import { migrate } from '../migrations';
import { PgSql } from '../pg';

const env = loadEnvOrExit('migrate', CommonEnv);
const logger = createLogger({ service: 'migrate', level: env.LOG_LEVEL });
const sql = new PgSql({ connectionString: env.DATABASE_URL, logger });
try {
  const applied = await migrate(sql);
  logger.info({ applied, database: redactUrl(env.DATABASE_URL) }, applied.length ? 'migrations applied' : 'schema up to date');
} finally {
  await sql.close();
}
