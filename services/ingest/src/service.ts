import { topicNames } from '@claimwire/config';
import type { EventLog } from '@claimwire/eventlog';
import { recordFeedsConfigStatus, type ConfigReloadOutcome } from '@claimwire/feed-status';
import type { Logger } from '@claimwire/logging';
import type { Sql } from '@claimwire/sql';
import { resolveFeeds, watchFeedsFile, type FeedsFile } from './feeds-config';
import type { FetchOptions } from './fetch';
import type { PollDeps } from './poll-feed';
import type { BackoffPolicy } from './schedule';
import { FeedScheduler } from './scheduler';
import { feedsLastFailingWith, syncFeeds } from './state';

export interface IngestDeps {
  log: EventLog;
  sql: Sql;
  logger: Logger;
  topicPrefix: string;
  feedsFile: FeedsFile;
  /** Path to watch for changes; omit to run on a fixed config. */
  feedsPath?: string;
  fetch: Omit<FetchOptions, 'allowPrivate'>;
  policy?: Partial<BackoffPolicy>;
  hooks?: Pick<PollDeps, 'onFetch' | 'onItems' | 'fullText'> & {
    /** After each reload of the feeds file: applied, or rejected with its problems. */
    onConfigReload?: (e: ConfigReloadStatus) => void;
  };
}

/**
 * The outcome of the last feeds-file reload (null until one happens). It is also kept in
 * Postgres (feeds_config_status), where GET /v1/feeds reads it: a start on a valid file or an
 * applied reload clears a rejection there.
 */
export interface ConfigReloadStatus {
  ok: boolean;
  at: Date;
  /** Why the file was rejected (empty when applied). */
  problems: string[];
}

export interface RunningIngest {
  scheduler: FeedScheduler;
  /** The last reload's outcome: a rejected one means the file on disk is not what runs. */
  lastReload(): ConfigReloadStatus | null;
  stop(): Promise<void>;
}

/** Start polling every configured feed and publishing their items to the articles topic. */
export async function startIngest(d: IngestDeps): Promise<RunningIngest> {
  const topics = topicNames(d.topicPrefix);
  let lastReload: ConfigReloadStatus | null = null;
  // one write after another, so the stored status ends as the last outcome
  let statusWrites: Promise<void> = Promise.resolve();
  const recordStatus = (e: ConfigReloadOutcome) => {
    statusWrites = statusWrites
      .then(() => recordFeedsConfigStatus(d.sql, e))
      .catch((err) => d.logger.error({ err, ok: e.ok }, 'could not record the feeds config status for GET /v1/feeds'));
  };
  const reloaded = (ok: boolean, problems: string[]) => {
    lastReload = { ok, at: new Date(), problems };
    d.hooks?.onConfigReload?.(lastReload);
    recordStatus(ok ? { ok, at: lastReload.at } : { ok, at: lastReload.at, problems });
  };
  let allowPrivate = d.feedsFile.allowPrivate;
  const pollDeps: PollDeps = {
    sql: d.sql,
    log: d.log,
    logger: d.logger,
    articlesTopic: topics.articles,
    get fetchOptions() {
      return { ...d.fetch, allowPrivate };
    },
    ...(d.policy ? { policy: d.policy } : {}),
    ...d.hooks,
  };
  const scheduler = new FeedScheduler(pollDeps, d.logger);
  const apply = async (file: FeedsFile) => {
    const allowChanged = JSON.stringify(allowPrivate) !== JSON.stringify(file.allowPrivate);
    allowPrivate = file.allowPrivate;
    const feeds = resolveFeeds(file);
    await syncFeeds(d.sql, feeds);
    scheduler.setFeeds(feeds);
    // a feed the SSRF guard refused may be allowed now: try it at once, not after its backoff
    if (allowChanged) {
      const blocked = await feedsLastFailingWith(d.sql, 'ssrf_blocked');
      const retried = blocked.filter((id) => scheduler.pollNow(id));
      if (retried.length) d.logger.info({ feeds: retried, allowPrivate }, 'allowPrivate changed; retrying the feeds it blocked now');
    }
  };
  await apply(d.feedsFile);
  // running on a valid file: a rejection recorded before a restart no longer holds
  await recordFeedsConfigStatus(d.sql, { ok: true, at: new Date() });
  const watcher = d.feedsPath
    ? watchFeedsFile(
        d.feedsPath,
        d.logger,
        (f) => {
          reloaded(true, []);
          apply(f).catch((err) => d.logger.error({ err }, 'could not apply the reloaded feeds config'));
        },
        (problems) => reloaded(false, problems),
      )
    : null;
  d.logger.info({ feeds: d.feedsFile.feeds.length, topic: topics.articles }, 'ingest started');
  return {
    scheduler,
    lastReload: () => lastReload,
    stop: async () => {
      watcher?.close();
      await scheduler.stop();
      await statusWrites;
    },
  };
}
