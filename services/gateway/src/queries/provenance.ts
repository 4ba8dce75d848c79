import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import type { z } from 'zod';
import type { ArticleDetail, ClaimDetail } from '../schemas';
import { SOURCE_COLUMNS, toSource, type SourceRow } from './sources';

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

type ClaimRow = SourceRow & { kind: 'toll' | 'talks' | 'strike'; body: Record<string, unknown> };

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

async function article(db: SqlExecutor, s: string, articleId: string): Promise<ArticleRow | undefined> {
  return (await db.query<ArticleRow>(`SELECT ${ARTICLE_COLS} FROM ${s}.articles WHERE article_id = $1`, [articleId])).rows[0];
}

/** A claim with its evidence, the entity it sources, and the article it came from. */
export async function getClaim(db: SqlExecutor, schema: string, claimId: string): Promise<z.input<typeof ClaimDetail> | null> {
  const s = quoteIdent(schema);
  const row = (await db.query<ClaimRow>(`SELECT ${SOURCE_COLUMNS}, kind, body FROM ${s}.claims WHERE claim_id = $1`, [claimId])).rows[0];
  if (!row) return null;
  const a = await article(db, s, row.article_id);
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
    article: a ? toArticle(a) : { articleId: row.article_id, url: row.article_url, title: row.article_title, feedId: row.feed_id },
  };
}

/** An article with every claim read from it, in text order. */
export async function getArticle(db: SqlExecutor, schema: string, articleId: string): Promise<z.input<typeof ArticleDetail> | null> {
  const s = quoteIdent(schema);
  const a = await article(db, s, articleId);
  const claims = (
    await db.query<ClaimRow>(`SELECT ${SOURCE_COLUMNS}, kind, body FROM ${s}.claims WHERE article_id = $1 ORDER BY evidence_start, claim_id`, [articleId])
  ).rows;
  if (!a && claims.length === 0) return null;
  return {
    articleId,
    article: a ? toArticle(a) : null,
    claims: claims.map((c) => {
      const src = toSource(c);
      return { claimId: c.claim_id, kind: c.kind, claim: c.body, entityId: c.entity_id, evidence: src.evidence, confidence: src.confidence };
    }),
  };
}
