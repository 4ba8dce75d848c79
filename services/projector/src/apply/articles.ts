import type { ArticleIngested } from '@claimwire/events';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';

/** Keep the newest revision of each article; an older or repeated revision changes nothing. */
export async function applyArticle(tx: SqlExecutor, schema: string, a: ArticleIngested): Promise<void> {
  const s = quoteIdent(schema);
  await tx.query(
    `INSERT INTO ${s}.articles (article_id, revision, feed_id, guid, url, title, author, published, first_seen,
       language, summary, text_length, content_hash)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)
     ON CONFLICT (article_id) DO UPDATE SET revision = EXCLUDED.revision, guid = EXCLUDED.guid, url = EXCLUDED.url,
       title = EXCLUDED.title, author = EXCLUDED.author, published = EXCLUDED.published, language = EXCLUDED.language,
       summary = EXCLUDED.summary, text_length = EXCLUDED.text_length, content_hash = EXCLUDED.content_hash
     WHERE ${s}.articles.revision < EXCLUDED.revision`,
    [
      a.articleId,
      a.revision,
      a.feedId,
      a.guid,
      a.url,
      a.title,
      a.author,
      a.published,
      a.firstSeen,
      a.language,
      a.summary,
      a.text.length,
      a.contentHash,
    ],
  );
}
