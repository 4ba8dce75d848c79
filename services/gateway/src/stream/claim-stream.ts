import type { ServerResponse } from 'node:http';
import type { Logger } from '@claimwire/logging';
import type { StreamFilter } from '../schemas/stream';
import { matchesStreamFilter } from './claim-filter';
import type { ClaimHub, HubEntry, HubSubscriber } from './claim-hub';
import { sseComment, sseEvent } from './sse';

export interface ClaimStreamOptions {
  hub: ClaimHub;
  res: ServerResponse;
  filter: StreamFilter;
  /** The id the client has seen (it gets the claims after it). */
  after: number;
  /**
   * Bytes a live stream may have waiting to be written before it is dropped: a client that
   * reads slower than claims arrive must not grow the gateway's memory. It reconnects and
   * resumes with Last-Event-ID, reading its backlog at its own pace (catch-up waits for it).
   */
  maxBufferedBytes: number;
  logger: Logger;
  /** Claims a catch-up query reads. */
  pageSize?: number;
}

/**
 * One open GET /v1/stream: it first catches up from the database (the claims after the
 * client's id, a page at a time, waiting for the socket to drain between writes), then joins
 * the hub's live fan-out. `pos` is the newest seq it has read, matching or not, and goes out
 * with each heartbeat, so a filtered stream resumes where it read up to.
 */
export class ClaimStream implements HubSubscriber {
  pos: number;
  private sentId: number;
  private closed = false;
  private readonly pageSize: number;

  constructor(private readonly o: ClaimStreamOptions) {
    this.pos = o.after;
    this.sentId = o.after;
    this.pageSize = o.pageSize ?? 200;
  }

  /** Catch up, then go live; resolves when live (or closed). */
  async run(): Promise<void> {
    const { hub } = this.o;
    hub.add(this);
    this.o.res.once('close', () => this.close());
    // the client's id may be older than what the hub has handed out: read the gap
    while (!this.closed && this.pos < hub.head) {
      const upTo = hub.head;
      const rows = await hub.read(this.pos, upTo, this.pageSize);
      for (const r of rows) {
        if (this.closed) return;
        this.pos = r.seq;
        if (matchesStreamFilter(r.claim, this.o.filter)) await this.writeWaiting(sseEvent({ id: r.seq, event: 'claim', data: JSON.stringify(r.claim) }), r.seq);
      }
      if (rows.length < this.pageSize) this.pos = Math.max(this.pos, upTo);
    }
    if (this.closed) return;
    // caught up: no await from the check above to here, so no claim of the hub slips between
    hub.goLive(this);
    if (this.pos !== this.sentId) this.write(sseComment('caught up', this.pos), this.pos);
  }

  deliver(entries: readonly HubEntry[]): void {
    for (const e of entries) {
      if (this.closed) return;
      if (e.seq <= this.pos) continue;
      this.pos = e.seq;
      if (matchesStreamFilter(e.claim, this.o.filter)) this.write(e.frame, e.seq);
    }
  }

  heartbeat(): void {
    const moved = this.pos !== this.sentId ? this.pos : undefined;
    this.write(sseComment('heartbeat', moved), moved);
  }

  end(reason: string): void {
    if (this.closed) return;
    this.o.logger.debug({ reason, pos: this.pos }, 'stream ended by the gateway');
    this.o.res.end();
    this.close();
  }

  /** A live write: a client too far behind is dropped, never buffered without bound. */
  private write(chunk: string | Buffer, id: number | undefined): void {
    if (this.closed) return;
    const res = this.o.res;
    const size = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    if (res.writableLength + size > this.o.maxBufferedBytes) {
      this.o.logger.warn(
        { pos: this.pos, lastSentId: this.sentId, bufferedBytes: res.writableLength, maxBufferedBytes: this.o.maxBufferedBytes },
        'stream dropped: the client reads slower than claims arrive (it resumes with Last-Event-ID)',
      );
      res.destroy();
      this.close();
      return;
    }
    res.write(chunk);
    if (id !== undefined) this.sentId = id;
  }

  /** A catch-up write: waits for the socket to drain, so a long backlog holds one page at most. */
  private async writeWaiting(chunk: string, id: number): Promise<void> {
    const res = this.o.res;
    if (this.closed) return;
    const ok = res.write(chunk);
    this.sentId = id;
    if (!ok && !this.closed) await drainedOrClosed(res);
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.o.hub.remove(this);
  }
}

/** Resolves when the response can take more (drain) or will take nothing more (close). */
function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
