import { quoteIdent, type SqlExecutor } from '@claimwire/sql';

export type { Source } from '../schemas';
import type { Source } from '../schemas';

export interface SourceRow {
  claim_id: string;
  entity_id: string;
  article_id: string;
  article_revision: number;
  article_url: string | null;
  article_title: string | null;
  feed_id: string;
  article_published: Date | null;
  seen_at: Date;
  extractor_version: string;
  confidence: number;
  evidence_sentence: string;
  evidence_start: number;
  evidence_end: number;
}

export const SOURCE_COLUMNS = `claim_id, entity_id, article_id, article_revision, article_url, article_title, feed_id,
  article_published, seen_at, extractor_version, confidence, evidence_sentence, evidence_start, evidence_end`;

export function toSource(r: SourceRow): Source {
  return {
    claimId: r.claim_id,
    articleId: r.article_id,
    articleRevision: r.article_revision,
    url: r.article_url,
    title: r.article_title,
    feedId: r.feed_id,
    published: r.article_published ? r.article_published.toISOString() : null,
    seenAt: r.seen_at.toISOString(),
    extractorVersion: r.extractor_version,
    confidence: Math.round(r.confidence * 1000) / 1000,
    evidence: { sentence: r.evidence_sentence, start: r.evidence_start, end: r.evidence_end },
  };
}

/** Every claim that reported each entity (figure, round, strike), oldest first. */
export async function sourcesFor(db: SqlExecutor, schema: string, entityIds: string[]): Promise<Map<string, Source[]>> {
  const out = new Map<string, Source[]>();
  if (entityIds.length === 0) return out;
  const { rows } = await db.query<SourceRow>(
    `SELECT ${SOURCE_COLUMNS} FROM ${quoteIdent(schema)}.claims WHERE entity_id = ANY($1) ORDER BY seen_at, claim_id`,
    [entityIds],
  );
  for (const r of rows) {
    const list = out.get(r.entity_id) ?? [];
    list.push(toSource(r));
    out.set(r.entity_id, list);
  }
  return out;
}
