import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, PgSql } from '@claimwire/sql';
import { requiredEnv } from './env';

export interface TestDatabase {
  name: string;
  url: string;
  sql: PgSql;
  drop(): Promise<void>;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export function adminDatabaseUrl(): string {
  return requiredEnv('DATABASE_URL');
}

/** A fresh, migrated database of its own for one spec. */
export async function createTestDatabase(prefix = 'cwtest'): Promise<TestDatabase> {
  const admin = adminDatabaseUrl();
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = withDatabase(admin, name);
  const sql = new PgSql({ connectionString: url, max: 5 });
  await migrate(sql);
  return {
    name,
    url,
    sql,
    drop: async () => {
      await sql.close().catch(() => undefined);
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
