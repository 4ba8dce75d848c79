import { quoteIdent, type SqlExecutor } from '@claimwire/sql';

/** One table's INSERT: its columns and what a conflict does, for one row or many. */
export interface UpsertSpec {
  table: string;
  columns: readonly string[];
  /** Everything after VALUES (...): `ON CONFLICT ...`, with `$T` standing for the qualified table. */
  onConflict: string;
}

// Postgres takes at most 65,535 parameters a statement
const MAX_PARAMS = 60_000;

/** INSERT the rows (each in `spec.columns` order) with as few statements as the parameter limit allows. */
export async function upsertRows(tx: SqlExecutor, schema: string, spec: UpsertSpec, rows: readonly (readonly unknown[])[]): Promise<void> {
  const t = `${quoteIdent(schema)}.${spec.table}`;
  const width = spec.columns.length;
  const per = Math.max(1, Math.floor(MAX_PARAMS / width));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const values = chunk.map((_, r) => `(${spec.columns.map((_, c) => `$${r * width + c + 1}`).join(',')})`).join(',');
    await tx.query(
      `INSERT INTO ${t} (${spec.columns.join(', ')}) VALUES ${values} ${spec.onConflict.replaceAll('$T', t)}`,
      chunk.flat(),
    );
  }
}
