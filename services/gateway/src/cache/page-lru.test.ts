import { describe, expect, it } from 'vitest';
import { ENTRY_OVERHEAD_BYTES, entryBytes, PageLru, pageBody, type CachedPage } from './page-lru';

const page = (bytes: number, etag = 'W/"x"'): CachedPage => ({ body: Buffer.alloc(bytes, 'a'), etag });
/** What an entry of a 1-character key and the default ETag costs besides its body. */
const extra = entryBytes('k', page(0));

describe('PageLru', () => {
  it('serves what it stored, and counts it by body, key, ETag and overhead', () => {
    const lru = new PageLru({ maxEntries: 10, maxBytes: 1_000_000 });
    const p = page(100);
    expect(lru.set('k', p)).toBe(true);
    expect(lru.get('k')).toBe(p);
    expect(lru.get('other')).toBeUndefined();
    expect(lru.bytes).toBe(100 + extra);
    expect(extra).toBe(2 * (1 + 5) + ENTRY_OVERHEAD_BYTES);
  });

  it('holds at most maxEntries pages, dropping the least recently read first', () => {
    const lru = new PageLru({ maxEntries: 2, maxBytes: 1_000_000 });
    lru.set('a', page(1));
    lru.set('b', page(1));
    lru.get('a');
    lru.set('c', page(1));
    expect(lru.size).toBe(2);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBeDefined();
    expect(lru.get('c')).toBeDefined();
  });

  it('holds at most maxBytes, dropping as many old pages as the new one needs', () => {
    const lru = new PageLru({ maxEntries: 100, maxBytes: 3 * (100 + extra) });
    for (const k of ['a', 'b', 'c']) lru.set(k, page(100));
    expect(lru.bytes).toBe(3 * (100 + extra));
    lru.set('d', page(200));
    expect(lru.get('a')).toBeUndefined();
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('c')).toBeDefined();
    expect(lru.get('d')).toBeDefined();
    expect(lru.bytes).toBeLessThanOrEqual(lru.limits.maxBytes);
  });

  it('refuses a page bigger than the whole budget and keeps what it held', () => {
    const lru = new PageLru({ maxEntries: 10, maxBytes: 1000 });
    lru.set('a', page(10));
    expect(lru.set('huge', page(1000))).toBe(false);
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.get('a')).toBeDefined();
  });

  it('replaces a key without counting it twice, and clears to nothing', () => {
    const lru = new PageLru({ maxEntries: 10, maxBytes: 10_000 });
    lru.set('a', page(100));
    lru.set('a', page(50));
    expect(lru.size).toBe(1);
    expect(lru.bytes).toBe(50 + extra);
    lru.clear();
    expect(lru.size).toBe(0);
    expect(lru.bytes).toBe(0);
  });
});

describe('pageBody', () => {
  it('holds a small page in memory of its own, not a slice of the shared pool', () => {
    const body = pageBody('{"items":[]}');
    expect(body.toString()).toBe('{"items":[]}');
    expect(body.buffer.byteLength).toBe(body.byteLength);
    expect(pageBody('«é»').byteLength).toBe(Buffer.byteLength('«é»'));
  });
});
