/** A page as the cache holds it: the exact bytes sent, and their ETag (hashed once, at store). */
export interface CachedPage {
  body: Buffer;
  etag: string;
}

export interface LruLimits {
  /** Pages held at most. */
  maxEntries: number;
  /** Bytes held at most (bodies, keys and ETags, plus a fixed overhead an entry). */
  maxBytes: number;
}

/**
 * A page's bytes in memory of their own: Buffer.from slices small strings out of a shared 8 KB
 * pool, which a cached page would then keep alive whole, unaccounted for.
 */
export function pageBody(text: string): Buffer {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  return bytes;
}

/** What an entry's bookkeeping (map slot, objects, Buffer header) costs besides its bytes, roughly. */
export const ENTRY_OVERHEAD_BYTES = 256;

/** The bytes an entry is counted for: its body, its key and ETag (UTF-16 in the heap), and the overhead. */
export function entryBytes(key: string, page: CachedPage): number {
  return page.body.byteLength + 2 * (key.length + page.etag.length) + ENTRY_OVERHEAD_BYTES;
}

/**
 * Least recently used pages, bounded by count and by bytes: storing past either bound drops the
 * least recently read pages first; a page bigger than the whole byte budget is not stored.
 * A Map keeps insertion order, so re-inserting on every read makes its first key the least recent.
 */
export class PageLru {
  private readonly pages = new Map<string, CachedPage>();
  private held = 0;

  constructor(readonly limits: LruLimits) {}

  get size(): number {
    return this.pages.size;
  }

  /** Bytes counted for the entries held now. */
  get bytes(): number {
    return this.held;
  }

  /** The page under `key`, now the most recently used; undefined when not held. */
  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page === undefined) return undefined;
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  /** Store a page (replacing the one under its key); false when it alone exceeds a bound. */
  set(key: string, page: CachedPage): boolean {
    const cost = entryBytes(key, page);
    if (this.limits.maxEntries < 1 || cost > this.limits.maxBytes) return false;
    this.delete(key);
    this.pages.set(key, page);
    this.held += cost;
    while (this.pages.size > this.limits.maxEntries || this.held > this.limits.maxBytes) {
      const oldest = this.pages.keys().next().value as string;
      this.delete(oldest);
    }
    return true;
  }

  delete(key: string): void {
    const page = this.pages.get(key);
    if (page === undefined) return;
    this.pages.delete(key);
    this.held -= entryBytes(key, page);
  }

  clear(): void {
    this.pages.clear();
    this.held = 0;
  }
}
