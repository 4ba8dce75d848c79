import { compareExtractions, type Claim } from '@claimwire/events';
import { READ_MODELS } from '@claimwire/readmodel';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';

export interface Extraction {
  articleId: string;
  revision: number;
  extractorVersion: string;
}

/**
 * Fold again what retracted claims sourced, from the claims that still stand: each read model
 * takes out the entities of its kind (a toll figure and its series, a talks track, a strike
 * neighbourhood), so the read models are what the standing claims alone give.
 */
async function refold(tx: SqlExecutor, schema: string, retracted: readonly { kind: Claim['kind']; entity_id: string }[]): Promise<void> {
  for (const model of READ_MODELS) {
    const entities = [...new Set(retracted.filter((r) => r.kind === model.kind).map((r) => r.entity_id))].sort();
    if (entities.length) await model.retract(tx, schema, entities);
  }
}

/** Take out every claim of the article from an extraction older than `current`, and refold what they sourced. */
async function retractOlder(tx: SqlExecutor, schema: string, current: Extraction): Promise<number> {
  const s = quoteIdent(schema);
  const rows = (
    await tx.query<{ claim_id: string; kind: Claim['kind']; entity_id: string; article_revision: number; extractor_version: string }>(
      `SELECT claim_id, kind, entity_id, article_revision, extractor_version FROM ${s}.claims WHERE article_id = $1`,
      [current.articleId],
    )
  ).rows.filter((r) => compareExtractions({ revision: r.article_revision, extractorVersion: r.extractor_version }, current) < 0);
  if (rows.length === 0) return 0;
  await tx.query(`DELETE FROM ${s}.claims WHERE claim_id = ANY($1)`, [rows.map((r) => r.claim_id)]);
  await refold(tx, schema, rows);
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
  return { current: true, retracted: await retractOlder(tx, schema, e) };
}
