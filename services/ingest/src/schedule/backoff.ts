/**
 * Pure polling policy: when to fetch a feed next, when to skip the validators, and what a feed's
 * health is (@claimwire/feed-status's healthReason words it). No I/O, no clock: `now` and the
 * jitter source are inputs.
 *
 * Principle: a feed is NEVER given up on. Failures stretch the interval exponentially up to a
 * cap, and at the cap the feed is still tried (a 410 Gone included), so a site that comes back
 * after a week is picked up again without anyone noticing it had stopped.
 */
import { type FeedHealthStatus as StoredHealthStatus, healthReason } from '@claimwire/feed-status';
import { z } from 'zod';

const HOUR = 3_600_000;

export const backoffPolicySchema = z.object({
  /** Absolute cap on the delay between attempts of a failing feed. */
  maxBackoffMs: z.number().int().positive().default(6 * HOUR),
  /** The cap is also at most this many polling intervals (cap = min(maxBackoffMs, n × interval)). */
  maxBackoffIntervals: z.number().positive().default(24),
  /** Delays are shortened by up to this fraction, at random, to spread load (0 disables). */
  jitterRatio: z.number().min(0).max(0.5).default(0.1),
  /** Retry-After is honoured up to this far in the future. */
  maxRetryAfterMs: z.number().int().positive().default(24 * HOUR),
  /** Server freshness hints (Cache-Control max-age, Expires, RSS <ttl>) may stretch the interval up to this. */
  maxFreshnessHintMs: z.number().int().min(0).default(HOUR),
  /** Never poll more often than this, whatever the config says. */
  minIntervalMs: z.number().int().positive().default(60_000),
  /** Unconditional fetch at least every N fetches ... */
  unconditionalEvery: z.number().int().positive().default(50),
  /** ... and at least once per this period, even when validators exist. */
  unconditionalMaxAgeMs: z.number().int().positive().default(24 * HOUR),
  /** A feed that answers fine but has not changed for this long is reported 'stale'. */
  staleAfterMs: z.number().int().positive().default(14 * 24 * HOUR),
  /** Consecutive failures from which a feed counts as 'failing' rather than 'degraded'. */
  failingAfter: z.number().int().positive().default(3),
});
export type BackoffPolicy = z.infer<typeof backoffPolicySchema>;
export const DEFAULT_BACKOFF_POLICY: BackoffPolicy = backoffPolicySchema.parse({});

/** The bits of a fetch outcome the scheduler needs (a FetchOutcome fits this shape). */
export interface OutcomeSummary {
  kind: string;
  ok: boolean;
  status?: number;
  retryAfter?: Date;
  /** Cache-Control max-age / Expires, seconds. */
  freshnessSeconds?: number;
  message?: string;
}

/** Error kinds that mean "this will not fix itself soon": go straight to the cap. */
const CAP_KINDS = new Set(['invalid_url', 'invalid_request', 'unsupported_scheme', 'ssrf_blocked']);

export interface NextAttemptInput {
  /** The feed's configured polling interval. */
  intervalMs: number;
  /** Consecutive failures INCLUDING the last outcome if it failed (0 after a success). */
  consecutiveFailures: number;
  lastOutcome?: OutcomeSummary;
  now: Date;
  /** Feed-declared TTL (RSS <ttl>, sy:updatePeriod) in ms, a hint. */
  feedTtlMs?: number;
  /** Uniform [0,1) source for jitter; inject a constant in tests. */
  random?: () => number;
  policy?: Partial<BackoffPolicy>;
}

export type ScheduleReason =
  | 'interval'
  | 'freshness_hint'
  | 'backoff'
  | 'backoff_cap'
  | 'gone'
  | 'config_error'
  | 'retry_after';

export interface NextAttempt {
  at: Date;
  delayMs: number;
  reason: ScheduleReason;
  /** The cap that applies to this feed (useful for status pages). */
  capMs: number;
}

function resolvePolicy(p: Partial<BackoffPolicy> | undefined): BackoffPolicy {
  return p === undefined ? DEFAULT_BACKOFF_POLICY : { ...DEFAULT_BACKOFF_POLICY, ...p };
}

/** Cap for a feed: min(maxBackoffMs, maxBackoffIntervals × interval), never below the interval. */
export function backoffCapMs(intervalMs: number, policy?: Partial<BackoffPolicy>): number {
  const p = resolvePolicy(policy);
  const interval = Math.max(intervalMs, p.minIntervalMs);
  return Math.max(interval, Math.min(p.maxBackoffMs, p.maxBackoffIntervals * interval));
}

/** Delay after `failures` consecutive failures: interval × 2^(failures-1), capped (no jitter). */
export function backoffDelayMs(intervalMs: number, failures: number, policy?: Partial<BackoffPolicy>): number {
  const p = resolvePolicy(policy);
  const interval = Math.max(intervalMs, p.minIntervalMs);
  const cap = backoffCapMs(intervalMs, p);
  if (failures <= 0) return interval;
  const exp = Math.min(failures - 1, 40); // 2^40 × anything ≥ any cap
  return Math.min(cap, interval * 2 ** exp);
}

/** When to try a feed next, given how the last attempt went. */
export function nextAttempt(input: NextAttemptInput): NextAttempt {
  const p = resolvePolicy(input.policy);
  const nowMs = input.now.getTime();
  const interval = Math.max(input.intervalMs, p.minIntervalMs);
  const cap = backoffCapMs(input.intervalMs, p);
  const random = input.random ?? Math.random;
  const jitter = (ms: number) => Math.round(ms * (1 - p.jitterRatio * clamp01(random())));
  const out = (delayMs: number, reason: ScheduleReason): NextAttempt => ({
    at: new Date(nowMs + delayMs),
    delayMs,
    reason,
    capMs: cap,
  });

  const last = input.lastOutcome;
  if (last === undefined || last.ok) {
    const hints = [
      last?.freshnessSeconds !== undefined ? last.freshnessSeconds * 1000 : 0,
      input.feedTtlMs ?? 0,
    ];
    const hint = Math.min(Math.max(...hints), p.maxFreshnessHintMs);
    if (hint > interval) return out(jitter(hint), 'freshness_hint');
    return out(jitter(interval), 'interval');
  }

  let delay: number;
  let reason: ScheduleReason;
  if (last.status === 410) {
    delay = cap;
    reason = 'gone';
  } else if (CAP_KINDS.has(last.kind)) {
    delay = cap;
    reason = 'config_error';
  } else {
    delay = backoffDelayMs(input.intervalMs, Math.max(1, input.consecutiveFailures), p);
    reason = delay >= cap ? 'backoff_cap' : 'backoff';
  }
  delay = jitter(delay);

  if (last.retryAfter !== undefined) {
    const wanted = Math.min(last.retryAfter.getTime() - nowMs, p.maxRetryAfterMs);
    if (wanted > delay) return out(wanted, 'retry_after');
  }
  return out(delay, reason);
}

function clamp01(x: number): number {
  if (!Number.isFinite(x) || x < 0) return 0;
  return x >= 1 ? 0.999999 : x;
}

export interface UnconditionalInput {
  hasValidators: boolean;
  /** Conditional fetches made since the last unconditional one. */
  fetchesSinceUnconditional: number;
  lastUnconditionalAt?: Date;
  now: Date;
  policy?: Partial<BackoffPolicy>;
}

/**
 * Whether to leave out If-None-Match / If-Modified-Since this time. Some servers answer 304
 * forever (a stuck ETag, a CDN keyed on the wrong thing); an occasional full GET catches that.
 */
export function shouldFetchUnconditionally(input: UnconditionalInput): boolean {
  const p = resolvePolicy(input.policy);
  if (!input.hasValidators) return true;
  if (input.fetchesSinceUnconditional + 1 >= p.unconditionalEvery) return true;
  if (input.lastUnconditionalAt === undefined) return true;
  return input.now.getTime() - input.lastUnconditionalAt.getTime() >= p.unconditionalMaxAgeMs;
}

/** Counters kept per feed (persisted by the caller). */
export interface FeedFetchCounters {
  consecutiveFailures: number;
  /** First failure of the current failure streak. */
  failingSince?: Date;
  lastAttemptAt?: Date;
  lastSuccessAt?: Date;
  /** Last time a fetch returned new content (200), as opposed to 304. */
  lastChangedAt?: Date;
  lastOutcomeKind?: string;
  lastStatus?: number;
  lastError?: string;
  fetchesSinceUnconditional: number;
  lastUnconditionalAt?: Date;
  totalFetches: number;
  totalFailures: number;
}

export const EMPTY_COUNTERS: FeedFetchCounters = {
  consecutiveFailures: 0,
  fetchesSinceUnconditional: 0,
  totalFetches: 0,
  totalFailures: 0,
};

/** Folds one outcome into the counters (pure). `unconditional` says whether validators were left out. */
export function applyOutcome(
  counters: FeedFetchCounters,
  outcome: OutcomeSummary,
  at: Date,
  unconditional: boolean,
): FeedFetchCounters {
  const next: FeedFetchCounters = {
    ...counters,
    lastAttemptAt: at,
    lastOutcomeKind: outcome.kind,
    totalFetches: counters.totalFetches + 1,
    fetchesSinceUnconditional: unconditional ? 0 : counters.fetchesSinceUnconditional + 1,
  };
  if (unconditional) next.lastUnconditionalAt = at;
  if (outcome.status !== undefined) next.lastStatus = outcome.status;
  else delete next.lastStatus;
  if (outcome.ok) {
    next.consecutiveFailures = 0;
    delete next.failingSince;
    delete next.lastError;
    next.lastSuccessAt = at;
    if (outcome.kind === 'ok') next.lastChangedAt = at;
  } else {
    next.consecutiveFailures = counters.consecutiveFailures + 1;
    next.failingSince = counters.consecutiveFailures === 0 || counters.failingSince === undefined ? at : counters.failingSince;
    next.lastError = outcome.message ?? outcome.kind;
    next.totalFailures = counters.totalFailures + 1;
  }
  return next;
}

/** The statuses a fetch can leave (not `removed`: syncFeeds sets that when a feed leaves the config). */
export type FeedHealthStatus = Exclude<StoredHealthStatus, 'removed'>;

export interface FeedHealth {
  status: FeedHealthStatus;
  /** One human sentence: what is wrong, since when, and what happens next (as of `now`). */
  reason: string;
}

/** The health status from the counters as of `now`: what the policy makes of the last attempts. */
export function feedHealthStatus(counters: FeedFetchCounters, now: Date, policy?: Partial<BackoffPolicy>): FeedHealthStatus {
  const p = resolvePolicy(policy);
  if (counters.totalFetches === 0) return 'new';
  if (counters.consecutiveFailures === 0) {
    const unchangedFor = now.getTime() - (counters.lastChangedAt ?? counters.lastSuccessAt ?? now).getTime();
    return unchangedFor >= p.staleAfterMs ? 'stale' : 'healthy';
  }
  if (counters.lastStatus === 410) return 'gone';
  if (counters.lastOutcomeKind !== undefined && CAP_KINDS.has(counters.lastOutcomeKind)) return 'blocked';
  return counters.consecutiveFailures >= p.failingAfter ? 'failing' : 'degraded';
}

/**
 * Health from the counters; `next` (from nextAttempt) adds when it is tried again, `movedTo`
 * where the feed permanently redirects. The sentence is worded by healthReason
 * (@claimwire/feed-status), which GET /v1/feeds calls again with the stored facts when read.
 */
export function feedHealth(
  counters: FeedFetchCounters,
  now: Date,
  next?: Pick<NextAttempt, 'at'>,
  policy?: Partial<BackoffPolicy>,
  movedTo?: string | null,
): FeedHealth {
  const status = feedHealthStatus(counters, now, policy);
  return { status, reason: healthReason({ status, counters, nextAttemptAt: next?.at ?? null, movedTo: movedTo ?? null }, now) };
}
