import type { Claim, StrikeClaim, TalksClaim, TollClaim } from '@claimwire/events';
import type { SqlExecutor } from '@claimwire/sql';
import { reportOf, type Report } from '@claimwire/readmodel';
import { CLAIM_INSERT, claimRow, keepReport, type RecordPosition } from './claim-row';
import { regroupStrikes } from './strikes';
import { regroupTalks } from './talks';
import { foldTolls } from './tolls';
import { upsertRows } from './upsert';

export interface FreshClaim {
  claim: Claim;
  pos: RecordPosition;
}

/**
 * The projection of claims into the read models, as one unit and the one path every write
 * takes (a batch, a single event, a retraction's refold). The read models are a function of
 * the set of standing claims, never of the order they came in:
 *
 * - tolls: a figure (series x value, and date for a period count) and its series fold their
 *   reports with order-free merges, so fresh reports are folded into the stored rows;
 * - talks: the rounds of a track depend on all its reports, so a track a fresh report falls in
 *   is folded again whole from the claims table (apply/talks.ts);
 * - strikes: likewise the neighbourhood of the fresh reports (the stored strikes linked to
 *   them, transitively), folded again whole (apply/strikes.ts).
 *
 * The folds are pure (fold/) and fold reports in one canonical order; the SQL lives here and in
 * apply/. Claims are stored last, each with the entity it sources. `fresh` holds claims not
 * yet stored, admitted (their article's standing extraction), each once.
 */
export async function projectClaims(tx: SqlExecutor, schema: string, fresh: readonly FreshClaim[]): Promise<void> {
  if (fresh.length === 0) return;
  const tolls: Report<TollClaim>[] = [];
  const talks: Report<TalksClaim>[] = [];
  const strikes: Report<StrikeClaim>[] = [];
  for (const { claim, pos } of fresh) {
    if (claim.kind === 'toll') tolls.push(reportOf(claim, pos.seenAt));
    else if (claim.kind === 'talks') talks.push(reportOf(claim, pos.seenAt));
    else strikes.push(reportOf(claim, pos.seenAt));
  }
  // talks and strike reports are folded again with every batch touching their track or neighbourhood
  for (const r of [...talks, ...strikes]) keepReport(schema, r);
  const figureOf = await foldTolls(tx, schema, tolls);
  const roundOf = await regroupTalks(tx, schema, talks);
  const strikeOf = await regroupStrikes(tx, schema, strikes);
  const entityOf = (c: Claim) => (c.kind === 'toll' ? figureOf : c.kind === 'talks' ? roundOf : strikeOf).get(c.claimId) as string;
  await upsertRows(tx, schema, CLAIM_INSERT, fresh.map(({ claim, pos }) => claimRow(claim, entityOf(claim), pos)));
}
