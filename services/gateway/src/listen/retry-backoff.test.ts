import { afterEach, describe, expect, it, vi } from 'vitest';
import { RetryBackoff } from './retry-backoff';

describe('RetryBackoff', () => {
  afterEach(() => vi.useRealTimers());

  it('retries once at a time, doubling the wait up to the cap, and starts over after reset', () => {
    vi.useFakeTimers();
    const b = new RetryBackoff(1000, 4000);
    const retry = vi.fn();
    b.schedule(retry);
    b.schedule(retry); // one pending at a time
    expect(b.delayMs).toBe(2000);
    vi.advanceTimersByTime(999);
    expect(retry).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(retry).toHaveBeenCalledTimes(1);
    b.schedule(retry);
    b.schedule(retry);
    vi.advanceTimersByTime(2000);
    b.schedule(retry);
    expect(b.delayMs).toBe(4000); // capped
    vi.advanceTimersByTime(4000);
    expect(retry).toHaveBeenCalledTimes(3);
    b.reset();
    expect(b.delayMs).toBe(1000);
  });

  it('drops a pending retry when cancelled', () => {
    vi.useFakeTimers();
    const b = new RetryBackoff();
    const retry = vi.fn();
    b.schedule(retry);
    b.cancel();
    vi.advanceTimersByTime(60_000);
    expect(retry).not.toHaveBeenCalled();
  });
});
