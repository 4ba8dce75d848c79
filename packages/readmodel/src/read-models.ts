import type { Claim } from '@claimwire/events';
import type { ReadModel } from './read-model';
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
