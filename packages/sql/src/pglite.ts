import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import type { Logger } from '@claimwire/logging';
import { queryOnPool, transactionOnPool } from './pg';
import type { Listener, QueryResult, Sql, SqlExecutor } from './port';
import { streamOnPool } from './stream';

export interface PgliteSqlOptions {
  /** Data directory on disk (created if missing); 'memory://' keeps everything in memory. */
  dataDir: string;
  logger?: Logger;
  /** How long a caller waits for the single connection before failing (surfaces a self-deadlock). */
  acquireTimeoutMs?: number;
}

/**
 * The SQL port over PGlite: real Postgres (compiled to WASM) in this process, with its data
 * directory on disk, for running without a Postgres server. It speaks through node-postgres
 * (PGlite's pg adapter), so values come back exactly as from PgSql: bigint and numeric as
 * strings, timestamptz as Date, jsonb parsed, arrays as arrays.
 *
 * PGlite has ONE connection. The pool below has one client, so it is the mutex: a
 * transaction holds the client from BEGIN to COMMIT and every other query (a gateway read,
 * another projector batch) queues until it is released, so nothing interleaves inside a
 * transaction. Code must therefore never call this Sql (rather than its tx) from inside
 * one of its own transactions: that waits for itself and fails after acquireTimeoutMs.
 *
 * Durability: PGlite writes its files through Node's fs, so a process crash loses no
 * committed transaction; it does not fsync, so a power cut may lose the last ones.
 * One process per data directory.
 */
export class PgliteSql implements Sql {
  readonly kind = 'pglite' as const;
  readonly db: PGlite;
  readonly pool: pg.Pool;

  constructor(opts: PgliteSqlOptions) {
    if (!opts.dataDir.startsWith('memory://')) mkdirSync(opts.dataDir, { recursive: true });
    this.db = new PGlite(opts.dataDir);
    this.pool = new pg.Pool({
      ...(createPgConfig(this.db) as unknown as pg.PoolConfig),
      max: 1,
      idleTimeoutMillis: 0,
      connectionTimeoutMillis: opts.acquireTimeoutMs ?? 60_000,
    });
    this.pool.on('error', (err) => opts.logger?.warn({ err }, 'pglite client error'));
  }

  /** Resolves when the database has started (the first query waits for it anyway). */
  ready(): Promise<void> {
    return this.db.waitReady;
  }

  query<R>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    return queryOnPool<R>(this.pool, text, params);
  }

  stream<R>(text: string, params?: readonly unknown[], batchSize?: number): AsyncGenerator<R[]> {
    return streamOnPool<R>(this.pool, text, params, batchSize);
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return transactionOnPool(this.pool, fn);
  }

  /** In-process: PGlite hands every committed NOTIFY to its listeners; nothing to lose. */
  async listen(channel: string, onNotify: (payload: string) => void): Promise<Listener> {
    const unlisten = await this.db.listen(channel, onNotify);
    return { close: () => unlisten() };
  }

  async ping(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
    if (!this.db.closed) await this.db.close();
  }
}
