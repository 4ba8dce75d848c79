import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '@claimwire/logging';
import { quoteIdent } from './identifiers';
import type { Listener, QueryResult, Sql, SqlExecutor } from './port';
import { streamOnPool } from './stream';

// int8 (bigint) and numeric come back as strings by default; counts and offsets fit in JS
// numbers for our purposes only where the caller says so, so keep them as strings.

export interface PgSqlOptions {
  connectionString: string;
  logger?: Logger;
  max?: number;
  applicationName?: string;
  statementTimeoutMs?: number;
  /**
   * Run every query (outside transactions) as a named prepared statement, named by a hash of
   * its text: each connection plans a statement once and reuses the plan. For a read path
   * with a bounded set of statement texts (the gateway), where planning costs as much as
   * running; not for writers whose texts vary with their row counts.
   */
  prepare?: boolean;
}

export class PgSql implements Sql {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;
  private readonly prepare: boolean;

  constructor(opts: PgSqlOptions) {
    this.prepare = opts.prepare ?? false;
    this.pool = new pg.Pool({
      connectionString: opts.connectionString,
      max: opts.max ?? 10,
      application_name: opts.applicationName ?? 'claimwire',
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
      statement_timeout: opts.statementTimeoutMs ?? 30_000,
    });
    // an idle client losing its connection (Postgres restart) must not crash the process
    this.pool.on('error', (err) => opts.logger?.warn({ err }, 'postgres idle client error'));
  }

  query<R>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    if (this.prepare) return queryOnPool<R>(this.pool, { name: statementName(text), text }, params);
    return queryOnPool<R>(this.pool, text, params);
  }

  stream<R>(text: string, params?: readonly unknown[], batchSize?: number): AsyncGenerator<R[]> {
    return streamOnPool<R>(this.pool, text, params, batchSize);
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return transactionOnPool(this.pool, fn);
  }

  async listen(channel: string, onNotify: (payload: string) => void, onLost?: (err: Error) => void): Promise<Listener> {
    // a connection of its own: a pooled client would be handed to other queries
    const client = new pg.Client({ ...this.pool.options, statement_timeout: 0 } as pg.ClientConfig);
    let closing = false;
    const lost = (err: Error) => {
      if (closing) return;
      closing = true;
      client.removeAllListeners('notification');
      void client.end().catch(() => undefined);
      onLost?.(err);
    };
    client.on('error', lost);
    client.on('end', () => lost(new Error('LISTEN connection ended')));
    client.on('notification', (n) => {
      if (n.channel === channel) onNotify(n.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${quoteIdent(channel)}`);
    } catch (err) {
      closing = true;
      await client.end().catch(() => undefined);
      throw err;
    }
    return {
      close: async () => {
        if (closing) return;
        closing = true;
        await client.end().catch(() => undefined);
      },
    };
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
  }
}

const statementNames = new Map<string, string>();
/** A prepared statement's name: the same for the same text (`s_` and 24 hex digits of its hash). */
export function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `s_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (statementNames.size < 10_000) statementNames.set(text, name);
  }
  return name;
}

/** One query on any pg pool (also the PGlite-backed one); a named statement is prepared once a connection. */
export async function queryOnPool<R>(
  pool: pg.Pool,
  statement: string | { name: string; text: string },
  params?: readonly unknown[],
): Promise<QueryResult<R>> {
  const r =
    typeof statement === 'string'
      ? await pool.query(statement, params as unknown[] | undefined)
      : await pool.query({ name: statement.name, text: statement.text, values: params as unknown[] | undefined });
  return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
}

/** fn in one transaction on a client of the pool: committed when it resolves, rolled back when it throws. */
export async function transactionOnPool<T>(pool: pg.Pool, fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  // a checked-out client whose connection dies emits 'error'; unhandled, that would crash
  // the process (Postgres restart, network cut). The failing query rejects on its own.
  const onError = () => {
    broken = true;
  };
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const tx: SqlExecutor = {
      query: async <R>(text: string, params?: readonly unknown[]) => {
        const r = await client.query(text, params as unknown[] | undefined);
        return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
      },
    };
    const out = await fn(tx);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    try {
      await client.query('ROLLBACK');
    } catch {
      broken = true; // connection is gone; do not return it to the pool
    }
    throw err;
  } finally {
    client.off('error', onError);
    client.release(broken ? true : undefined);
  }
}
