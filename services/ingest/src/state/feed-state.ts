import type { Sql, SqlExecutor } from '@claimwire/sql';
import type { Feed } from '../feeds-config';
import { EMPTY_COUNTERS, type FeedFetchCounters } from '../schedule';

export interface FeedState {
  etag: string | null;
  lastModified: string | null;
  counters: FeedFetchCounters;
  nextAttemptAt: Date | null;
  /** Where the configured URL permanently redirects to, when it does (see migration 004). */
  movedTo: string | null;
}

/**
 * Register configured feeds (url, interval, enabled); feeds no longer configured are marked
 * disabled. A feed whose URL changed forgets the old URL's validators and redirect note.
 */
export async function syncFeeds(sql: Sql, feeds: readonly Feed[]): Promise<void> {
  await sql.transaction(async (tx) => {
    for (const f of feeds) {
      await tx.query(
        `INSERT INTO feeds (feed_id, url, title, enabled, interval_seconds) VALUES ($1,$2,$3,$4,$5)
         ON CONFLICT (feed_id) DO UPDATE SET url = EXCLUDED.url, title = COALESCE(EXCLUDED.title, feeds.title),
           etag = CASE WHEN feeds.url = EXCLUDED.url THEN feeds.etag END,
           last_modified = CASE WHEN feeds.url = EXCLUDED.url THEN feeds.last_modified END,
           moved_to = CASE WHEN feeds.url = EXCLUDED.url THEN feeds.moved_to END,
           moved_detected_at = CASE WHEN feeds.url = EXCLUDED.url THEN feeds.moved_detected_at END,
           enabled = EXCLUDED.enabled, interval_seconds = EXCLUDED.interval_seconds, updated_at = now()`,
        [f.id, f.url, f.title, f.enabled, Math.max(1, Math.round(f.intervalMs / 1000))],
      );
    }
    await tx.query(`UPDATE feeds SET enabled = false, health_status = 'removed', updated_at = now() WHERE NOT (feed_id = ANY($1))`, [
      feeds.map((f) => f.id),
    ]);
  });
}

function reviveCounters(raw: Record<string, unknown>): FeedFetchCounters {
  const c: Record<string, unknown> = { ...EMPTY_COUNTERS, ...raw };
  for (const k of ['failingSince', 'lastAttemptAt', 'lastSuccessAt', 'lastChangedAt', 'lastUnconditionalAt']) {
    if (typeof c[k] === 'string') c[k] = new Date(c[k] as string);
  }
  return c as unknown as FeedFetchCounters;
}

export async function loadFeedState(db: SqlExecutor, feedId: string): Promise<FeedState> {
  const r = await db.query<{
    etag: string | null;
    last_modified: string | null;
    counters: Record<string, unknown>;
    next_attempt_at: Date | null;
    moved_to: string | null;
  }>(
    'SELECT etag, last_modified, counters, next_attempt_at, moved_to FROM feeds WHERE feed_id = $1',
    [feedId],
  );
  const row = r.rows[0];
  return {
    etag: row?.etag ?? null,
    lastModified: row?.last_modified ?? null,
    counters: reviveCounters(row?.counters ?? {}),
    nextAttemptAt: row?.next_attempt_at ?? null,
    movedTo: row?.moved_to ?? null,
  };
}

export interface AttemptRecord {
  feedId: string;
  at: Date;
  counters: FeedFetchCounters;
  etag: string | null;
  lastModified: string | null;
  httpStatus: number | null;
  errorKind: string | null;
  errorMessage: string | null;
  nextAttemptAt: Date;
  /** The reason as worded at the attempt (what ingest logs); GET /v1/feeds words it again when read. */
  health: { status: string; reason: string };
  title?: string | null;
  repaired?: { repaired: boolean; repairs: string[] };
  /** ArticleIngested events published by this attempt (new items and edits). */
  itemsPublished: number;
  /**
   * Where the configured URL now permanently redirects to; null when it answered without a
   * redirect (clears an earlier note); undefined to leave the stored note as it is.
   */
  movedTo?: string | null;
}

/**
 * Record how one attempt went: what /v1/feeds shows and what the next attempt starts from.
 * A feed removed from the config while its attempt was in flight keeps its `removed` status.
 * `items_seen` is the number of distinct items ever seen in the feed (one per item identity,
 * however often it is fetched or edited); `items_published` counts the events published
 * (an edited item publishes again as a new revision).
 */
export async function recordAttempt(db: SqlExecutor, a: AttemptRecord): Promise<void> {
  await db.query(
    `UPDATE feeds SET
       last_attempt_at = $2,
       last_success_at = CASE WHEN $7::text IS NULL THEN $2 ELSE last_success_at END,
       http_status = $6, error_kind = $7, error_message = $8,
       consecutive_failures = $9, next_attempt_at = $10,
       etag = $3, last_modified = $4,
       last_unconditional_at = $11, fetch_count = fetch_count + 1,
       counters = $5,
       -- (an attempt that was in flight when the feed was removed does not bring its status back)
       health_status = CASE WHEN enabled THEN $12 ELSE health_status END,
       health_reason = CASE WHEN enabled THEN $13 ELSE health_reason END,
       title = COALESCE($14, title),
       repaired = COALESCE($15, repaired), repairs = COALESCE($16, repairs),
       items_seen = (SELECT count(*) FROM feed_items fi WHERE fi.feed_id = $1),
       items_published = items_published + $17,
       moved_to = CASE WHEN $18::boolean THEN $19 ELSE moved_to END,
       moved_detected_at = CASE WHEN NOT $18::boolean THEN moved_detected_at
                                WHEN $19::text IS NULL THEN NULL
                                WHEN moved_to IS NOT DISTINCT FROM $19::text THEN moved_detected_at
                                ELSE $2 END,
       updated_at = now()
     WHERE feed_id = $1`,
    [
      a.feedId,
      a.at,
      a.etag,
      a.lastModified,
      JSON.stringify(a.counters),
      a.httpStatus,
      a.errorKind,
      a.errorMessage?.slice(0, 2000) ?? null,
      a.counters.consecutiveFailures,
      a.nextAttemptAt,
      a.counters.lastUnconditionalAt ?? null,
      a.health.status,
      a.health.reason,
      a.title ?? null,
      a.repaired?.repaired ?? null,
      a.repaired?.repairs ?? null,
      a.itemsPublished,
      a.movedTo !== undefined,
      a.movedTo ?? null,
    ],
  );
}

/** Enabled feeds whose last attempt failed with this error kind (e.g. ssrf_blocked). */
export async function feedsLastFailingWith(db: SqlExecutor, errorKind: string): Promise<string[]> {
  const r = await db.query<{ feed_id: string }>('SELECT feed_id FROM feeds WHERE enabled AND error_kind = $1 ORDER BY feed_id', [errorKind]);
  return r.rows.map((x) => x.feed_id);
}
