import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { SOURCE_COLUMNS, toSource } from './sources';

interface ArticleRow {
  article_id: string;
  revision: number;
  feed_id: string;
  guid: string | null;
  url: string | null;
  title: string | null;
  author: string | null;
  published: Date;
  first_seen: Date;
  language: string | null;
  summary: string | null;
  text_length: number;
}

function toArticle(r: ArticleRow) {
  return {
    articleId: r.article_id,
    revision: r.revision,
    feedId: r.feed_id,
    guid: r.guid,
    url: r.url,
    title: r.title,
    author: r.author,
    published: r.published.toISOString(),
    firstSeen: r.first_seen.toISOString(),
    language: r.language,
    summary: r.summary,
    textLength: r.text_length,
  };
}

const ARTICLE_COLS = 'article_id, revision, feed_id, guid, url, title, author, published, first_seen, language, summary, text_length';

/** A claim with its evidence, the entity it sources, and the article it came from. */
export async function getClaim(db: SqlExecutor, schema: string, claimId: string) {
  const s = quoteIdent(schema);
  const row = (
    await db.query<Parameters<typeof toSource>[0] & { kind: string; body: Record<string, unknown> }>(
      `SELECT ${SOURCE_COLUMNS}, kind, body FROM ${s}.claims WHERE claim_id = $1`,
      [claimId],
    )
  ).rows[0];
  if (!row) return null;
  const article = (await db.query<ArticleRow>(`SELECT ${ARTICLE_COLS} FROM ${s}.articles WHERE article_id = $1`, [row.article_id])).rows[0];
  const source = toSource(row);
  return {
    claimId: row.claim_id,
    kind: row.kind,
    claim: row.body,
    entityId: row.entity_id,
    evidence: source.evidence,
    confidence: source.confidence,
    extractorVersion: source.extractorVersion,
    seenAt: source.seenAt,
    article: article
      ? toArticle(article)
      : { articleId: row.article_id, url: row.article_url, title: row.article_title, feedId: row.feed_id },
  };
}

/** An article with every claim read from it. */
export async function getArticle(db: SqlExecutor, schema: string, articleId: string) {
  const s = quoteIdent(schema);
  const article = (await db.query<ArticleRow>(`SELECT ${ARTICLE_COLS} FROM ${s}.articles WHERE article_id = $1`, [articleId])).rows[0];
  const claims = (
    await db.query<Parameters<typeof toSource>[0] & { kind: string; body: Record<string, unknown> }>(
      `SELECT ${SOURCE_COLUMNS}, kind, body FROM ${s}.claims WHERE article_id = $1 ORDER BY evidence_start, claim_id`,
      [articleId],
    )
  ).rows;
  if (!article && claims.length === 0) return null;
  return {
    ...(article ? toArticle(article) : { articleId }),
    claims: claims.map((c) => ({
      claimId: c.claim_id,
      kind: c.kind,
      claim: c.body,
      entityId: c.entity_id,
      evidence: { sentence: c.evidence_sentence, start: c.evidence_start, end: c.evidence_end },
      confidence: Math.round(c.confidence * 1000) / 1000,
    })),
  };
}
