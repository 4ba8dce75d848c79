import type { Logger } from '@claimwire/logging';
import type { Feed } from './feeds-config';
import { pollFeed, type PollDeps } from './poll-feed';
import { loadFeedState } from './state';

interface Slot {
  feed: Feed;
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  stopped: boolean;
  /** Asked to poll now (config change, pollNow) while an attempt was in flight: poll again after it. */
  again: boolean;
}

/** Delay before retrying a feed whose attempt failed on our side (Kafka or Postgres down). */
const INFRA_RETRY_MS = 5000;

/**
 * Runs each enabled feed on its own schedule. Feeds can be added, changed and removed while
 * it runs (config reload). An attempt that fails on our side is retried soon and never
 * counts against the feed.
 */
export class FeedScheduler {
  private readonly slots = new Map<string, Slot>();
  private stopping = false;

  constructor(
    private readonly deps: PollDeps,
    private readonly logger: Logger,
  ) {}

  setFeeds(feeds: readonly Feed[]): void {
    const wanted = new Map(feeds.filter((f) => f.enabled).map((f) => [f.id, f]));
    for (const [id, slot] of this.slots) {
      if (!wanted.has(id)) {
        this.stopSlot(slot);
        this.slots.delete(id);
        this.logger.info({ feedId: id }, 'feed stopped (removed or disabled)');
      }
    }
    for (const feed of wanted.values()) {
      const slot = this.slots.get(feed.id);
      if (!slot) {
        const s: Slot = { feed, timer: null, running: null, stopped: false, again: false };
        this.slots.set(feed.id, s);
        this.logger.info({ feedId: feed.id, url: feed.url, intervalMs: feed.intervalMs }, 'feed started');
        void this.scheduleFromState(s);
      } else if (JSON.stringify(slot.feed) !== JSON.stringify(feed)) {
        // a new URL or new headers is a new request: try it now. Other edits (title,
        // interval, fullText) apply from the next attempt, so an edit never cuts short a
        // backoff or a Retry-After the server asked for.
        const newRequest = slot.feed.url !== feed.url || JSON.stringify(slot.feed.headers) !== JSON.stringify(feed.headers);
        slot.feed = feed;
        if (newRequest) {
          this.logger.info({ feedId: feed.id, url: feed.url }, 'feed url or headers changed; polling now');
          this.schedule(slot, 0);
        } else {
          this.logger.info({ feedId: feed.id }, 'feed config changed; applies from the next attempt');
        }
      }
    }
  }

  /** Poll a feed now, e.g. from an admin action or a test. */
  pollNow(feedId: string): boolean {
    const slot = this.slots.get(feedId);
    if (!slot) return false;
    this.schedule(slot, 0);
    return true;
  }

  private async scheduleFromState(slot: Slot): Promise<void> {
    try {
      const st = await loadFeedState(this.deps.sql, slot.feed.id);
      // polled meanwhile (pollNow, a config change): that attempt schedules the next one
      if (slot.timer || slot.running) return;
      const due = st.nextAttemptAt ? st.nextAttemptAt.getTime() - Date.now() : 0;
      this.schedule(slot, Math.max(0, due));
    } catch (err) {
      this.logger.warn({ err, feedId: slot.feed.id }, 'cannot read feed state; retrying');
      this.schedule(slot, INFRA_RETRY_MS);
    }
  }

  private schedule(slot: Slot, delayMs: number): void {
    if (slot.stopped || this.stopping) return;
    if (slot.timer) clearTimeout(slot.timer);
    // setTimeout caps at ~24.8 days; the scheduler re-arms long waits
    slot.timer = setTimeout(() => void this.run(slot), Math.min(delayMs, 2 ** 31 - 1));
  }

  private async run(slot: Slot): Promise<void> {
    slot.timer = null;
    if (slot.stopped || this.stopping) return;
    if (slot.running) {
      slot.again = true;
      return;
    }
    slot.again = false;
    const attempt = (async () => {
      try {
        const r = await pollFeed(this.deps, slot.feed);
        this.schedule(slot, slot.again ? 0 : Math.max(0, r.nextAttemptAt.getTime() - Date.now()));
      } catch (err) {
        this.logger.error({ err, feedId: slot.feed.id }, 'feed attempt failed on our side (broker or database); retrying soon');
        this.schedule(slot, INFRA_RETRY_MS);
      }
    })();
    slot.running = attempt;
    await attempt;
    slot.running = null;
  }

  private stopSlot(slot: Slot): void {
    slot.stopped = true;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  /** Stop scheduling and wait for attempts in flight to finish. */
  async stop(): Promise<void> {
    this.stopping = true;
    const inflight: Promise<void>[] = [];
    for (const slot of this.slots.values()) {
      this.stopSlot(slot);
      if (slot.running) inflight.push(slot.running);
    }
    await Promise.allSettled(inflight);
  }
}
