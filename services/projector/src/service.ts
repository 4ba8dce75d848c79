import { topicNames } from '@claimwire/config';
import type { EventLog, Subscription } from '@claimwire/eventlog';
import type { Logger } from '@claimwire/logging';
import { ensureVersion } from '@claimwire/readmodel';
import type { Sql } from '@claimwire/sql';
import { createProjectionHandler, type BatchStats } from './projection';

export interface ProjectorDeps {
  log: EventLog;
  sql: Sql;
  logger: Logger;
  topicPrefix: string;
  version: number;
  onApplied?: (s: BatchStats) => void;
}

export interface RunningProjector {
  groupId: string;
  schema: string;
  subscription: Subscription;
}

export function projectorGroupId(prefix: string, version: number): string {
  return `${prefix}projector-v${version}`;
}

/** Start folding the articles and claims topics into the read models of one projection version. */
export async function startProjector(d: ProjectorDeps): Promise<RunningProjector> {
  const topics = topicNames(d.topicPrefix);
  const pv = await ensureVersion(d.sql, d.version);
  const groupId = projectorGroupId(d.topicPrefix, d.version);
  const handler = createProjectionHandler({
    sql: d.sql,
    log: d.log,
    logger: d.logger,
    version: d.version,
    schema: pv.schemaName,
    deadLetterTopics: { [topics.articles]: topics.articlesDlq, [topics.claims]: topics.claimsDlq },
    ...(d.onApplied ? { onApplied: d.onApplied } : {}),
  });
  const subscription = await d.log.subscribe({
    groupId,
    topics: [topics.articles, topics.claims],
    fromBeginning: true,
    handleBatch: handler,
    onHandlerError: (err, where) =>
      d.logger.warn({ err, ...where }, 'projection batch failed (infrastructure); retrying'),
  });
  d.logger.info({ groupId, schema: pv.schemaName, status: pv.status }, 'projector started');
  return { groupId, schema: pv.schemaName, subscription };
}
