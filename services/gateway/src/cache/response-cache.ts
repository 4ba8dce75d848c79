import type { Logger } from '@claimwire/logging';
import { PROJECTIONS_CHANGED, READ_MODELS_CHANNEL } from '@claimwire/readmodel';
import type { Listener, Sql } from '@claimwire/sql';
import type { SchemaResolver } from '../readmodel-schema';
import { PageLru, type CachedPage, type LruLimits } from './page-lru';
import { RetryBackoff } from '../listen/retry-backoff';

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's response cache (null when it runs without one). */
    responseCache: ResponseCache | null;
  }
}

export interface ResponseCacheOptions {
  db: Sql;
  /** The serving version's schema (invalidated here when the serving version changes). */
  schema: SchemaResolver;
  logger: Logger;
  limits: LruLimits;
}

/** How the cache stands, for logs, metrics and specs. */
export interface ResponseCacheState {
  /** Listening for the read models' commits: only then are pages served from or stored in the cache. */
  live: boolean;
  /** Bumped on every change that drops the pages (a commit, a lost or regained listener). */
  generation: number;
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  /** Misses that joined a read of the same page already under way. */
  joined: number;
}

/**
 * JSON pages of the read models, kept between the projector's commits. The read models change
 * only when a transaction that writes them commits, and each such commit notifies
 * READ_MODELS_CHANNEL (packages/readmodel/src/changes.ts); the cache LISTENs on a connection of
 * its own and drops every page when its schema's read models move.
 *
 * Never older than the last commit for longer than one notification takes to arrive:
 * - a request that misses takes a ticket (the generation) before it asks Postgres, and its page
 *   is stored only if no change arrived meanwhile: a page read from a snapshot taken before a
 *   commit whose notification came in while the query ran is never stored;
 * - without a LISTEN in force (not yet, or its connection lost) nothing is served from or stored
 *   in the cache: every request asks Postgres, until the listener is back (retried with backoff),
 *   and the pages kept from before the loss are dropped;
 * - a change of the serving version (rebuild switch-over) drops every page and the cached schema
 *   name, so the next request asks which version serves.
 */
export class ResponseCache {
  private readonly lru: PageLru;
  private generation = 0;
  private live = false;
  private hits = 0;
  private misses = 0;
  private joined = 0;
  /** Pages being read from Postgres now, by key, with the generation each was asked in. */
  private readonly inflight = new Map<string, { ticket: number; page: Promise<CachedPage> }>();
  /** The serving schema whose notifications matter; null: every notification does. */
  private servingSchema: string | null = null;
  private schemaEpoch = 0;
  private listener: Listener | null = null;
  private readonly retry = new RetryBackoff();
  private stopped = false;

  constructor(private readonly o: ResponseCacheOptions) {
    this.lru = new PageLru(o.limits);
  }

  get state(): ResponseCacheState {
    return { live: this.live, generation: this.generation, entries: this.lru.size, bytes: this.lru.bytes, hits: this.hits, misses: this.misses, joined: this.joined };
  }

  /** The cached page under `key`, or undefined (a miss, or the cache is not live). */
  lookup(key: string): CachedPage | undefined {
    const page = this.live ? this.lru.get(key) : undefined;
    if (page) this.hits++;
    else this.misses++;
    return page;
  }

  /** Taken by a miss before it asks Postgres; null when nothing may be stored now. */
  ticket(): number | null {
    return this.live ? this.generation : null;
  }

  /** Store a page read under `ticket`, unless the read models moved since (or the cache is not live). */
  store(ticket: number | null, key: string, page: CachedPage): void {
    if (ticket === null || !this.live || ticket !== this.generation) return;
    this.lru.set(key, page);
  }

  /**
   * The page under `key` read by `read` and stored under `ticket`; requests for the same key
   * in the same generation while it is being read share that one read (and its failure) instead
   * of each asking Postgres: after a commit drops a hot page, its 50 waiting clients make one query.
   * A request in a later generation (a commit notified meanwhile) reads for itself.
   */
  async fill(key: string, ticket: number, read: () => Promise<CachedPage>): Promise<CachedPage> {
    const running = this.inflight.get(key);
    if (running && running.ticket === ticket) {
      this.joined++;
      return running.page;
    }
    const page = read();
    const entry = { ticket, page };
    this.inflight.set(key, entry);
    try {
      const done = await page;
      this.store(ticket, key, done);
      return done;
    } finally {
      if (this.inflight.get(key) === entry) this.inflight.delete(key);
    }
  }

  /** Start listening (never throws: without a listener the cache stays off and retries). */
  async start(): Promise<void> {
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.live = false;
    this.retry.cancel();
    this.drop();
    await this.listener?.close();
    this.listener = null;
  }

  /** Every page goes: the read models moved, or the cache can no longer tell whether they did. */
  private drop(): void {
    this.generation++;
    this.lru.clear();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    try {
      this.listener = await this.o.db.listen(
        READ_MODELS_CHANNEL,
        (payload) => this.changed(payload),
        (err) => {
          this.listener = null;
          this.live = false;
          this.drop();
          this.o.logger.warn({ err, retryInMs: this.retry.delayMs }, 'response cache lost its LISTEN connection; every request asks Postgres until it is back');
          this.relisten();
        },
      );
      if (this.stopped) {
        await this.listener.close();
        return;
      }
      this.retry.reset();
      // listening first, then which version serves (asked afresh): a switch in between is notified, not missed
      this.o.schema.invalidate();
      this.servingSchema = null;
      this.drop();
      this.live = true;
      await this.learnServingSchema();
      this.o.logger.info({ schema: this.servingSchema, maxEntries: this.o.limits.maxEntries, maxBytes: this.o.limits.maxBytes }, 'response cache following the read models');
    } catch (err) {
      this.o.logger.warn({ err, retryInMs: this.retry.delayMs }, 'response cache could not LISTEN; every request asks Postgres until it can');
      this.relisten();
    }
  }

  private relisten(): void {
    if (this.stopped) return;
    this.retry.schedule(() => {
      if (!this.stopped) void this.listen();
    });
  }

  private changed(payload: string): void {
    if (payload === PROJECTIONS_CHANGED) {
      this.o.schema.invalidate();
      this.servingSchema = null;
      this.drop();
      void this.learnServingSchema();
      return;
    }
    // commits into a version that does not serve (a rebuild filling its own schema) change no page
    if (this.servingSchema === null || payload === this.servingSchema) this.drop();
  }

  /** Which schema's notifications drop pages; until known (or when it cannot be read), every one does. */
  private async learnServingSchema(): Promise<void> {
    const asked = ++this.schemaEpoch;
    try {
      const schema = await this.o.schema();
      // a version change notified meanwhile asks again
      if (asked === this.schemaEpoch) this.servingSchema = schema;
    } catch (err) {
      this.o.logger.warn({ err }, 'response cache could not read the serving version; every notification drops the cache');
    }
  }
}
