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

/**
 * Whether a feed is known: ingest's state has it (configured, even before its first article,
 * or removed from the config since: its row stays), or the active version (`schema`, when
 * there is one) has articles or claims of it (a log replayed without ingest's state).
 */
export async function feedExists(db: SqlExecutor, schema: string | null, feedId: string): Promise<boolean> {
  const s = schema ? quoteIdent(schema) : null;
  const inVersion = s ? ` OR EXISTS (SELECT 1 FROM ${s}.articles WHERE feed_id = $1) OR EXISTS (SELECT 1 FROM ${s}.claims WHERE feed_id = $1)` : '';
  const r = await db.query<{ known: boolean }>(`SELECT EXISTS (SELECT 1 FROM feeds WHERE feed_id = $1)${inVersion} AS known`, [feedId]);
  return r.rows[0]?.known === true;
}

/** Whether an article is known to the active version: its article event, or claims read from it (GET /v1/articles/{id} shows either). */
export async function articleExists(db: SqlExecutor, schema: string | null, articleId: string): Promise<boolean> {
  if (!schema) return false;
  const s = quoteIdent(schema);
  const r = await db.query<{ known: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM ${s}.articles WHERE article_id = $1) OR EXISTS (SELECT 1 FROM ${s}.claims WHERE article_id = $1) AS known`,
    [articleId],
  );
  return r.rows[0]?.known === true;
}

/**
 * Whether a reporter entity id is known: the gazetteer the gateway runs with has it (even before
 * it reported a figure), or a toll series of the active version carries it (read with an older gazetteer).
 */
export async function reporterExists(db: SqlExecutor, schema: string | null, reporterIds: ReadonlySet<string>, reporterId: string): Promise<boolean> {
  if (reporterIds.has(reporterId)) return true;
  if (!schema) return false;
  const r = await db.query(`SELECT 1 FROM ${quoteIdent(schema)}.toll_series WHERE reporter_id = $1 LIMIT 1`, [reporterId]);
  return r.rows.length > 0;
}
