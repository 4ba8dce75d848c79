import type { Logger } from '@claimwire/logging';
import { PgSql } from '@claimwire/sql';

/** Postgres SQLSTATEs this module tells apart. */
const INVALID_CATALOG_NAME = '3D000';
const DUPLICATE_DATABASE = '42P04';

function sqlState(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/** The database a postgres:// URL names (libpq's default: the user's name). */
export function databaseName(url: string): string {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.replace(/^\//, ''));
  return name || decodeURIComponent(u.username) || 'postgres';
}

/** The same server and credentials, another database. */
function onDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(db)}`;
  return u.toString();
}

/** A double-quoted identifier for any name (the operator's own, from DATABASE_URL). */
function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function withMaintenanceDb<T>(url: string, fn: (sql: PgSql) => Promise<T>): Promise<T> {
  // `postgres` is there on every cluster unless dropped; template1 always is
  for (const db of ['postgres', 'template1']) {
    const sql = new PgSql({ connectionString: onDatabase(url, db), applicationName: 'claimwire-setup', max: 1 });
    try {
      return await fn(sql);
    } catch (err) {
      if (sqlState(err) !== INVALID_CATALOG_NAME || db === 'template1') throw err;
    } finally {
      await sql.close().catch(() => undefined);
    }
  }
  throw new Error('unreachable');
}

/**
 * Create the database DATABASE_URL names when it does not exist (a fresh server, or a name
 * of the operator's choosing). Resolves with true when it was created here. Needs the
 * CREATEDB privilege only when the database is missing.
 */
export async function ensureDatabase(url: string, logger: Logger): Promise<boolean> {
  const name = databaseName(url);
  const probe = new PgSql({ connectionString: url, applicationName: 'claimwire-setup', max: 1 });
  try {
    await probe.query('SELECT 1');
    return false;
  } catch (err) {
    if (sqlState(err) !== INVALID_CATALOG_NAME) throw err;
  } finally {
    await probe.close().catch(() => undefined);
  }
  return withMaintenanceDb(url, async (sql) => {
    try {
      await sql.query(`CREATE DATABASE ${quoteName(name)}`);
    } catch (err) {
      if (sqlState(err) === DUPLICATE_DATABASE) return false; // a concurrent setup won the race
      throw new Error(`database "${name}" does not exist and could not be created: ${(err as Error).message}`, { cause: err });
    }
    logger.info({ database: name }, 'database created');
    return true;
  });
}
