import type { Claim } from '@claimwire/events';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { reportOf, type Report } from '@claimwire/readmodel';
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

export const CLAIM_COLUMNS = `claim_id, kind, entity_id, article_id, article_revision, feed_id, article_url, article_title,
  article_published, extractor_version, body, evidence_sentence, evidence_start, evidence_end, confidence, seen_at,
  source_topic, source_partition, source_offset`;

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

/** A report already projected: the claim as stored, when it was first seen, and the entity it sources now. */
export interface StoredReport<C extends Claim = Claim> {
  report: Report<C>;
  entityId: string;
}

// what folding needs of a stored claim (the evidence and the log position are left out)
const FOLD_COLUMNS = `claim_id, kind, entity_id, article_id, article_revision, feed_id, article_url, article_title,
  article_published, extractor_version, body, '' AS evidence_sentence, evidence_start, evidence_end, confidence, seen_at`;

/**
 * Reports kept in memory by schema and claim id, so that folding a track or a neighbourhood
 * again reads only which claims it holds, not their bodies. A claim never changes (its id is a
 * hash of it) nor does when it was first seen, so an entry is never stale; one a rolled-back
 * transaction left is never asked for (only ids the claims table returns are). Bounded: the
 * oldest entries go first.
 */
const REPORTS_KEPT = 100_000;
const kept = new Map<string, Report>();

/** Keep a report (its claim without the evidence sentence, which folds never read). */
export function keepReport(schema: string, r: Report): void {
  const key = `${schema}\u0000${r.claim.claimId}`;
  if (kept.has(key)) return;
  if (kept.size >= REPORTS_KEPT) {
    let drop = REPORTS_KEPT / 10;
    for (const k of kept.keys()) {
      kept.delete(k);
      if (--drop <= 0) break;
    }
  }
  const c = r.claim;
  kept.set(key, { claim: { ...c, evidence: { ...c.evidence, sentence: '' } }, seenAt: r.seenAt });
}

/** Every claim that sources one of the entities, as reports to fold again. */
export async function reportsOf<C extends Claim>(tx: SqlExecutor, schema: string, entityIds: readonly string[]): Promise<StoredReport<C>[]> {
  if (entityIds.length === 0) return [];
  const s = quoteIdent(schema);
  const ids = (await tx.query<{ claim_id: string; entity_id: string }>(`SELECT claim_id, entity_id FROM ${s}.claims WHERE entity_id = ANY($1)`, [entityIds])).rows;
  const missing = ids.filter((r) => !kept.has(`${schema}\u0000${r.claim_id}`)).map((r) => r.claim_id);
  if (missing.length) {
    const r = await tx.query<ClaimRow>(`SELECT ${FOLD_COLUMNS} FROM ${s}.claims WHERE claim_id = ANY($1)`, [missing]);
    for (const row of r.rows) keepReport(schema, reportOf(toClaim(row), row.seen_at.toISOString()));
  }
  return ids.map((r) => {
    const report = kept.get(`${schema}\u0000${r.claim_id}`);
    if (!report) throw new Error(`claim ${r.claim_id} was not read back`);
    return { report: report as Report<C>, entityId: r.entity_id };
  });
}

/** Point claims already stored at the entities they source now (after a fold regrouped them). */
export async function reassignClaims(tx: SqlExecutor, schema: string, moves: readonly (readonly [claimId: string, entityId: string])[]): Promise<void> {
  if (moves.length === 0) return;
  await tx.query(
    `UPDATE ${quoteIdent(schema)}.claims c SET entity_id = m.entity_id
       FROM unnest($1::text[], $2::text[]) AS m(claim_id, entity_id) WHERE c.claim_id = m.claim_id`,
    [moves.map((m) => m[0]), moves.map((m) => m[1])],
  );
}

/**
 * Take transaction-scoped advisory locks on the keys (in one order, so two transactions
 * never wait on each other crosswise): a track or a strike combination is regrouped by one
 * transaction at a time, and each sees what the one before it committed.
 */
export async function lockKeys(tx: SqlExecutor, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.query(
    `SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM (SELECT k FROM unnest($1::text[]) AS k ORDER BY k OFFSET 0) AS o`,
    [[...new Set(keys)].sort()],
  );
}

export function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
