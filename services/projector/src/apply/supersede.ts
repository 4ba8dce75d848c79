import { compareExtractions, type Claim, type TollClaim } from '@claimwire/events';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { foldSeries, type SeriesState } from '@claimwire/readmodel';
import { CLAIM_COLUMNS, reportsOf, toClaim, type ClaimRow } from './claim-row';
import { projectClaims } from './project';
import { regroupStrikes } from './strikes';
import { regroupTalks } from './talks';

export interface Extraction {
  articleId: string;
  revision: number;
  extractorVersion: string;
}

/**
 * Fold again what retracted claims sourced, from the claims that still stand: each toll
 * figure from its remaining claims (and its series' reporter words and sightings from all of
 * theirs), each talks track and each strike neighbourhood whole (regroupTalks,
 * regroupStrikes), so the read models are what the standing claims alone give.
 */
async function refold(tx: SqlExecutor, schema: string, retracted: readonly { kind: Claim['kind']; entity_id: string }[]): Promise<void> {
  const s = quoteIdent(schema);
  const of = (kind: Claim['kind']) => [...new Set(retracted.filter((r) => r.kind === kind).map((r) => r.entity_id))].sort();
  const figures = of('toll');
  if (figures.length) {
    const series = (await tx.query<{ series_id: string }>(`SELECT DISTINCT series_id FROM ${s}.toll_figures WHERE figure_id = ANY($1)`, [figures])).rows.map((r) => r.series_id);
    const remaining = (await tx.query<ClaimRow>(`SELECT ${CLAIM_COLUMNS} FROM ${s}.claims WHERE entity_id = ANY($1) ORDER BY seen_at, claim_id`, [figures])).rows;
    await tx.query(`DELETE FROM ${s}.claims WHERE claim_id = ANY($1)`, [remaining.map((r) => r.claim_id)]);
    await tx.query(`DELETE FROM ${s}.toll_figures WHERE figure_id = ANY($1)`, [figures]);
    await projectClaims(
      tx,
      schema,
      remaining.map((r) => ({
        claim: toClaim(r),
        pos: { topic: r.source_topic, partition: r.source_partition, offset: String(r.source_offset), seenAt: r.seen_at.toISOString() },
      })),
    );
    await tx.query(`DELETE FROM ${s}.toll_series t WHERE series_id = ANY($1) AND NOT EXISTS (SELECT 1 FROM ${s}.toll_figures f WHERE f.series_id = t.series_id)`, [series]);
    for (const id of series) {
      const figs = (await tx.query<{ figure_id: string }>(`SELECT figure_id FROM ${s}.toll_figures WHERE series_id = $1`, [id])).rows.map((r) => r.figure_id);
      let x: SeriesState | null = null;
      for (const { report } of await reportsOf<TollClaim>(tx, schema, figs)) x = foldSeries(x, report.claim, report.seenAt);
      if (x) {
        await tx.query(
          `UPDATE ${s}.toll_series SET reported_by = $2, reporter_id = $3, reporter_name = $4, reporter_country = $5, first_seen = $6, last_seen = $7 WHERE series_id = $1`,
          [id, x.reportedBy, x.reporterId, x.reporterName, x.reporterCountry, x.firstSeen, x.lastSeen],
        );
      }
    }
  }
  const rounds = of('talks');
  if (rounds.length) {
    const tracks = (await tx.query<{ track_id: string }>(`SELECT DISTINCT track_id FROM ${s}.talks_rounds WHERE round_id = ANY($1)`, [rounds])).rows.map((r) => r.track_id);
    await regroupTalks(tx, schema, [], tracks);
  }
  const strikes = of('strike');
  if (strikes.length) await regroupStrikes(tx, schema, [], strikes);
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
