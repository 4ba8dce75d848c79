import type { Claim } from '@claimwire/events';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { type ClaimRow, toClaim } from './claims';
import { reportOf, type Report } from './fold/reports';

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
