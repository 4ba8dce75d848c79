// `npm run -s dlq -- list|show|replay`: inspect dead letters and re-publish them once the
// cause is fixed. Operations are CLI-only by design: there is no admin HTTP endpoint.
import { CommonEnv, loadEnvOrExit } from '@claimwire/config';
import { createLogger } from '@claimwire/logging';
import { createEventLog, createSql } from '@claimwire/runtime';
import { migrate } from '@claimwire/sql';
import { runDlqCommand } from './commands';

const env = loadEnvOrExit('dlq', CommonEnv, { LOG_LEVEL: 'warn', ...process.env });
const logger = createLogger({ service: 'dlq-cli', level: env.LOG_LEVEL, pretty: false, destination: process.stderr as never });
const log = createEventLog(env, 'claimwire-dlq-cli', logger);
let sql = createSql(env, 'claimwire-dlq-cli', logger, 2);
let code = 1;
try {
  try {
    await migrate(sql);
  } catch (err) {
    logger.warn({ err }, 'database unavailable: replay state unknown');
    await sql.close().catch(() => undefined);
    sql = null as never;
  }
  code = await runDlqCommand(process.argv.slice(2), {
    log,
    sql: sql ?? null,
    prefix: env.TOPIC_PREFIX,
    out: (l) => process.stdout.write(`${l}\n`),
    err: (l) => process.stderr.write(`${l}\n`),
  });
} catch (err) {
  process.stderr.write(`dlq: ${(err as Error).message}\n`);
} finally {
  await log.close();
  await sql?.close().catch(() => undefined);
}
process.exit(code);
