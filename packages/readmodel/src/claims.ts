import type { Claim } from '@claimwire/events';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import type { UpsertSpec } from './upsert';

export interface RecordPosition {
  topic: string;
  partition: number;
  offset: string;
  /** When the claim was first seen: the event's ce_time (stable across replays). */
  seenAt: string;
}

function bodyOf(claim: Claim): Record<string, unknown> {
  const { claimId: _c, extractorVersion: _v, article: _a, evidence: _e, confidence: _f, ...body } = claim;
  return body;
}

export async function claimExists(tx: SqlExecutor, schema: string, claimId: string): Promise<boolean> {
  const r = await tx.query(`SELECT 1 FROM ${quoteIdent(schema)}.claims WHERE claim_id = $1`, [claimId]);
  return r.rowCount > 0;
}

export const CLAIM_INSERT: UpsertSpec = {
  table: 'claims',
  columns: ['claim_id', 'kind', 'entity_id', 'article_id', 'article_revision', 'feed_id', 'article_url', 'article_title',
    'article_published', 'extractor_version', 'body', 'evidence_sentence', 'evidence_start', 'evidence_end', 'confidence',
    'seen_at', 'source_topic', 'source_partition', 'source_offset'],
  onConflict: 'ON CONFLICT (claim_id) DO NOTHING',
};

export function claimRow(claim: Claim, entityId: string, pos: RecordPosition): unknown[] {
  return [claim.claimId, claim.kind, entityId, claim.article.articleId, claim.article.revision, claim.article.feedId,
    claim.article.url, claim.article.title, claim.article.published, claim.extractorVersion, JSON.stringify(bodyOf(claim)),
    claim.evidence.sentence, claim.evidence.start, claim.evidence.end, claim.confidence, pos.seenAt, pos.topic,
    pos.partition, pos.offset];
}

/** A claim row as stored. */
export interface ClaimRow {
  claim_id: string;
  kind: Claim['kind'];
  entity_id: string;
  article_id: string;
  article_revision: number;
  feed_id: string;
  article_url: string | null;
  article_title: string | null;
  article_published: Date | null;
  extractor_version: string;
  body: Record<string, unknown>;
  evidence_sentence: string;
  evidence_start: number;
  evidence_end: number;
  confidence: number;
  seen_at: Date;
  source_topic: string;
  source_partition: number;
  source_offset: string;
}

/** A stored claim row back as the event it came from. */
export function toClaim(r: ClaimRow): Claim {
  return {
    ...(r.body as object),
    claimId: r.claim_id,
    extractorVersion: r.extractor_version,
    article: {
      articleId: r.article_id,
      revision: r.article_revision,
      feedId: r.feed_id,
      url: r.article_url,
      title: r.article_title,
      published: r.article_published ? r.article_published.toISOString() : null,
    },
    evidence: { sentence: r.evidence_sentence, start: r.evidence_start, end: r.evidence_end },
    confidence: r.confidence,
  } as Claim;
}
