/**
 * A feed's health in one human sentence, worded from stored facts and an injected `now`.
 *
 * Ingest decides the health STATUS when it fetches (that takes its polling policy: when a feed
 * is stale, how many failures make it failing) and stores it with the counters and timestamps.
 * Everything in the sentence that depends on elapsed time ("last success 2 h ago", "no new
 * content for 15 d", "next try in 5 min") is computed from those timestamps here, so GET
 * /v1/feeds words it when it is read and it never goes stale; ingest words its logs with the
 * same function at fetch time.
 */
import { formatDuration } from './format-duration';

export const FEED_HEALTH_STATUSES = ['new', 'healthy', 'stale', 'degraded', 'failing', 'gone', 'blocked', 'removed'] as const;
/** What ingest stores in feeds.health_status; `removed` is set when a feed leaves the config. */
export type FeedHealthStatus = (typeof FEED_HEALTH_STATUSES)[number];

/** The counters the wording reads (ingest's FeedFetchCounters has these and more). */
export interface HealthCounters {
  consecutiveFailures: number;
  /** First failure of the current failure streak. */
  failingSince?: Date | undefined;
  lastAttemptAt?: Date | undefined;
  lastSuccessAt?: Date | undefined;
  /** Last time a fetch returned new content (200), as opposed to 304. */
  lastChangedAt?: Date | undefined;
  lastOutcomeKind?: string | undefined;
  lastError?: string | undefined;
}

export interface HealthFacts {
  status: FeedHealthStatus;
  counters: HealthCounters;
  /** When the feed is tried next (null: not scheduled, or not known). */
  nextAttemptAt?: Date | null | undefined;
  /** Where the configured URL permanently redirects to, when it does. */
  movedTo?: string | null | undefined;
}

const ago = (now: Date, then: Date) => formatDuration(now.getTime() - then.getTime());

function nextTry(at: Date | null | undefined, now: Date): string {
  if (!at) return '';
  const inMs = at.getTime() - now.getTime();
  // overdue: a fetch in flight, or ingest not running; say so rather than "in 0 ms"
  return inMs >= 0 ? ` Next try in ${formatDuration(inMs)}.` : ` Next try was due ${formatDuration(-inMs)} ago.`;
}

function lastOk(c: HealthCounters, now: Date): string {
  return c.lastSuccessAt !== undefined ? `last success ${ago(now, c.lastSuccessAt)} ago` : 'never fetched successfully';
}

/** The failure streak: "3 consecutive failures over 2 d 1 h, last success 2 d 2 h ago". */
function streak(c: HealthCounters, now: Date): string {
  const since = c.failingSince ?? c.lastAttemptAt ?? now;
  const n = c.consecutiveFailures;
  return `${n} consecutive failure${n === 1 ? '' : 's'} over ${ago(now, since)}, ${lastOk(c, now)}`;
}

const KEEP_TRYING = ' Still retried (never disabled).';

/** The sentence for `f.status`, as of `now`. Pure: no clock, no I/O. */
export function healthReason(f: HealthFacts, now: Date): string {
  const c = f.counters;
  const next = nextTry(f.nextAttemptAt, now);
  const err = c.lastError ?? c.lastOutcomeKind ?? 'unknown error';
  let reason: string;
  switch (f.status) {
    case 'removed':
      // not fetched any more: no next try, no redirect advice
      return `Removed from the feeds config; no longer fetched (${lastOk(c, now)}).`;
    case 'new':
      reason = `Not fetched yet.${next}`;
      break;
    case 'healthy': {
      const changed = c.lastChangedAt !== undefined ? ` Content last changed ${ago(now, c.lastChangedAt)} ago.` : '';
      reason = `OK (${c.lastOutcomeKind === 'not_modified' ? 'not modified' : 'fetched'}).${changed}${next}`;
      break;
    }
    case 'stale': {
      const unchangedSince = c.lastChangedAt ?? c.lastSuccessAt ?? now;
      reason = `Answers fine, but no new content for ${ago(now, unchangedSince)}; the feed may have moved or died quietly.${next}`;
      break;
    }
    case 'gone':
      reason = `The server says the feed is gone (HTTP 410); ${streak(c, now)}. Retried at the slowest rate in case it returns.${next} Consider removing it from config.`;
      break;
    case 'blocked':
      reason = `Cannot be fetched as configured: ${err}; ${streak(c, now)}. Fix the URL or the allow-list.${KEEP_TRYING}${next}`;
      break;
    case 'degraded':
    case 'failing':
      reason = `Last attempt failed: ${err}; ${streak(c, now)}.${KEEP_TRYING}${next}`;
      break;
  }
  if (f.movedTo) {
    reason += ` Permanently redirected to ${f.movedTo}: update the url in the feeds file (the configured url is still fetched).`;
  }
  return reason;
}
