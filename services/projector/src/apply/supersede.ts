import { compareExtractions, type Claim } from '@claimwire/events';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';

export interface Extraction {
  articleId: string;
  revision: number;
  extractorVersion: string;
}

interface ClaimRow {
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

const CLAIM_COLUMNS = `claim_id, kind, entity_id, article_id, article_revision, feed_id, article_url, article_title,
  article_published, extractor_version, body, evidence_sentence, evidence_start, evidence_end, confidence, seen_at,
  source_topic, source_partition, source_offset`;

/** A stored claim row back as the event it came from. */
function toClaim(r: ClaimRow): Claim {
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

export type ApplyClaimFn = (
  tx: SqlExecutor,
  schema: string,
  claim: Claim,
  pos: { topic: string; partition: number; offset: string; seenAt: string },
) => Promise<boolean>;

/** Remove an entity's row (and its parent when it has no other children). */
async function dropEntity(tx: SqlExecutor, schema: string, kind: Claim['kind'], entityId: string): Promise<void> {
  const s = quoteIdent(schema);
  if (kind === 'toll') {
    const r = await tx.query<{ series_id: string }>(`DELETE FROM ${s}.toll_figures WHERE figure_id = $1 RETURNING series_id`, [entityId]);
    const series = r.rows[0]?.series_id;
    if (series) {
      await tx.query(
        `DELETE FROM ${s}.toll_series WHERE series_id = $1 AND NOT EXISTS (SELECT 1 FROM ${s}.toll_figures WHERE series_id = $1)`,
        [series],
      );
    }
  } else if (kind === 'talks') {
    const r = await tx.query<{ track_id: string }>(`DELETE FROM ${s}.talks_rounds WHERE round_id = $1 RETURNING track_id`, [entityId]);
    const track = r.rows[0]?.track_id;
    if (track) {
      await tx.query(
        `DELETE FROM ${s}.talks_tracks WHERE track_id = $1 AND NOT EXISTS (SELECT 1 FROM ${s}.talks_rounds WHERE track_id = $1)`,
        [track],
      );
    }
  } else {
    await tx.query(`DELETE FROM ${s}.strikes WHERE strike_id = $1`, [entityId]);
  }
}

/**
 * Rebuild one entity from the claims that still source it: drop it, then fold its remaining
 * claims again in the order they were first seen. Used after claims were retracted.
 */
async function refold(tx: SqlExecutor, schema: string, kind: Claim['kind'], entityId: string, apply: ApplyClaimFn): Promise<void> {
  const s = quoteIdent(schema);
  const remaining = (
    await tx.query<ClaimRow>(`SELECT ${CLAIM_COLUMNS} FROM ${s}.claims WHERE entity_id = $1 ORDER BY seen_at, claim_id`, [entityId])
  ).rows;
  await dropEntity(tx, schema, kind, entityId);
  if (remaining.length === 0) return;
  await tx.query(`DELETE FROM ${s}.claims WHERE claim_id = ANY($1)`, [remaining.map((r) => r.claim_id)]);
  for (const r of remaining) {
    await apply(tx, schema, toClaim(r), {
      topic: r.source_topic,
      partition: r.source_partition,
      offset: String(r.source_offset),
      seenAt: r.seen_at.toISOString(),
    });
  }
}

/** Take out every claim of the article from an extraction older than `current`, and refold what they sourced. */
async function retractOlder(tx: SqlExecutor, schema: string, current: Extraction, apply: ApplyClaimFn): Promise<number> {
  const s = quoteIdent(schema);
  const rows = (
    await tx.query<ClaimRow>(`SELECT ${CLAIM_COLUMNS} FROM ${s}.claims WHERE article_id = $1`, [current.articleId])
  ).rows.filter((r) => compareExtractions({ revision: r.article_revision, extractorVersion: r.extractor_version }, current) < 0);
  if (rows.length === 0) return 0;
  await tx.query(`DELETE FROM ${s}.claims WHERE claim_id = ANY($1)`, [rows.map((r) => r.claim_id)]);
  const entities = new Map(rows.map((r) => [r.entity_id, r.kind]));
  for (const [entityId, kind] of [...entities].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await refold(tx, schema, kind, entityId, apply);
  }
  return rows.length;
}

export type Admission = { current: true; retracted: number } | { current: false };

/**
 * Decide whether an extraction of an article (seen through one of its claims or its
 * manifest) is the one that stands. A newer revision or extractor version takes over and
 * the older extraction's claims are retracted; an older one is ignored.
 */
export async function admitExtraction(
  tx: SqlExecutor,
  schema: string,
  e: Extraction,
  seenAt: string,
  apply: ApplyClaimFn,
  claimCount: number | null = null,
): Promise<Admission> {
  const s = quoteIdent(schema);
  const row = (
    await tx.query<{ revision: number; extractor_version: string }>(
      `SELECT revision, extractor_version FROM ${s}.article_extractions WHERE article_id = $1 FOR UPDATE`,
      [e.articleId],
    )
  ).rows[0];
  if (!row) {
    await tx.query(
      `INSERT INTO ${s}.article_extractions (article_id, revision, extractor_version, claim_count, updated_at) VALUES ($1,$2,$3,$4,$5)`,
      [e.articleId, e.revision, e.extractorVersion, claimCount, seenAt],
    );
    return { current: true, retracted: 0 };
  }
  const cmp = compareExtractions(e, { revision: row.revision, extractorVersion: row.extractor_version });
  if (cmp < 0) return { current: false };
  if (cmp === 0) {
    // the earliest sighting of this extraction, whichever partition delivered it first, and
    // the manifest's count: the row ends the same whatever order the partitions are read in
    await tx.query(
      `UPDATE ${s}.article_extractions SET claim_count = COALESCE($2, claim_count), updated_at = LEAST(updated_at, $3)
        WHERE article_id = $1`,
      [e.articleId, claimCount, seenAt],
    );
    return { current: true, retracted: 0 };
  }
  await tx.query(
    `UPDATE ${s}.article_extractions SET revision = $2, extractor_version = $3, claim_count = $4, updated_at = $5 WHERE article_id = $1`,
    [e.articleId, e.revision, e.extractorVersion, claimCount, seenAt],
  );
  return { current: true, retracted: await retractOlder(tx, schema, e, apply) };
}
