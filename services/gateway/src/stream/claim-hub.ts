import type { Logger } from '@claimwire/logging';
import { CLAIMS_CHANNEL, latestProjectedSeq } from '@claimwire/readmodel';
import type { Listener, Sql } from '@claimwire/sql';
import { claimsProjectedAfter, type SequencedClaim } from '../queries/stream';
import { sseEvent } from './sse';
import { RetryBackoff } from '../listen/retry-backoff';

/** A new claim as every open stream gets it: serialised once, the same bytes for all. */
export interface HubEntry extends SequencedClaim {
  frame: Buffer;
}

/** An open stream as the hub sees it. */
export interface HubSubscriber {
  /** New claims, in order, synchronously as the hub reads them (only while the stream is live). */
  deliver(entries: readonly HubEntry[]): void;
  /** Time for a heartbeat (only while live). */
  heartbeat(): void;
  /** The hub is going away or the projection version changed: end the stream (the client resumes). */
  end(reason: string): void;
}

export interface ClaimHubOptions {
  db: Sql;
  /** The schema of the active projection version (cached by the caller). */
  schema: () => Promise<string | null>;
  logger: Logger;
  /** Safety poll for new claims, besides the notifications (ms). */
  pollMs: number;
  heartbeatMs: number;
  /** Claims read a query. */
  pageSize?: number;
}

/**
 * The one follower of the claims for the whole gateway, however many streams are open. It
 * LISTENs for the projector's commit notifications (one connection of its own) and on each
 * reads the claims projected since the newest it has seen, once, then hands them to every live
 * stream; a slow poll covers notifications lost while the LISTEN connection was down. One
 * heartbeat timer serves every stream. Started by the first stream, stopped with the app.
 *
 * `head` is the newest seq handed out. A stream joins live only when it has caught up to
 * `head` (a synchronous check beside the synchronous fan-out), so nothing falls between its
 * catch-up from the database and the live claims.
 */
export class ClaimHub {
  head = 0;
  /** The projection version's schema the hub follows (null before anything was projected). */
  schemaName: string | null = null;
  private readonly live = new Set<HubSubscriber>();
  private readonly all = new Set<HubSubscriber>();
  private starting: Promise<void> | null = null;
  private listener: Listener | null = null;
  private timers: NodeJS.Timeout[] = [];
  private readonly retry = new RetryBackoff();
  private fetching = false;
  private again = false;
  private stopped = false;
  private readonly pageSize: number;

  constructor(private readonly o: ClaimHubOptions) {
    this.pageSize = o.pageSize ?? 500;
  }

  /** Streams open now (catching up or live). */
  get size(): number {
    return this.all.size;
  }

  /** Start following (once; later calls wait for the first). Rejects when the database cannot be read. */
  start(): Promise<void> {
    if (this.stopped) return Promise.reject(new Error('the claim stream has stopped'));
    this.starting ??= this.begin().catch((err) => {
      this.starting = null;
      throw err;
    });
    return this.starting;
  }

  private async begin(): Promise<void> {
    this.schemaName = await this.o.schema();
    this.head = this.schemaName ? await latestProjectedSeq(this.o.db, this.schemaName) : 0;
    await this.listen();
    const poll = setInterval(() => this.wake(), this.o.pollMs);
    const beat = setInterval(() => {
      for (const s of [...this.live]) s.heartbeat();
    }, this.o.heartbeatMs);
    poll.unref();
    beat.unref();
    this.timers = [poll, beat];
    this.o.logger.info({ schema: this.schemaName, head: this.head }, 'claim stream following the projection');
  }

  private async listen(): Promise<void> {
    try {
      this.listener = await this.o.db.listen(
        CLAIMS_CHANNEL,
        (schema) => {
          if (schema === this.schemaName || this.schemaName === null) this.wake();
        },
        (err) => {
          this.listener = null;
          this.o.logger.warn({ err, retryInMs: this.retry.delayMs }, 'claim stream lost its LISTEN connection; polling until it is back');
          this.relisten();
        },
      );
      this.retry.reset();
      // claims committed while nobody listened
      this.wake();
    } catch (err) {
      this.o.logger.warn({ err, retryInMs: this.retry.delayMs }, 'claim stream could not LISTEN; polling until it can');
      this.relisten();
    }
  }

  private relisten(): void {
    if (this.stopped) return;
    this.retry.schedule(() => {
      if (!this.stopped) void this.listen();
    });
  }

  /** Read what was projected since `head` and hand it out (coalesced: one read at a time). */
  wake(): void {
    if (this.stopped || !this.starting) return;
    if (this.fetching) {
      this.again = true;
      return;
    }
    void this.follow();
  }

  private async follow(): Promise<void> {
    this.fetching = true;
    try {
      do {
        this.again = false;
        const schema = await this.o.schema();
        if (schema !== this.schemaName) await this.switchTo(schema);
        if (!schema || this.stopped) break;
        const rows = await claimsProjectedAfter(this.o.db, schema, this.head, this.pageSize);
        if (this.stopped || schema !== this.schemaName) break;
        const last = rows[rows.length - 1];
        if (!last) continue;
        const entries = rows.map((r) => ({ ...r, frame: Buffer.from(sseEvent({ id: r.seq, event: 'claim', data: JSON.stringify(r.claim) })) }));
        // head and fan-out together, no await between: see the class comment
        this.head = last.seq;
        for (const s of [...this.live]) s.deliver(entries);
        if (rows.length === this.pageSize) this.again = true;
      } while (this.again && !this.stopped);
    } catch (err) {
      this.o.logger.warn({ err, head: this.head }, 'claim stream could not read new claims; retrying at the next notification or poll');
    } finally {
      this.fetching = false;
    }
  }

  /**
   * Another projection version serves now (a rebuild switched over): its ids are another
   * sequence, so every open stream ends and its client reconnects. The first version a fresh
   * database gets is no switch: the streams waiting on it get its claims from the first.
   */
  private async switchTo(schema: string | null): Promise<void> {
    const from = this.schemaName;
    this.schemaName = schema;
    if (from === null) {
      this.head = 0;
      return;
    }
    this.head = schema ? await latestProjectedSeq(this.o.db, schema) : 0;
    this.o.logger.info({ from, to: schema, head: this.head, streams: this.all.size }, 'projection version switched; ending open streams');
    for (const s of [...this.all]) s.end('the projection version changed');
  }

  /** The newest seq in the followed schema (for a resume id ahead of the hub). */
  async newest(): Promise<number> {
    return this.schemaName ? Math.max(this.head, await latestProjectedSeq(this.o.db, this.schemaName)) : 0;
  }

  /** The claims after `after` up to `upTo` in the followed schema (a stream's catch-up). */
  read(after: number, upTo: number, limit: number): Promise<SequencedClaim[]> {
    return this.schemaName ? claimsProjectedAfter(this.o.db, this.schemaName, after, limit, upTo) : Promise.resolve([]);
  }

  add(s: HubSubscriber): void {
    this.all.add(s);
  }

  /** Make a stream live: from now on it gets every claim after `head`. */
  goLive(s: HubSubscriber): void {
    if (this.all.has(s)) this.live.add(s);
  }

  remove(s: HubSubscriber): void {
    this.all.delete(s);
    this.live.delete(s);
  }

  /** Stop following and end every open stream (the app is closing). */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    this.retry.cancel();
    for (const s of [...this.all]) s.end('the gateway is shutting down');
    await this.listener?.close();
    this.listener = null;
  }
}
