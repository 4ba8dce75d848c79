import { describe, expect, it } from 'vitest';
import { silentLogger } from '@claimwire/logging';
import { PROJECTIONS_CHANGED } from '@claimwire/readmodel';
import type { Sql } from '@claimwire/sql';
import type { SchemaResolver } from '../readmodel-schema';
import type { CachedPage } from './page-lru';
import { ResponseCache } from './response-cache';

/** A LISTEN the spec drives by hand: notifications and the loss of its connection. */
function fakeListen(opts: { failFirst?: number } = {}) {
  let notify: (payload: string) => void = () => undefined;
  let lose: (err: Error) => void = () => undefined;
  let failures = opts.failFirst ?? 0;
  let listens = 0;
  const sql = {
    listen: async (_channel: string, onNotify: (p: string) => void, onLost?: (err: Error) => void) => {
      listens++;
      if (failures-- > 0) throw new Error('connection refused');
      notify = onNotify;
      lose = onLost ?? (() => undefined);
      return { close: async () => undefined };
    },
  } as unknown as Sql;
  return { sql, notify: (p: string) => notify(p), lose: () => lose(new Error('terminated')), listens: () => listens };
}

function fakeSchema(current: () => string | null) {
  let invalidations = 0;
  const resolver = Object.assign(async () => current(), { invalidate: () => void invalidations++ }) as SchemaResolver;
  return { resolver, invalidations: () => invalidations };
}

const page = (text: string): CachedPage => ({ body: Buffer.from(text), etag: `W/"${text}"` });
const limits = { maxEntries: 10, maxBytes: 1 << 20 };

async function started(schema = 'rm_v1') {
  const pg = fakeListen();
  const s = fakeSchema(() => schema);
  const cache = new ResponseCache({ db: pg.sql, schema: s.resolver, logger: silentLogger(), limits });
  await cache.start();
  return { cache, pg, s };
}

describe('ResponseCache', () => {
  it('serves a stored page until its schema is notified, and counts hits and misses', async () => {
    const { cache, pg } = await started();
    expect(cache.lookup('k')).toBeUndefined();
    cache.store(cache.ticket(), 'k', page('a'));
    expect(cache.lookup('k')?.body.toString()).toBe('a');
    pg.notify('rm_v1');
    expect(cache.lookup('k')).toBeUndefined();
    expect(cache.state).toMatchObject({ live: true, entries: 0, hits: 1, misses: 2 });
  });

  it('does not store a page whose query ran while a commit was notified (it may predate the commit)', async () => {
    const { cache, pg } = await started();
    const ticket = cache.ticket();
    pg.notify('rm_v1');
    cache.store(ticket, 'k', page('stale'));
    expect(cache.lookup('k')).toBeUndefined();
  });

  it('ignores commits into a version that does not serve (a rebuild filling its schema)', async () => {
    const { cache, pg } = await started('rm_v1');
    cache.store(cache.ticket(), 'k', page('a'));
    pg.notify('rm_v2');
    expect(cache.lookup('k')).toBeDefined();
  });

  it('on a change of the serving version drops everything, asks again which version serves, and follows the new one', async () => {
    let serving = 'rm_v1';
    const pg = fakeListen();
    const s = fakeSchema(() => serving);
    const cache = new ResponseCache({ db: pg.sql, schema: s.resolver, logger: silentLogger(), limits });
    await cache.start();
    const before = s.invalidations();
    cache.store(cache.ticket(), 'k', page('a'));
    serving = 'rm_v2';
    pg.notify(PROJECTIONS_CHANGED);
    expect(cache.lookup('k')).toBeUndefined();
    expect(s.invalidations()).toBe(before + 1);
    await new Promise((r) => setImmediate(r));
    cache.store(cache.ticket(), 'k', page('b'));
    pg.notify('rm_v1');
    expect(cache.lookup('k')).toBeDefined();
    pg.notify('rm_v2');
    expect(cache.lookup('k')).toBeUndefined();
  });

  it('without its LISTEN connection serves and stores nothing, and drops what it held, until it listens again', async () => {
    const { cache, pg } = await started();
    cache.store(cache.ticket(), 'k', page('a'));
    const ticket = cache.ticket();
    pg.lose();
    expect(cache.state.live).toBe(false);
    expect(cache.lookup('k')).toBeUndefined();
    expect(cache.ticket()).toBeNull();
    cache.store(ticket, 'k', page('from before the loss'));
    expect(cache.state.entries).toBe(0);
    await cache.stop();
  });

  it('stays off while it cannot LISTEN, and retries', async () => {
    const pg = fakeListen({ failFirst: 1 });
    const cache = new ResponseCache({ db: pg.sql, schema: fakeSchema(() => 'rm_v1').resolver, logger: silentLogger(), limits });
    await cache.start();
    expect(cache.state.live).toBe(false);
    expect(cache.ticket()).toBeNull();
    await new Promise((r) => setTimeout(r, 1100));
    expect(pg.listens()).toBe(2);
    expect(cache.state.live).toBe(true);
    await cache.stop();
  });

  it('lets concurrent misses of one page in one generation share one read, and stores it', async () => {
    const { cache } = await started();
    let reads = 0;
    let finish: (p: CachedPage) => void = () => undefined;
    const read = () => {
      reads++;
      return new Promise<CachedPage>((r) => {
        finish = r;
      });
    };
    const ticket = cache.ticket() as number;
    const all = Promise.all([cache.fill('k', ticket, read), cache.fill('k', ticket, read), cache.fill('k', ticket, read)]);
    finish(page('a'));
    expect((await all).map((p) => p.body.toString())).toEqual(['a', 'a', 'a']);
    expect(reads).toBe(1);
    expect(cache.state.joined).toBe(2);
    expect(cache.lookup('k')?.body.toString()).toBe('a');
  });

  it('does not let a request after a commit join a read from before it', async () => {
    const { cache, pg } = await started();
    let reads = 0;
    const resolvers: ((p: CachedPage) => void)[] = [];
    const read = () => {
      reads++;
      return new Promise<CachedPage>((r) => resolvers.push(r));
    };
    const before = cache.fill('k', cache.ticket() as number, read);
    pg.notify('rm_v1');
    const after = cache.fill('k', cache.ticket() as number, read);
    expect(reads).toBe(2);
    resolvers[0]?.(page('old'));
    resolvers[1]?.(page('new'));
    expect((await before).body.toString()).toBe('old');
    expect((await after).body.toString()).toBe('new');
    expect(cache.lookup('k')?.body.toString()).toBe('new');
  });

  it('hands a failed read to every request that joined it, and stores nothing', async () => {
    const { cache } = await started();
    const ticket = cache.ticket() as number;
    let fail: (err: Error) => void = () => undefined;
    const read = () =>
      new Promise<CachedPage>((_r, reject) => {
        fail = reject;
      });
    const a = cache.fill('k', ticket, read);
    const b = cache.fill('k', ticket, read);
    fail(new Error('no such strike'));
    await expect(a).rejects.toThrow('no such strike');
    await expect(b).rejects.toThrow('no such strike');
    expect(cache.state.entries).toBe(0);
    expect((await cache.fill('k', ticket, async () => page('later'))).body.toString()).toBe('later');
  });
});
