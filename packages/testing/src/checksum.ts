import type { SqlExecutor } from '@claimwire/sql';

/** Columns that record when something was processed, not what: excluded from equality checks. */
const VOLATILE = new Set(['source_topic', 'source_partition', 'source_offset', 'seq', 'projected_at']);

/**
 * A checksum of every table of a read-model schema, rows in primary-key order, so that two
 * runs (a faulty one and a clean rebuild) can be compared for equality.
 */
export async function readModelChecksums(db: SqlExecutor, schema: string): Promise<Record<string, string>> {
  const tables = (
    await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
      [schema],
    )
  ).rows.map((r) => r.table_name);
  const out: Record<string, string> = {};
  for (const t of tables) {
    const cols = (
      await db.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position`,
        [schema, t],
      )
    ).rows
      .map((r) => r.column_name)
      .filter((c) => !VOLATILE.has(c));
    const list = cols.map((c) => `"${c}"`).join(', ');
    const r = await db.query<{ sum: string | null; n: string }>(
      `SELECT md5(string_agg(row_text, E'\\n' ORDER BY row_text)) AS sum, count(*) AS n
         FROM (SELECT ROW(${list})::text AS row_text FROM "${schema}"."${t}") x`,
    );
    out[t] = `${r.rows[0]?.n ?? 0}:${r.rows[0]?.sum ?? 'empty'}`;
  }
  return out;
}
