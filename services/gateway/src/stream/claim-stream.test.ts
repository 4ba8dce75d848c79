import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '@claimwire/logging';
import type { SequencedClaim } from '../queries/stream';
import type { StreamedClaim } from '../schemas/stream';
import type { ClaimHub, HubEntry, HubSubscriber } from './claim-hub';
import { ClaimStream } from './claim-stream';
import { sseEvent } from './sse';
import { streamedClaim } from '../test-support/streamed-claim';

/** A response that records what was written; its buffer fills as the test says. */
class FakeResponse extends EventEmitter {
  writableLength = 0;
  chunks: string[] = [];
  destroyed = false;
  ended = false;
  /** What write() answers (false: "buffer full, wait for drain"). */
  accepting = true;
  write(chunk: string | Buffer): boolean {
    this.chunks.push(chunk.toString());
    return this.accepting;
  }
  end(): void {
    this.ended = true;
    this.emit('close');
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('close');
  }
  ids(): number[] {
    return this.chunks.flatMap((c) => [...c.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1])));
  }
  claimIds(): number[] {
    return this.chunks.filter((c) => c.includes('event: claim')).map((c) => Number(/^id: (\d+)$/m.exec(c)?.[1]));
  }
}

const claim = (seq: number, kind: StreamedClaim['kind'] = 'toll'): SequencedClaim => ({ seq, claim: streamedClaim({ claimId: `clm_${seq}`, kind }) });
const entry = (c: SequencedClaim): HubEntry => ({ ...c, frame: Buffer.from(sseEvent({ id: c.seq, event: 'claim', data: JSON.stringify(c.claim) })) });

/** The parts of the hub a stream uses, over an in-memory list of claims. */
class FakeHub {
  head: number;
  live = new Set<HubSubscriber>();
  all = new Set<HubSubscriber>();
  reads: [number, number][] = [];
  onRead: (() => void) | null = null;
  constructor(public claims: SequencedClaim[]) {
    this.head = claims.at(-1)?.seq ?? 0;
  }
  async read(after: number, upTo: number, limit: number): Promise<SequencedClaim[]> {
    this.reads.push([after, upTo]);
    this.onRead?.();
    return this.claims.filter((c) => c.seq > after && c.seq <= upTo).slice(0, limit);
  }
  add(s: HubSubscriber) {
    this.all.add(s);
  }
  goLive(s: HubSubscriber) {
    if (this.all.has(s)) this.live.add(s);
  }
  remove(s: HubSubscriber) {
    this.all.delete(s);
    this.live.delete(s);
  }
  /** What the real hub does on new claims: move head and hand them to the live streams at once. */
  publish(...seqs: number[]) {
    const fresh = seqs.map((s) => claim(s));
    this.claims.push(...fresh);
    this.head = seqs.at(-1) ?? this.head;
    for (const s of this.live) s.deliver(fresh.map(entry));
  }
}

function streamOn(hub: FakeHub, res: FakeResponse, after: number, o: { maxBufferedBytes?: number; kind?: StreamedClaim['kind'] } = {}) {
  return new ClaimStream({
    hub: hub as unknown as ClaimHub,
    res: res as unknown as ServerResponse,
    filter: o.kind ? { kind: o.kind } : {},
    after,
    maxBufferedBytes: o.maxBufferedBytes ?? 64 * 1024,
    logger: silentLogger(),
    pageSize: 2,
  });
}

describe('one stream: catch-up, then live', () => {
  it('reads the backlog a page at a time, picks up what the hub handed out meanwhile, then goes live without a gap or a repeat', async () => {
    const hub = new FakeHub([1, 2, 3, 4, 5].map((s) => claim(s)));
    const res = new FakeResponse();
    const stream = streamOn(hub, res, 1);
    // while the stream reads its first page, claims 6 and 7 are handed out to live streams
    hub.onRead = () => {
      hub.onRead = null;
      hub.publish(6, 7);
    };
    await stream.run();
    expect(hub.live.has(stream)).toBe(true);
    hub.publish(8);
    hub.publish(9, 10);
    expect(res.claimIds()).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('goes live at once when the client is up to date, and ignores claims it has seen', async () => {
    const hub = new FakeHub([1, 2].map((s) => claim(s)));
    const res = new FakeResponse();
    const stream = streamOn(hub, res, 2);
    await stream.run();
    expect(hub.reads).toEqual([]);
    stream.deliver([entry(claim(2)), entry(claim(3))]);
    expect(res.claimIds()).toEqual([3]);
  });

  it('waits for the socket to drain during catch-up instead of buffering the backlog', async () => {
    const hub = new FakeHub([1, 2, 3, 4].map((s) => claim(s)));
    const res = new FakeResponse();
    res.accepting = false;
    const stream = streamOn(hub, res, 0);
    const running = stream.run();
    await new Promise((r) => setTimeout(r, 20));
    expect(res.claimIds()).toEqual([1]);
    res.accepting = true;
    res.emit('drain');
    await running;
    expect(res.claimIds()).toEqual([1, 2, 3, 4]);
  });

  it('drops a live client whose unsent bytes would pass the limit, and leaves the hub', async () => {
    const hub = new FakeHub([]);
    const res = new FakeResponse();
    const stream = streamOn(hub, res, 0, { maxBufferedBytes: 4096 });
    await stream.run();
    hub.publish(1);
    expect(res.destroyed).toBe(false);
    res.writableLength = 4000; // the client stopped reading
    hub.publish(2);
    expect(res.destroyed).toBe(true);
    expect(hub.all.has(stream)).toBe(false);
    hub.publish(3);
    expect(res.claimIds()).toEqual([1]);
  });

  it('sends only the claims its filter selects, and its heartbeat carries the id read up to', async () => {
    const hub = new FakeHub([]);
    const res = new FakeResponse();
    const stream = streamOn(hub, res, 0, { kind: 'strike' });
    await stream.run();
    stream.deliver([entry(claim(1, 'strike')), entry(claim(2, 'toll')), entry(claim(3, 'toll'))]);
    expect(res.claimIds()).toEqual([1]);
    stream.heartbeat();
    expect(res.chunks.at(-1)).toBe(': heartbeat\nid: 3\n\n');
    stream.heartbeat();
    expect(res.chunks.at(-1)).toBe(': heartbeat\n\n');
    expect(res.ids()).toEqual([1, 3]);
  });
});
