import { quoteIdent, type SqlExecutor } from '@claimwire/sql';

// the table and key of each entity id prefix sources are listed for
const TABLES: Record<string, [table: string, key: string]> = {
  fig: ['toll_figures', 'figure_id'],
  rnd: ['talks_rounds', 'round_id'],
  stk: ['strikes', 'strike_id'],
};

/** Whether a figure, round or strike with this id exists (an unknown prefix: false). */
export async function entityExists(db: SqlExecutor, schema: string, entityId: string): Promise<boolean> {
  const t = TABLES[entityId.split('_')[0] ?? ''];
  if (!t) return false;
  const r = await db.query(`SELECT 1 FROM ${quoteIdent(schema)}.${quoteIdent(t[0])} WHERE ${quoteIdent(t[1])} = $1`, [entityId]);
  return r.rows.length > 0;
}
