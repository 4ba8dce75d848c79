/**
 * When to try LISTEN again after its connection failed: once at a time, waiting 1 s, then twice as
 * long each failure up to 30 s, and again 1 s once a connection holds (`reset`). Shared by the
 * claim stream's follower and the response cache, which both keep a LISTEN connection open.
 */
export class RetryBackoff {
  private timer: NodeJS.Timeout | null = null;
  private delay: number;

  constructor(
    private readonly firstMs = 1000,
    private readonly maxMs = 30_000,
  ) {
    this.delay = firstMs;
  }

  /** How long the next retry waits (for the log line that announces it). */
  get delayMs(): number {
    return this.delay;
  }

  /** Run `retry` after the current delay, unless one is already pending; the delay doubles for the next time. */
  schedule(retry: () => void): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      retry();
    }, this.delay);
    this.timer.unref();
    this.delay = Math.min(this.maxMs, this.delay * 2);
  }

  /** A connection holds: the next failure waits the first delay again. */
  reset(): void {
    this.delay = this.firstMs;
  }

  /** Drop a pending retry (on shutdown). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
