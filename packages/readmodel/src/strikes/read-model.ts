import type { ReadModel } from '../read-model';
import { strikesDdl } from './ddl';
import { strikeKeyOf } from './ids';
import { regroupStrikes, retractStrikes } from './write';

/**
 * Strikes: one attack, however many articles reported it. A claim is matched within its
 * attacker, target and target type (strikeKeyOf) to the strikes sharing a place on a nearby
 * day; the neighbourhood of fresh reports (the stored strikes linked to them, transitively) is
 * folded again whole (foldStrikes).
 */
export const strikes: ReadModel<'strike'> = {
  name: 'strikes',
  kind: 'strike',
  tables: ['strikes', 'strike_totals'],
  ddl: strikesDdl,
  keyOf: strikeKeyOf,
  project: regroupStrikes,
  retract: retractStrikes,
};
