import { hashId } from '../fold/hash-id';
import { placeKey } from '../keys';

/** The keys a strike report's places are matched by: its gazetteer names when it has them, else its locations as written. */
export function placeKeysOf(claim: { locations: readonly string[]; places?: readonly string[] | undefined }): string[] {
  let keys = placeKeysMemo.get(claim);
  if (!keys) {
    keys = [...new Set((claim.places ?? claim.locations).map(placeKey))].sort();
    placeKeysMemo.set(claim, keys);
  }
  return keys;
}
// a report's keys are asked for again and again while a neighbourhood is folded (claims are not mutated)
const placeKeysMemo = new WeakMap<object, string[]>();

export function strikeId(parts: {
  attacker: string | null;
  target: string | null;
  targetType: string;
  date: string | null;
  placeKeys: readonly string[];
}): string {
  return hashId('stk', {
    attacker: parts.attacker,
    target: parts.target,
    targetType: parts.targetType,
    date: parts.date,
    locations: [...parts.placeKeys].sort(),
  });
}

/** The attacker and target a strike report is matched within (target types may differ, see typesCompatible): the key its strikes are locked by. */
export function strikeKeyOf(x: { attacker: string | null; target: string | null }): string {
  return `${x.attacker ?? ''}/${x.target ?? ''}`;
}
