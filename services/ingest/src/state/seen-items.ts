import type { SqlExecutor } from '@claimwire/sql';
import type { SeenItem } from '../items';

/** What ingest already published for these item keys of a feed. */
export async function loadSeen(db: SqlExecutor, feedId: string, keys: readonly string[]): Promise<Map<string, SeenItem>> {
  if (keys.length === 0) return new Map();
  const r = await db.query<{ item_key: string; content_hash: string; revision: number }>(
    'SELECT item_key, content_hash, revision FROM feed_items WHERE feed_id = $1 AND item_key = ANY($2)',
    [feedId, keys],
  );
  return new Map(r.rows.map((row) => [row.item_key, { key: row.item_key, contentHash: row.content_hash, revision: row.revision }]));
}

export interface PublishedItem {
  key: string;
  articleId: string;
  contentHash: string;
  revision: number;
}

/** Remember published items, after the broker acknowledged them, so a restart does not publish them again. */
export async function recordPublished(db: SqlExecutor, feedId: string, items: readonly PublishedItem[], at: Date): Promise<void> {
  for (const it of items) {
    await db.query(
      `INSERT INTO feed_items (feed_id, item_key, article_id, content_hash, revision, first_seen, last_seen)
       VALUES ($1,$2,$3,$4,$5,$6,$6)
       ON CONFLICT (feed_id, item_key) DO UPDATE SET content_hash = EXCLUDED.content_hash,
         revision = GREATEST(feed_items.revision, EXCLUDED.revision), last_seen = EXCLUDED.last_seen`,
      [feedId, it.key, it.articleId, it.contentHash, it.revision, at],
    );
  }
}

export async function touchSeen(db: SqlExecutor, feedId: string, keys: readonly string[], at: Date): Promise<void> {
  if (keys.length === 0) return;
  await db.query('UPDATE feed_items SET last_seen = $3 WHERE feed_id = $1 AND item_key = ANY($2)', [feedId, keys, at]);
}
