import type { SqlExecutor } from '@claimwire/sql';

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
  health_reason: string | null;
  items_seen: string;
  items_published: string;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Each feed's health, as ingest last recorded it. */
export async function listFeeds(db: SqlExecutor) {
  const { rows } = await db.query<FeedRow>(
    `SELECT feed_id, url, title, enabled, interval_seconds, last_attempt_at, last_success_at, http_status, error_kind,
            error_message, consecutive_failures, next_attempt_at, repaired, moved_to, health_status, health_reason, items_seen, items_published
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
    healthReason: r.health_reason,
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
