import { parseArgs } from 'node:util';
import { loadEnvOrExit } from '@claimwire/config';
import { createLogger } from '@claimwire/logging';
import { migrate } from '@claimwire/sql';
import { createEventLog, createSql, ensureClaimwireTopics } from '@claimwire/runtime';
import { ProjectorEnv } from '../config';
import { progressReporter, rebuild } from '../rebuild';

/**
 * npm run rebuild [-- --version N] [-- --no-activate]
 * Replays the topics into a new projection version while the active one serves, then
 * switches over. Progress goes to stderr (a bar on a TTY, plain lines otherwise).
 */
const { values } = parseArgs({
  options: { version: { type: 'string' }, 'no-activate': { type: 'boolean', default: false } },
  allowPositionals: false,
});
const wanted = values.version === undefined ? undefined : Number(values.version);
if (wanted !== undefined && (!Number.isInteger(wanted) || wanted < 1)) {
  process.stderr.write(`--version must be a whole number >= 1, got ${values.version}\n`);
  process.exit(2);
}

const env = loadEnvOrExit('rebuild', ProjectorEnv);
const logger = createLogger({ service: 'projector-rebuild', level: env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL });
const sql = createSql(env, 'claimwire-rebuild', logger);
const log = createEventLog(env, 'claimwire-rebuild', logger);
let exitCode = 0;
try {
  await migrate(sql);
  await ensureClaimwireTopics(log, env.TOPIC_PREFIX);
  const bar = progressReporter(process.stderr, 'rebuild');
  const r = await rebuild({
    sql,
    log,
    logger,
    topicPrefix: env.TOPIC_PREFIX,
    ...(wanted !== undefined ? { version: wanted } : {}),
    activate: !values['no-activate'],
    onProgress: (p, final) => bar.update(p, final),
  });
  process.stdout.write(
    `projection version ${r.version} (${r.schema}) built: ${r.events} events in ${r.seconds.toFixed(1)} s; ` +
      `${r.activated ? 'now active (the live projector follows within its poll interval)' : 'not activated'}\n`,
  );
} catch (err) {
  process.stderr.write(`rebuild failed: ${(err as Error).message}\n`);
  exitCode = 1;
} finally {
  await log.close().catch(() => undefined);
  await sql.close().catch(() => undefined);
}
process.exit(exitCode);
