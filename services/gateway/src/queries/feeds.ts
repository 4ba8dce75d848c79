import { FEED_HEALTH_STATUSES, healthReason, readFeedsConfigStatus, StoredHealthCounters } from '@claimwire/feed-status';
import type { Sql, SqlExecutor } from '@claimwire/sql';
import type { CsvCell } from '../domain/csv';
import { csvStream } from './csv-stream';
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

const FEEDS_SELECT = `SELECT feed_id, url, title, enabled, interval_seconds, last_attempt_at, last_success_at, http_status, error_kind,
            error_message, consecutive_failures, next_attempt_at, repaired, moved_to, health_status, counters, items_seen, items_published
       FROM feeds ORDER BY feed_id`;

/** A feed as the API gives it; the reason worded as of `now`. */
function toFeed(r: FeedRow, now: Date) {
  return {
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
  };
}

/** Each feed's health, as ingest last recorded it; the reason worded as of `now`. */
export async function listFeeds(db: SqlExecutor, now: Date) {
  const { rows } = await db.query<FeedRow>(FEEDS_SELECT);
  return rows.map((r) => toFeed(r, now));
}

/** The CSV export's columns: one row per configured feed, its health as GET /v1/feeds gives it (the feeds file's reload status is JSON only). */
export const FEED_CSV_COLUMNS = [
  ['feed_id', 'The feed id (the claims\' and articles\' feed=).'],
  ['url', 'The feed URL.'],
  ['title', 'The feed\'s title.'],
  ['enabled', 'true, or false when paused in the feeds file.'],
  ['interval_seconds', 'How often it is polled.'],
  ['status', 'ok, failing, pending or paused.'],
  ['health', 'The health ingest recorded at its last fetch.'],
  ['health_reason', 'Why, worded as of the request.'],
  ['last_attempt_at', 'The last fetch (ISO 8601, UTC).'],
  ['last_success_at', 'The last successful fetch (ISO 8601, UTC).'],
  ['http_status', 'The HTTP status of the last fetch.'],
  ['error_kind', 'What the last error was, when the last fetch failed.'],
  ['error_message', 'Its message.'],
  ['consecutive_failures', 'Fetches failed in a row.'],
  ['next_attempt_at', 'The next fetch (ISO 8601, UTC).'],
  ['repaired', 'Whether the feed needed repairs to parse.'],
  ['moved_to', 'Where it permanently redirected, when it did.'],
  ['items_seen', 'Items seen in it.'],
  ['items_published', 'Items published as articles.'],
] as const;

/** Every feed, as GET /v1/feeds lists it, as CSV records (the health sentence as of `now`). */
export function feedCsvRows(db: Sql, now: Date): AsyncIterable<CsvCell[][]> {
  return csvStream<FeedRow>(db, FEEDS_SELECT, [], (r) => {
    const f = toFeed(r, now);
    return [f.feedId, f.url, f.title, f.enabled, f.intervalSeconds, f.status, f.health, f.healthReason, f.lastAttemptAt, f.lastSuccessAt,
      f.httpStatus, f.error?.kind, f.error?.message, f.consecutiveFailures, f.nextAttemptAt, f.repaired, f.movedTo, f.itemsSeen, f.itemsPublished];
  });
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
