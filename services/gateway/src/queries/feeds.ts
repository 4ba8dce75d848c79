import { FEED_HEALTH_STATUSES, healthReason, readFeedsConfigStatus, StoredHealthCounters } from '@claimwire/feed-status';
import type { SqlExecutor } from '@claimwire/sql';
import { z } from 'zod';

interface FeedRow {
  feed_id: string;
  url: string;
  title: string | null;
  enabled: boolean;
  interval_seconds: number;
  last_attempt_at: Date | null;
  last_success_at: Date | null;
  http_status: number | null;
  error_kind: string | null;
  error_message: string | null;
  consecutive_failures: number;
  next_attempt_at: Date | null;
  repaired: boolean;
  moved_to: string | null;
  health_status: string;
  counters: unknown;
  items_seen: string;
  items_published: string;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const HealthStatus = z.enum(FEED_HEALTH_STATUSES);

/**
 * The health sentence as of `now`, from the status ingest stored and the times it stored
 * (columns, and the counters' failure-streak start and last change): "last success 2 h ago"
 * is 2 h when read, not when fetched. A status this gateway does not know has no sentence.
 */
function readHealthReason(r: FeedRow, now: Date): string | null {
  const status = HealthStatus.safeParse(r.health_status);
  if (!status.success) return null;
  const stored = StoredHealthCounters.parse(r.counters);
  const counters = {
    ...stored,
    // the last error's columns when the counters lack it (rows not written by ingest's recordAttempt)
    lastError: stored.lastError ?? r.error_message ?? r.error_kind ?? undefined,
    lastOutcomeKind: stored.lastOutcomeKind ?? r.error_kind ?? undefined,
    consecutiveFailures: r.consecutive_failures,
    lastAttemptAt: r.last_attempt_at ?? undefined,
    lastSuccessAt: r.last_success_at ?? undefined,
  };
  return healthReason({ status: status.data, counters, nextAttemptAt: r.next_attempt_at, movedTo: r.moved_to }, now);
}

/** Each feed's health, as ingest last recorded it; the reason worded as of `now`. */
export async function listFeeds(db: SqlExecutor, now: Date) {
  const { rows } = await db.query<FeedRow>(
    `SELECT feed_id, url, title, enabled, interval_seconds, last_attempt_at, last_success_at, http_status, error_kind,
            error_message, consecutive_failures, next_attempt_at, repaired, moved_to, health_status, counters, items_seen, items_published
       FROM feeds ORDER BY feed_id`,
  );
  return rows.map((r) => ({
    feedId: r.feed_id,
    url: r.url,
    title: r.title,
    enabled: r.enabled,
    intervalSeconds: r.interval_seconds,
    status: (!r.enabled ? 'paused' : r.consecutive_failures > 0 ? 'failing' : r.last_success_at ? 'ok' : 'pending') as
      | 'paused'
      | 'failing'
      | 'ok'
      | 'pending',
    health: r.health_status,
    healthReason: readHealthReason(r, now),
    lastAttemptAt: iso(r.last_attempt_at),
    lastSuccessAt: iso(r.last_success_at),
    httpStatus: r.http_status,
    error: r.error_kind ? { kind: r.error_kind, message: r.error_message } : null,
    consecutiveFailures: r.consecutive_failures,
    nextAttemptAt: iso(r.next_attempt_at),
    repaired: r.repaired,
    movedTo: r.moved_to,
    itemsSeen: Number(r.items_seen),
    itemsPublished: Number(r.items_published),
  }));
}

/** The feeds config ingest runs on, and the last reload when it was rejected (feeds_config_status). */
export async function feedsConfig(db: SqlExecutor) {
  const s = await readFeedsConfigStatus(db);
  const rejected = s.rejectedReload;
  return {
    valid: rejected === null,
    loadedAt: iso(s.loadedAt),
    rejectedReload: rejected ? { at: rejected.at.toISOString(), problems: rejected.problems, problemCount: rejected.problemCount } : null,
  };
}
