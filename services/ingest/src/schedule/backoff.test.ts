import { describe, expect, it } from 'vitest';
import {
  applyOutcome,
  backoffCapMs,
  backoffDelayMs,
  EMPTY_COUNTERS,
  feedHealth,
  nextAttempt,
  shouldFetchUnconditionally,
  type FeedFetchCounters,
  type OutcomeSummary,
} from './backoff';

const MIN = 60_000;
const HOUR = 60 * MIN;
const now = new Date('2030-01-01T00:00:00Z');
const noJitter = () => 0;
const ok: OutcomeSummary = { ok: true, kind: 'ok', status: 200 };
const timeout: OutcomeSummary = { ok: false, kind: 'timeout', message: 'total timeout after 30000 ms' };

describe('backoff delays', () => {
  it('doubles from the interval up to the cap', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 100].map((n) => backoffDelayMs(15 * MIN, n) / MIN);
    expect(delays).toEqual([15, 30, 60, 120, 240, 360, 360, 360]);
    expect(backoffDelayMs(15 * MIN, 0)).toBe(15 * MIN);
    expect(backoffDelayMs(15 * MIN, 1e9)).toBe(6 * HOUR);
  });
  it('caps at min(6 h, 24 × interval) but never below the interval', () => {
    expect(backoffCapMs(5 * MIN)).toBe(2 * HOUR);
    expect(backoffCapMs(HOUR)).toBe(6 * HOUR);
    expect(backoffCapMs(12 * HOUR)).toBe(12 * HOUR);
    expect(backoffCapMs(10_000)).toBe(24 * MIN); // interval floored to minIntervalMs (1 min)
  });
});

describe('nextAttempt', () => {
  it('polls at the interval after success, jitter only shortens', () => {
    expect(nextAttempt({ intervalMs: 15 * MIN, consecutiveFailures: 0, lastOutcome: ok, now, random: noJitter })).toMatchObject({
      delayMs: 15 * MIN,
      reason: 'interval',
    });
    const jittered = nextAttempt({ intervalMs: 15 * MIN, consecutiveFailures: 0, lastOutcome: ok, now, random: () => 0.5 });
    expect(jittered.delayMs).toBe(Math.round(15 * MIN * 0.95));
    expect(jittered.at.getTime()).toBe(now.getTime() + jittered.delayMs);
  });

  it('stretches to a freshness hint, bounded', () => {
    const hinted = nextAttempt({
      intervalMs: 15 * MIN,
      consecutiveFailures: 0,
      lastOutcome: { ...ok, freshnessSeconds: 1800 },
      now,
      random: noJitter,
    });
    expect(hinted).toMatchObject({ delayMs: 30 * MIN, reason: 'freshness_hint' });
    const huge = nextAttempt({ intervalMs: 15 * MIN, consecutiveFailures: 0, lastOutcome: { ...ok, freshnessSeconds: 86_400 }, now, random: noJitter });
    expect(huge.delayMs).toBe(HOUR);
    const ttl = nextAttempt({ intervalMs: 15 * MIN, consecutiveFailures: 0, lastOutcome: ok, feedTtlMs: 20 * MIN, now, random: noJitter });
    expect(ttl.delayMs).toBe(20 * MIN);
  });

  it('backs off exponentially and keeps retrying at the cap forever', () => {
    const after = (n: number) => nextAttempt({ intervalMs: 15 * MIN, consecutiveFailures: n, lastOutcome: timeout, now, random: noJitter });
    expect(after(1)).toMatchObject({ delayMs: 15 * MIN, reason: 'backoff' });
    expect(after(3)).toMatchObject({ delayMs: 60 * MIN, reason: 'backoff' });
    expect(after(10)).toMatchObject({ delayMs: 6 * HOUR, reason: 'backoff_cap' });
    expect(after(10_000)).toMatchObject({ delayMs: 6 * HOUR, reason: 'backoff_cap' });
    expect(Number.isFinite(after(10_000).at.getTime())).toBe(true);
  });

  it('jitter never pushes past the cap and spreads feeds at the cap', () => {
    const at = (r: number) => nextAttempt({ intervalMs: 15 * MIN, consecutiveFailures: 50, lastOutcome: timeout, now, random: () => r }).delayMs;
    expect(at(0)).toBe(6 * HOUR);
    expect(at(0.999)).toBeGreaterThan(6 * HOUR * 0.9);
    expect(at(0.999)).toBeLessThan(6 * HOUR);
    expect(at(Number.NaN)).toBe(6 * HOUR);
  });

  it('honours Retry-After when it is later than the backoff, bounded by maxRetryAfterMs', () => {
    const ra = (ms: number, failures = 1) =>
      nextAttempt({
        intervalMs: 15 * MIN,
        consecutiveFailures: failures,
        lastOutcome: { ok: false, kind: 'http_4xx', status: 429, retryAfter: new Date(now.getTime() + ms) },
        now,
        random: noJitter,
      });
    expect(ra(2 * HOUR)).toMatchObject({ delayMs: 2 * HOUR, reason: 'retry_after' });
    expect(ra(5 * MIN)).toMatchObject({ delayMs: 15 * MIN, reason: 'backoff' }); // never earlier than backoff
    expect(ra(30 * 24 * HOUR)).toMatchObject({ delayMs: 24 * HOUR, reason: 'retry_after' });
    expect(ra(-HOUR)).toMatchObject({ delayMs: 15 * MIN, reason: 'backoff' });
  });

  it('410 Gone goes straight to the cap, still scheduled', () => {
    const gone = nextAttempt({
      intervalMs: 15 * MIN,
      consecutiveFailures: 1,
      lastOutcome: { ok: false, kind: 'http_4xx', status: 410 },
      now,
      random: noJitter,
    });
    expect(gone).toMatchObject({ delayMs: 6 * HOUR, reason: 'gone' });
  });

  it('configuration errors (SSRF refusal, bad URL) also wait at the cap', () => {
    const blocked = nextAttempt({ intervalMs: HOUR, consecutiveFailures: 1, lastOutcome: { ok: false, kind: 'ssrf_blocked' }, now, random: noJitter });
    expect(blocked).toMatchObject({ delayMs: 6 * HOUR, reason: 'config_error' });
  });

  it('accepts policy overrides', () => {
    const n = nextAttempt({
      intervalMs: 10 * MIN,
      consecutiveFailures: 20,
      lastOutcome: timeout,
      now,
      random: noJitter,
      policy: { maxBackoffMs: 24 * HOUR, maxBackoffIntervals: 1000 },
    });
    expect(n.delayMs).toBe(24 * HOUR);
  });
});

describe('shouldFetchUnconditionally', () => {
  it('is true without validators, every Nth fetch and once a day', () => {
    const base = { hasValidators: true, fetchesSinceUnconditional: 3, lastUnconditionalAt: new Date(now.getTime() - HOUR), now };
    expect(shouldFetchUnconditionally(base)).toBe(false);
    expect(shouldFetchUnconditionally({ ...base, hasValidators: false })).toBe(true);
    expect(shouldFetchUnconditionally({ ...base, fetchesSinceUnconditional: 49 })).toBe(true);
    expect(shouldFetchUnconditionally({ ...base, fetchesSinceUnconditional: 48 })).toBe(false);
    expect(shouldFetchUnconditionally({ ...base, lastUnconditionalAt: new Date(now.getTime() - 24 * HOUR) })).toBe(true);
    expect(shouldFetchUnconditionally({ ...base, lastUnconditionalAt: undefined })).toBe(true);
    expect(shouldFetchUnconditionally({ ...base, fetchesSinceUnconditional: 4, policy: { unconditionalEvery: 5 } })).toBe(true);
  });
});

describe('applyOutcome + feedHealth', () => {
  const t = (h: number) => new Date(now.getTime() + h * HOUR);

  it('tracks a failure streak and resets it on success', () => {
    let c: FeedFetchCounters = EMPTY_COUNTERS;
    expect(feedHealth(c, now).status).toBe('new');
    c = applyOutcome(c, ok, t(0), true);
    c = applyOutcome(c, timeout, t(1), false);
    c = applyOutcome(c, timeout, t(2), false);
    expect(c).toMatchObject({ consecutiveFailures: 2, failingSince: t(1), totalFailures: 2, totalFetches: 3, fetchesSinceUnconditional: 2 });
    expect(feedHealth(c, t(2)).status).toBe('degraded');
    c = applyOutcome(c, timeout, t(50), false);
    const h = feedHealth(c, t(50), { at: t(56) });
    expect(h.status).toBe('failing');
    expect(h.reason).toBe(
      'Last attempt failed: total timeout after 30000 ms; 3 consecutive failures over 2 d 1 h, last success 2 d 2 h ago. Still retried (never disabled). Next try in 6 h.',
    );
    c = applyOutcome(c, { ok: true, kind: 'not_modified', status: 304 }, t(56), false);
    expect(c.consecutiveFailures).toBe(0);
    expect(c.failingSince).toBeUndefined();
    expect(c.lastChangedAt).toEqual(t(0));
    expect(feedHealth(c, t(57)).reason).toBe('OK (not modified). Content last changed 2 d 9 h ago.');
  });

  it('reports a feed that answers but never changes as stale', () => {
    let c = applyOutcome(EMPTY_COUNTERS, ok, t(0), true);
    for (let h = 1; h <= 24 * 15; h += 24) c = applyOutcome(c, { ok: true, kind: 'not_modified', status: 304 }, t(h), false);
    expect(feedHealth(c, t(24 * 13)).status).toBe('healthy');
    const stale = feedHealth(c, t(24 * 15));
    expect(stale.status).toBe('stale');
    expect(stale.reason).toMatch(/no new content for 15 d/);
  });

  it('explains 410 and configuration refusals', () => {
    const gone = applyOutcome(EMPTY_COUNTERS, { ok: false, kind: 'http_4xx', status: 410, message: 'gone (410)' }, now, true);
    const hg = feedHealth(gone, now);
    expect(hg.status).toBe('gone');
    expect(hg.reason).toMatch(/HTTP 410.*never fetched successfully.*Retried at the slowest rate/);
    const blocked = applyOutcome(EMPTY_COUNTERS, { ok: false, kind: 'ssrf_blocked', message: 'refused to connect to x: 10.0.0.1 is private' }, now, true);
    expect(feedHealth(blocked, now)).toMatchObject({ status: 'blocked' });
    expect(feedHealth(blocked, now).reason).toMatch(/allow-list.*never disabled/);
  });

  it('notes where a permanently redirected feed moved to', () => {
    const c = applyOutcome(EMPTY_COUNTERS, ok, now, true);
    expect(feedHealth(c, now, undefined, undefined, 'https://new.test/feed').reason).toBe(
      'OK (fetched). Content last changed 0 ms ago. Permanently redirected to https://new.test/feed: update the url in the feeds file (the configured url is still fetched).',
    );
  });
});
