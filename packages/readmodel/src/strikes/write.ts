import type { StrikeClaim } from '@claimwire/events';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import type { Report } from '../fold/reports';
import { sameJson } from '../fold/same-json';
import { keepReport, lockKeys, reassignClaims, reportsOf } from '../stored-reports';
import { upsertRows } from '../upsert';
import { foldStrikes, type StrikeState } from './fold';
import { lockKeyOf } from '../read-model';
import { strikeKeyOf } from './ids';
import { neighbourhood, nodeOfReport, nodeOfRow } from './neighbourhood';
import { COLS, STRIKE_UPSERT, strikeOfRow, strikeRow, type StoredStrikeRow } from './rows';

const lockOf = (schema: string, x: Parameters<typeof strikeKeyOf>[0]) => lockKeyOf(schema, { name: 'strikes' }, strikeKeyOf(x));

/**
 * Regroup the strikes around fresh reports, and around stored strikes whose claims changed
 * (`strikes`, as after a retraction). The attacker/target/type combinations are locked, the
 * neighbourhood read (the strikes linked to the reports, transitively) with every claim
 * sourcing it, all of it folded again with the fresh reports (foldStrikes: the strikes depend
 * on the set of reports, not on the order they came in), and the difference written: strikes
 * new or changed, strikes gone, claims now sourcing another strike. Returns the strike of
 * every fresh report.
 */
export async function regroupStrikes(
  tx: SqlExecutor,
  schema: string,
  fresh: readonly Report<StrikeClaim>[],
  strikes: readonly string[] = [],
): Promise<Map<string, string>> {
  const s = quoteIdent(schema);
  const strikeOf = new Map<string, string>();
  if (fresh.length === 0 && strikes.length === 0) return strikeOf;
  // a fresh report is folded again with every batch touching its neighbourhood: keep it
  for (const r of fresh) keepReport(schema, r);
  // the fresh reports' combinations are locked by the projector (strikes.keyOf); the stored strikes' ones here
  const combos: string[] = [];
  if (strikes.length) {
    const r = await tx.query<{ attacker: string | null; target: string | null }>(
      `SELECT DISTINCT attacker, target FROM ${s}.strikes WHERE strike_id = ANY($1)`,
      [strikes],
    );
    for (const row of r.rows) combos.push(lockOf(schema, { attacker: row.attacker, target: row.target }));
  }
  await lockKeys(tx, combos);

  const seeds = fresh.map((r) => nodeOfReport(r.claim));
  const old = new Map<string, StrikeState>();
  if (strikes.length) {
    for (const row of (await tx.query<StoredStrikeRow>(`SELECT ${COLS} FROM ${s}.strikes WHERE strike_id = ANY($1)`, [strikes])).rows) {
      const st = strikeOfRow(row);
      old.set(st.strikeId, st);
      seeds.push(nodeOfRow(st));
    }
  }
  for (const [id, st] of await neighbourhood(tx, s, seeds)) old.set(id, st);
  const stored = await reportsOf<StrikeClaim>(tx, schema, [...old.keys()]);
  const f = foldStrikes([...stored.map((sr) => sr.report), ...fresh]);
  const changed = f.strikes.filter((st) => {
    const before = old.get(st.strikeId);
    return !before || !sameJson(before, st);
  });
  const kept = new Set(f.strikes.map((st) => st.strikeId));
  const gone = [...old.keys()].filter((id) => !kept.has(id));
  const moves: [string, string][] = [];
  for (const sr of stored) {
    const now = f.strikeOf.get(sr.report.claim.claimId) as string;
    if (now !== sr.entityId) moves.push([sr.report.claim.claimId, now]);
  }
  if (gone.length) await tx.query(`DELETE FROM ${s}.strikes WHERE strike_id = ANY($1)`, [gone]);
  await upsertRows(tx, schema, STRIKE_UPSERT, changed.map(strikeRow));
  await reassignClaims(tx, schema, moves);
  for (const r of fresh) strikeOf.set(r.claim.claimId, f.strikeOf.get(r.claim.claimId) as string);
  return strikeOf;
}

/** Fold again the neighbourhoods of the strikes retracted claims sourced, from the claims that still stand. */
export async function retractStrikes(tx: SqlExecutor, schema: string, strikes: readonly string[]): Promise<void> {
  await regroupStrikes(tx, schema, [], strikes);
}
