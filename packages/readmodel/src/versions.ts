import type { Sql, SqlExecutor } from '@claimwire/sql';
import { PROJECTIONS_CHANGED, READ_MODELS_CHANNEL } from './changes';
import { PROJECTION_NAME, readModelDdl, schemaFor } from './ddl';

export interface ProjectionVersion {
  version: number;
  schemaName: string;
  status: 'building' | 'active' | 'retired';
}

/**
 * Create the schema of a version if needed and register it. The first version ever
 * registered becomes active at once; later ones start as 'building' until switched over.
 */
export async function ensureVersion(sql: Sql, version: number, name = PROJECTION_NAME): Promise<ProjectionVersion> {
  const schemaName = schemaFor(version);
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`projection:${name}`]);
    await tx.query(readModelDdl(schemaName));
    const active = await tx.query('SELECT 1 FROM projections WHERE name = $1 AND status = $2', [name, 'active']);
    const status = active.rowCount === 0 ? 'active' : 'building';
    await tx.query(
      `INSERT INTO projections (name, version, schema_name, status, activated_at)
       VALUES ($1, $2, $3, $4, CASE WHEN $4 = 'active' THEN now() END)
       ON CONFLICT (name, version) DO NOTHING`,
      [name, version, schemaName, status],
    );
    const r = await tx.query<ProjectionVersion>(
      'SELECT version, schema_name AS "schemaName", status FROM projections WHERE name = $1 AND version = $2',
      [name, version],
    );
    return r.rows[0] as ProjectionVersion;
  });
}

export async function activeVersion(db: SqlExecutor, name = PROJECTION_NAME): Promise<ProjectionVersion | null> {
  const r = await db.query<ProjectionVersion>(
    `SELECT version, schema_name AS "schemaName", status FROM projections WHERE name = $1 AND status = 'active'`,
    [name],
  );
  return r.rows[0] ?? null;
}

export async function listVersions(db: SqlExecutor, name = PROJECTION_NAME): Promise<ProjectionVersion[]> {
  const r = await db.query<ProjectionVersion>(
    'SELECT version, schema_name AS "schemaName", status FROM projections WHERE name = $1 ORDER BY version',
    [name],
  );
  return r.rows;
}

/** Make `version` the one that serves; the previous active one is retired (kept, not dropped). */
export async function activateVersion(sql: Sql, version: number, name = PROJECTION_NAME): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`projection:${name}`]);
    await tx.query(`UPDATE projections SET status = 'retired' WHERE name = $1 AND status = 'active' AND version <> $2`, [name, version]);
    const r = await tx.query(
      `UPDATE projections SET status = 'active', activated_at = now() WHERE name = $1 AND version = $2`,
      [name, version],
    );
    if (r.rowCount === 0) throw new Error(`projection ${name} has no version ${version}`);
  });
}

/**
 * Bring the schema of every version still in use (active or building) up to this code's DDL:
 * additive changes only (new indexes, columns, rollups, filled from the rows there), each
 * idempotent. A change of shape bumps READ_MODEL_VERSION and is rebuilt instead. Does nothing
 * on a database the migrations have not prepared yet.
 */
export async function upgradeVersions(sql: Sql, name = PROJECTION_NAME): Promise<string[]> {
  return sql.transaction(async (tx) => {
    const ready = await tx.query<{ t: string | null }>(`SELECT to_regclass('projections')::text AS t`);
    if (!ready.rows[0]?.t) return [];
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`projection:${name}`]);
    const r = await tx.query<{ schema_name: string }>(
      `SELECT schema_name FROM projections WHERE name = $1 AND status IN ('active', 'building') ORDER BY version`,
      [name],
    );
    for (const v of r.rows) await tx.query(readModelDdl(v.schema_name));
    // what the DDL filled is served at once: caches of the read models start again (changes.ts)
    if (r.rows.length) await tx.query('SELECT pg_notify($1, $2)', [READ_MODELS_CHANNEL, PROJECTIONS_CHANGED]);
    return r.rows.map((v) => v.schema_name);
  });
}
