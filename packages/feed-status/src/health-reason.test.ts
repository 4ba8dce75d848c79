import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration';
import { healthReason, type HealthCounters, type HealthFacts } from './health-reason';
import { StoredHealthCounters } from './stored-counters';

const MIN = 60_000;
const HOUR = 60 * MIN;
const fetchedAt = new Date('2030-01-01T00:00:00Z');
const t = (ms: number) => new Date(fetchedAt.getTime() + ms);

const failing: HealthFacts = {
  status: 'failing',
  counters: {
    consecutiveFailures: 3,
    failingSince: t(-49 * HOUR),
    lastAttemptAt: fetchedAt,
    lastSuccessAt: t(-50 * HOUR),
    lastOutcomeKind: 'timeout',
    lastError: 'total timeout after 30000 ms',
  },
  nextAttemptAt: t(6 * HOUR),
};

describe('healthReason: the times in the sentence are as of the injected now', () => {
  it('words a failing feed at fetch time as ingest logs it', () => {
    expect(healthReason(failing, fetchedAt)).toBe(
      'Last attempt failed: total timeout after 30000 ms; 3 consecutive failures over 2 d 1 h, last success 2 d 2 h ago. Still retried (never disabled). Next try in 6 h.',
    );
  });

  it('words the same stored facts three hours later with the elapsed times grown', () => {
    expect(healthReason(failing, t(3 * HOUR))).toBe(
      'Last attempt failed: total timeout after 30000 ms; 3 consecutive failures over 2 d 4 h, last success 2 d 5 h ago. Still retried (never disabled). Next try in 3 h.',
    );
  });

  it('says an overdue next try was due, not "in 0 ms"', () => {
    expect(healthReason(failing, t(6 * HOUR + 90_000))).toMatch(/Next try was due 1 min 30 s ago\.$/);
    expect(healthReason({ ...failing, nextAttemptAt: null }, fetchedAt)).not.toMatch(/Next try/);
  });

  it('words a healthy feed: not modified or fetched, and when its content last changed', () => {
    const c: HealthCounters = { consecutiveFailures: 0, lastSuccessAt: fetchedAt, lastChangedAt: t(-57 * HOUR), lastOutcomeKind: 'not_modified' };
    expect(healthReason({ status: 'healthy', counters: c }, t(HOUR))).toBe('OK (not modified). Content last changed 2 d 10 h ago.');
    expect(healthReason({ status: 'healthy', counters: { consecutiveFailures: 0, lastOutcomeKind: 'ok' }, nextAttemptAt: t(5 * MIN) }, fetchedAt)).toBe(
      'OK (fetched). Next try in 5 min.',
    );
  });

  it('counts a stale feed from its last change (else its last success) to now', () => {
    const c: HealthCounters = { consecutiveFailures: 0, lastSuccessAt: fetchedAt, lastChangedAt: t(-15 * 24 * HOUR) };
    expect(healthReason({ status: 'stale', counters: c }, fetchedAt)).toMatch(/^Answers fine, but no new content for 15 d;/);
    expect(healthReason({ status: 'stale', counters: c }, t(2 * 24 * HOUR))).toMatch(/no new content for 17 d;/);
    expect(healthReason({ status: 'stale', counters: { consecutiveFailures: 0, lastSuccessAt: t(-20 * 24 * HOUR) } }, fetchedAt)).toMatch(/for 20 d;/);
  });

  it('explains 410, configuration refusals, a new feed and a removed one', () => {
    const never: HealthCounters = { consecutiveFailures: 1, lastAttemptAt: fetchedAt, failingSince: fetchedAt, lastOutcomeKind: 'http_4xx', lastError: 'gone (410)' };
    expect(healthReason({ status: 'gone', counters: never }, fetchedAt)).toMatch(/HTTP 410.*never fetched successfully.*Retried at the slowest rate.*Consider removing/);
    const blocked = { ...never, lastOutcomeKind: 'ssrf_blocked', lastError: 'refused to connect to x: 10.0.0.1 is private' };
    expect(healthReason({ status: 'blocked', counters: blocked }, fetchedAt)).toMatch(/^Cannot be fetched as configured: refused .*allow-list.*never disabled/);
    expect(healthReason({ status: 'degraded', counters: { ...never, consecutiveFailures: 1 } }, t(30_000))).toMatch(/1 consecutive failure over 30 s, never fetched/);
    expect(healthReason({ status: 'new', counters: { consecutiveFailures: 0 }, nextAttemptAt: t(MIN) }, fetchedAt)).toBe('Not fetched yet. Next try in 1 min.');
    expect(healthReason({ status: 'removed', counters: { consecutiveFailures: 0, lastSuccessAt: t(-HOUR) }, nextAttemptAt: t(MIN), movedTo: 'https://x.test/' }, fetchedAt)).toBe(
      'Removed from the feeds config; no longer fetched (last success 1 h ago).',
    );
  });

  it('adds where a permanently redirected feed moved to', () => {
    const r = healthReason({ status: 'healthy', counters: { consecutiveFailures: 0 }, movedTo: 'https://new.test/feed' }, fetchedAt);
    expect(r).toBe('OK (fetched). Permanently redirected to https://new.test/feed: update the url in the feeds file (the configured url is still fetched).');
  });
});

describe('formatDuration', () => {
  it('formats durations', () => {
    expect(formatDuration(90 * MIN)).toBe('1 h 30 min');
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(12 * 24 * HOUR + 5 * HOUR)).toBe('12 d');
    expect(formatDuration(10)).toBe('10 ms');
    expect(formatDuration(-5)).toBe('0 ms');
  });
});

describe('StoredHealthCounters (feeds.counters as JSON)', () => {
  it('revives the dates ingest stored and keeps the texts', () => {
    const json = JSON.parse(JSON.stringify({ failingSince: fetchedAt, lastChangedAt: t(-HOUR), lastOutcomeKind: 'timeout', lastError: 'x', totalFetches: 4 }));
    expect(StoredHealthCounters.parse(json)).toEqual({ failingSince: fetchedAt, lastChangedAt: t(-HOUR), lastOutcomeKind: 'timeout', lastError: 'x' });
  });

  it('drops an odd field, not the rest, and reads anything else as nothing known', () => {
    expect(StoredHealthCounters.parse({ failingSince: 'yesterday', lastError: 'x' })).toEqual({ lastError: 'x' });
    expect(StoredHealthCounters.parse(null)).toEqual({});
    expect(StoredHealthCounters.parse({})).toEqual({});
  });
});
