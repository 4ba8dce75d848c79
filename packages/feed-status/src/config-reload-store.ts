import type { SqlExecutor } from '@claimwire/sql';
import { boundProblems, FeedsConfigStatusRow, type FeedsConfigStatus } from './config-reload';

/** A load of the feeds file that ingest runs on (start, applied reload), or a rejected reload. */
export type ConfigReloadOutcome = { ok: true; at: Date } | { ok: false; at: Date; problems: readonly string[] };

/**
 * Ingest: record a config load or a rejected reload in feeds_config_status (one row,
 * migration 006). A write older than what is stored is ignored, so outcomes recorded out of
 * order leave the latest one. Kept problems are bounded (boundProblems).
 */
export async function recordFeedsConfigStatus(db: SqlExecutor, e: ConfigReloadOutcome): Promise<void> {
  if (e.ok) {
    await db.query(
      `INSERT INTO feeds_config_status (singleton, loaded_at, rejected_at, problems, problem_count) VALUES (true, $1, NULL, '{}', 0)
       ON CONFLICT (singleton) DO UPDATE SET loaded_at = EXCLUDED.loaded_at, rejected_at = NULL, problems = '{}', problem_count = 0, updated_at = now()
       WHERE COALESCE(GREATEST(feeds_config_status.loaded_at, feeds_config_status.rejected_at), '-infinity') <= $1`,
      [e.at],
    );
    return;
  }
  const { problems, problemCount } = boundProblems(e.problems);
  await db.query(
    `INSERT INTO feeds_config_status (singleton, loaded_at, rejected_at, problems, problem_count) VALUES (true, NULL, $1, $2, $3)
     ON CONFLICT (singleton) DO UPDATE SET rejected_at = EXCLUDED.rejected_at, problems = EXCLUDED.problems,
       problem_count = EXCLUDED.problem_count, updated_at = now()
     WHERE COALESCE(GREATEST(feeds_config_status.loaded_at, feeds_config_status.rejected_at), '-infinity') <= $1`,
    [e.at, problems, problemCount],
  );
}

/** Gateway: the stored status, validated; no row yet (ingest has not started on this database) reads as nothing known. */
export async function readFeedsConfigStatus(db: SqlExecutor): Promise<FeedsConfigStatus> {
  const r = await db.query('SELECT loaded_at, rejected_at, problems, problem_count FROM feeds_config_status WHERE singleton');
  const row = r.rows[0];
  return row === undefined ? { loadedAt: null, rejectedReload: null } : FeedsConfigStatusRow.parse(row);
}
