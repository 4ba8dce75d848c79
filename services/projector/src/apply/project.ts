import type { Claim } from '@claimwire/events';
import { CLAIM_INSERT, READ_MODELS, claimRow, isOfKind, lockClaims, readModelOf, reportOf, upsertRows, type RecordPosition } from '@claimwire/readmodel';
import type { SqlExecutor } from '@claimwire/sql';

export interface FreshClaim {
  claim: Claim;
  pos: RecordPosition;
}

/**
 * The projection of claims into the read models, as one unit and the one path every write
 * takes (a batch, a single event as a batch of one, a retraction's refold). Each read model
 * (packages/readmodel: tolls, talks, strikes) folds the fresh claims of its kind into its
 * tables and says which entity each sources; the claims are stored last, each with that
 * entity. The read models are a function of the set of standing claims, never of the order
 * they came in. `fresh` holds claims not yet stored, admitted (their article's standing
 * extraction), each once.
 */
export async function projectClaims(tx: SqlExecutor, schema: string, fresh: readonly FreshClaim[]): Promise<void> {
  if (fresh.length === 0) return;
  await lockClaims(tx, schema, fresh.map(({ claim }) => claim));
  const entityOf = new Map<string, string>();
  for (const model of READ_MODELS) {
    for (const [claimId, entityId] of await projectKind(tx, schema, model.kind, fresh)) entityOf.set(claimId, entityId);
  }
  await upsertRows(tx, schema, CLAIM_INSERT, fresh.map(({ claim, pos }) => claimRow(claim, entityOf.get(claim.claimId) as string, pos)));
}

/** Fold the fresh claims of one kind into its read model; the entity each sources. */
function projectKind<K extends Claim['kind']>(tx: SqlExecutor, schema: string, kind: K, fresh: readonly FreshClaim[]): Promise<Map<string, string>> {
  const reports = fresh.flatMap(({ claim, pos }) => (isOfKind(claim, kind) ? [reportOf(claim, pos.seenAt)] : []));
  return readModelOf(kind).project(tx, schema, reports);
}
