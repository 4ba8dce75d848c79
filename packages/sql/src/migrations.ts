import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '@claimwire/events';
import type { Sql } from './port';

export interface Migration {
  id: string;
  sql: string;
  checksum: string;
}

/** infra/migrations, resolved from this file so it works from any working directory. */
export const DEFAULT_MIGRATIONS_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../infra/migrations');

export function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3,}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const sql = readFileSync(join(dir, f), 'utf8');
      return { id: f.replace(/\.sql$/, ''), sql, checksum: sha256Hex(sql) };
    });
}

// an arbitrary constant: only one migrator at a time, across processes
const MIGRATION_LOCK = 7_243_901;

/**
 * Apply pending migrations in order, each in its own transaction, under an advisory lock
 * so that several services starting together do not race. A changed, already-applied
 * migration is an error: migrations are append-only.
 */
export async function migrate(sql: Sql, migrations = readMigrations()): Promise<string[]> {
  const applied: string[] = [];
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await tx.query<{ id: string; checksum: string }>('SELECT id, checksum FROM schema_migrations');
    const done = new Map(rows.map((r) => [r.id, r.checksum]));
    for (const m of migrations) {
      const seen = done.get(m.id);
      if (seen !== undefined) {
        if (seen !== m.checksum) throw new Error(`migration ${m.id} was changed after it was applied`);
        continue;
      }
      await tx.query(m.sql);
      await tx.query('INSERT INTO schema_migrations (id, checksum) VALUES ($1, $2)', [m.id, m.checksum]);
      applied.push(m.id);
    }
  });
  return applied;
}
