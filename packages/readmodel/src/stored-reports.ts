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
 * transaction left is never asked for (only ids the claims table returns are). Bounded, least
 * recently used first out: a track or neighbourhood folded batch after batch stays, what no
 * fold has asked for in a while goes (and is read from the claims table should it be asked
 * for again). The bound is the projector's REPORT_CACHE_ENTRIES (setReportCacheEntries).
 */
export const DEFAULT_REPORT_CACHE_ENTRIES = 20_000;
let reportsKept = DEFAULT_REPORT_CACHE_ENTRIES;
const kept = new Map<string, Report>();

/** At most `n` reports kept in memory (0: none, every fold reads its claims back); the oldest go first. */
export function setReportCacheEntries(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`report cache entries must be a whole number >= 0, not ${n}`);
  reportsKept = n;
  evict();
}

/** Reports kept now (for tests and metrics). */
export function reportCacheSize(): number {
  return kept.size;
}

/** Drop the least recently used reports, a tenth of the bound at a time, until there is room. */
function evict(): void {
  if (kept.size <= reportsKept) return;
  let drop = kept.size - reportsKept + Math.ceil(reportsKept / 10);
  for (const k of kept.keys()) {
    kept.delete(k);
    if (--drop <= 0) break;
  }
}

/** The kept report, now the most recently used, or undefined. */
function recall(key: string): Report | undefined {
  const r = kept.get(key);
  if (r !== undefined) {
    kept.delete(key);
    kept.set(key, r);
  }
  return r;
}

/** Keep a report (its claim without the evidence sentence, which folds never read). */
export function keepReport(schema: string, r: Report): void {
  if (reportsKept === 0) return;
  const key = `${schema}\u0000${r.claim.claimId}`;
  if (recall(key) !== undefined) return;
  const c = r.claim;
  kept.set(key, { claim: { ...c, evidence: { ...c.evidence, sentence: '' } }, seenAt: r.seenAt });
  evict();
}

/** Every claim that sources one of the entities, as reports to fold again. */
export async function reportsOf<C extends Claim>(tx: SqlExecutor, schema: string, entityIds: readonly string[]): Promise<StoredReport<C>[]> {
  if (entityIds.length === 0) return [];
  const s = quoteIdent(schema);
  const ids = (await tx.query<{ claim_id: string; entity_id: string }>(`SELECT claim_id, entity_id FROM ${s}.claims WHERE entity_id = ANY($1)`, [entityIds])).rows;
  // the kept ones now, so that keeping the ones read back cannot evict them before they are used
  const found = new Map<string, Report>();
  const missing: string[] = [];
  for (const r of ids) {
    const report = recall(`${schema}\u0000${r.claim_id}`);
    if (report) found.set(r.claim_id, report);
    else missing.push(r.claim_id);
  }
  if (missing.length) {
    const r = await tx.query<ClaimRow>(`SELECT ${FOLD_COLUMNS} FROM ${s}.claims WHERE claim_id = ANY($1)`, [missing]);
    for (const row of r.rows) {
      const report = reportOf(toClaim(row), row.seen_at.toISOString());
      found.set(report.claim.claimId, report);
      keepReport(schema, report);
    }
  }
  return ids.map((r) => {
    const report = found.get(r.claim_id);
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
