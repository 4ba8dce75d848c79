import { join } from 'node:path';
import type { CommonEnv } from '@claimwire/config';
import { EmbeddedEventLog, KafkaEventLog, type EventLog, type EventLogFatalError } from '@claimwire/eventlog';
import type { Logger } from '@claimwire/logging';
import { PgliteSql, PgSql, type Sql } from '@claimwire/sql';

/** The production adapters: Kafka for the event log, Postgres for SQL (embedded ones below). */
export function createEventLog(
  env: Pick<CommonEnv, 'KAFKA_BROKERS'> & Partial<Pick<CommonEnv, 'KAFKA_SESSION_TIMEOUT_MS'>>,
  clientId: string,
  logger: Logger,
  onFatal?: (err: EventLogFatalError) => void,
): EventLog {
  return new KafkaEventLog({
    brokers: env.KAFKA_BROKERS.split(','),
    clientId,
    logger: logger.child({ component: 'kafka' }),
    ...(onFatal ? { onFatal } : {}),
    ...(env.KAFKA_SESSION_TIMEOUT_MS ? { sessionTimeoutMs: env.KAFKA_SESSION_TIMEOUT_MS } : {}),
  });
}

/** A Postgres pool of `max` connections; `prepare` names every statement (see PgSqlOptions). */
export function createSql(env: Pick<CommonEnv, 'DATABASE_URL'>, applicationName: string, logger: Logger, max = 10, prepare = false): Sql {
  return new PgSql({ connectionString: env.DATABASE_URL, applicationName, logger, max, prepare });
}

/** Which adapter each port gets. */
export interface AdapterChoice {
  eventLog: 'kafka' | 'embedded';
  sql: 'postgres' | 'pglite';
}

/**
 * Pick adapters from the raw environment (not the parsed one: CommonEnv fills in defaults):
 * Kafka when KAFKA_BROKERS is set, else the embedded on-disk log; Postgres when
 * DATABASE_URL is set, else PGlite.
 */
export function chooseAdapters(env: NodeJS.ProcessEnv = process.env): AdapterChoice {
  return {
    eventLog: env.KAFKA_BROKERS ? 'kafka' : 'embedded',
    sql: env.DATABASE_URL ? 'postgres' : 'pglite',
  };
}

/** Where the embedded adapters keep their data under a data directory. */
export function embeddedPaths(dataDir: string): { eventLog: string; pglite: string } {
  return { eventLog: join(dataDir, 'eventlog'), pglite: join(dataDir, 'pglite') };
}

export interface AdapterDeps {
  env: Pick<CommonEnv, 'KAFKA_BROKERS' | 'DATABASE_URL'> & Partial<Pick<CommonEnv, 'KAFKA_SESSION_TIMEOUT_MS'>>;
  /** Root of the embedded adapters' data (used only by them). */
  dataDir: string;
  clientId: string;
  logger: Logger;
  onFatal?: (err: EventLogFatalError) => void;
  /** Postgres pool size (PGlite always has one connection). */
  poolMax?: number;
  /** fsync policy of the embedded event log (default 'always'). */
  eventLogFsync?: 'always' | 'never';
}

/** Both ports, each on the adapter `choice` names. */
export function createAdapters(choice: AdapterChoice, d: AdapterDeps): { log: EventLog; sql: Sql } {
  const paths = embeddedPaths(d.dataDir);
  const log =
    choice.eventLog === 'kafka'
      ? createEventLog(d.env, d.clientId, d.logger, d.onFatal)
      : new EmbeddedEventLog({
          dir: paths.eventLog,
          logger: d.logger.child({ component: 'eventlog' }),
          fsync: d.eventLogFsync ?? 'always',
          ...(d.onFatal ? { onFatal: d.onFatal } : {}),
        });
  const sql =
    choice.sql === 'postgres'
      ? createSql(d.env, d.clientId, d.logger, d.poolMax)
      : new PgliteSql({ dataDir: paths.pglite, logger: d.logger.child({ component: 'pglite' }) });
  return { log, sql };
}
