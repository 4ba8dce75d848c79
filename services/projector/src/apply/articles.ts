import type { ArticleIngested } from '@claimwire/events';
import type { SqlExecutor } from '@claimwire/sql';
import { upsertRows, type UpsertSpec } from '@claimwire/readmodel';

export const ARTICLE_UPSERT: UpsertSpec = {
  table: 'articles',
  columns: ['article_id', 'revision', 'feed_id', 'guid', 'url', 'title', 'author', 'published', 'first_seen', 'language', 'summary', 'text_length', 'content_hash'],
  onConflict: `ON CONFLICT (article_id) DO UPDATE SET revision = EXCLUDED.revision, guid = EXCLUDED.guid, url = EXCLUDED.url,
       title = EXCLUDED.title, author = EXCLUDED.author, published = EXCLUDED.published, language = EXCLUDED.language,
       summary = EXCLUDED.summary, text_length = EXCLUDED.text_length, content_hash = EXCLUDED.content_hash
     WHERE $T.revision < EXCLUDED.revision`,
};

export function articleRow(a: ArticleIngested): unknown[] {
  return [a.articleId, a.revision, a.feedId, a.guid, a.url, a.title, a.author, a.published, a.firstSeen, a.language, a.summary, a.text.length, a.contentHash];
}

/** Keep the newest revision of each article; an older or repeated revision changes nothing. */
export async function applyArticle(tx: SqlExecutor, schema: string, a: ArticleIngested): Promise<void> {
  await upsertRows(tx, schema, ARTICLE_UPSERT, [articleRow(a)]);
}
