import type { Claim } from '@claimwire/events';
import type { SqlExecutor } from '@claimwire/sql';
import { lockKeyOf, type ReadModel } from './read-model';
import { lockKeys } from './stored-reports';
import { strikes } from './strikes/read-model';
import { talks } from './talks/read-model';
import { tolls } from './tolls/read-model';

/** The read model of each claim kind. */
export type ReadModels = { [K in Claim['kind']]: ReadModel<K> };
const BY_KIND: ReadModels = { toll: tolls, talks, strike: strikes };

/** Any one read model (of some claim kind). */
export type AnyReadModel = ReadModels[Claim['kind']];

/** Every read model the projector folds claims into, in the order their tables are made and written. */
export const READ_MODELS: readonly AnyReadModel[] = [tolls, talks, strikes];

/** The read model that folds claims of `kind`. */
export function readModelOf<K extends Claim['kind']>(kind: K): ReadModel<K> {
  return BY_KIND[kind];
}

/**
 * Take the locks fresh claims fold under (ReadModel.keyOf), for a whole batch at once and in
 * one sorted order: batches folding the same keys wait for each other and never deadlock.
 */
export async function lockClaims(tx: SqlExecutor, schema: string, claims: readonly Claim[]): Promise<void> {
  const keys: string[] = [];
  for (const claim of claims) {
    const model = BY_KIND[claim.kind] as ReadModel;
    if (model.keyOf) keys.push(lockKeyOf(schema, model, model.keyOf(claim as never)));
  }
  await lockKeys(tx, keys);
}
