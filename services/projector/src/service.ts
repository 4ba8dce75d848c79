import { topicNames } from '@claimwire/config';
import type { EventLog, Subscription } from '@claimwire/eventlog';
import type { Logger } from '@claimwire/logging';
import { PROJECTION_NAME, activeVersion, ensureVersion, readCheckpoints, schemaFor, upgradeVersions } from '@claimwire/readmodel';
import type { Sql } from '@claimwire/sql';
import { createProjectionHandler, type BatchStats } from './projection';

export interface ProjectorDeps {
  log: EventLog;
  sql: Sql;
  logger: Logger;
  topicPrefix: string;
  /** The version to create and serve when no version is active yet (a fresh database). */
  version: number;
  /** How often to look for a switch-over to another version (ms). */
  pollMs?: number;
  onApplied?: (s: BatchStats) => void;
}

export interface RunningProjector {
  /** The version being projected into now (the active one), null before there is one. */
  current(): { version: number; schema: string; groupId: string } | null;
  /** Look for a switch-over now instead of waiting for the next poll. */
  follow(): Promise<void>;
  stop(): Promise<void>;
}

export function projectorGroupId(prefix: string, version: number): string {
  return `${prefix}projector-v${version}`;
}

/** Subscribe one projection version to the articles and claims topics. */
export async function subscribeVersion(
  d: Pick<ProjectorDeps, 'log' | 'sql' | 'logger' | 'topicPrefix' | 'onApplied'>,
  version: number,
  /** false for a rebuild: the live projector filed the letters of these records already */
  fileDeadLetters = true,
): Promise<{ groupId: string; schema: string; subscription: Subscription }> {
  const topics = topicNames(d.topicPrefix);
  const schema = schemaFor(version);
  const groupId = projectorGroupId(d.topicPrefix, version);
  const handler = createProjectionHandler({
    sql: d.sql,
    log: d.log,
    logger: d.logger,
    version,
    schema,
    // claims only: an unreadable article is the extractor's to file (one bad record, one letter)
    deadLetterTopics: fileDeadLetters ? { [topics.claims]: topics.claimsDlq } : {},
    ...(d.onApplied ? { onApplied: d.onApplied } : {}),
  });
  const subscription = await d.log.subscribe({
    groupId,
    topics: [topics.articles, topics.claims],
    fromBeginning: true,
    // the checkpoints stored with the read models say where to resume, not the broker's
    // committed offsets: after a database restore the projector re-applies what is missing
    startOffset: async (topic, partition) => {
      const cp = (await readCheckpoints(d.sql, PROJECTION_NAME, version)).get(`${topic}/${partition}`);
      return cp === undefined ? '0' : cp.toString();
    },
    handleBatch: handler,
    onHandlerError: (err, where) => d.logger.warn({ err, readModelVersion: version, ...where }, 'projection batch failed (infrastructure); retrying'),
  });
  return { groupId, schema, subscription };
}

/**
 * The live projector: it folds the topics into the read models of the ACTIVE version and
 * follows switch-overs. Every `pollMs` it reads the active version from the projections
 * table; when a rebuild has activated another version, it stops its subscription to the old
 * one and subscribes the new one (whose checkpoints tell where the rebuild left off, so
 * nothing is applied twice or skipped). A fresh database gets `version` created and active.
 */
export async function startProjector(d: ProjectorDeps): Promise<RunningProjector> {
  if (!(await activeVersion(d.sql))) await ensureVersion(d.sql, d.version);
  else await upgradeVersions(d.sql);
  let current: ({ version: number } & Awaited<ReturnType<typeof subscribeVersion>>) | null = null;
  let stopped = false;
  let chain: Promise<void> = Promise.resolve();

  const switchIfNeeded = async () => {
    if (stopped) return;
    const active = await activeVersion(d.sql);
    if (!active || active.version === current?.version) return;
    if (current) {
      d.logger.info({ from: current.version, to: active.version }, 'active projection version changed; switching over');
      await current.subscription.stop();
      current = null;
    }
    const sub = await subscribeVersion(d, active.version);
    current = { version: active.version, ...sub };
    d.logger.info({ groupId: sub.groupId, schema: sub.schema }, 'projector following the active version');
  };
  const follow = () => {
    chain = chain.then(switchIfNeeded).catch((err) => d.logger.warn({ err }, 'could not check the active projection version'));
    return chain;
  };

  await switchIfNeeded();
  const timer = setInterval(() => void follow(), d.pollMs ?? 2000);
  timer.unref();
  return {
    current: () => (current ? { version: current.version, schema: current.schema, groupId: current.groupId } : null),
    follow,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await chain;
      await current?.subscription.stop();
    },
  };
}
