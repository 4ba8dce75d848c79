import type { CommonEnv } from '@claimwire/config';
import { KafkaEventLog, type EventLog, type EventLogFatalError } from '@claimwire/eventlog';
import type { Logger } from '@claimwire/logging';
import { PgSql, type Sql } from '@claimwire/sql';

/** The production adapters: Kafka for the event log, Postgres for SQL. */
export function createEventLog(
  env: Pick<CommonEnv, 'KAFKA_BROKERS'>,
  clientId: string,
  logger: Logger,
  onFatal?: (err: EventLogFatalError) => void,
): EventLog {
  return new KafkaEventLog({
    brokers: env.KAFKA_BROKERS.split(','),
    clientId,
    logger: logger.child({ component: 'kafka' }),
    ...(onFatal ? { onFatal } : {}),
  });
}

export function createSql(env: Pick<CommonEnv, 'DATABASE_URL'>, applicationName: string, logger: Logger, max = 10): Sql {
  return new PgSql({ connectionString: env.DATABASE_URL, applicationName, logger, max });
}
