import type { StrikeClaim } from '@claimwire/events';
import { dateSortKey, precisionOf } from './dates';
import { strikeId } from './ids';

export interface StrikeState {
  strikeId: string;
  attacker: string | null;
  target: string | null;
  targetType: string;
  locations: string[];
  date: string | null;
  datePrecision: string | null;
  dateSort: string | null;
  weapons: string[];
  killed: number | null;
  injured: number | null;
  firstSeen: string;
  lastSeen: string;
  sourceCount: number;
}

export function strikeIdOf(claim: StrikeClaim): string {
  return strikeId(claim);
}

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/**
 * Fold one report of an attack into the strike it describes. Several articles about the
 * same attack are one strike with several sources; tolls rise as reports update, so the
 * highest reported killed/injured stands.
 */
export function foldStrike(prev: StrikeState | null, claim: StrikeClaim, seenAt: string): StrikeState {
  if (!prev) {
    return {
      strikeId: strikeIdOf(claim),
      attacker: claim.attacker,
      target: claim.target,
      targetType: claim.targetType,
      locations: [...claim.locations],
      date: claim.date,
      datePrecision: precisionOf(claim.date),
      dateSort: dateSortKey(claim.date),
      weapons: [...new Set(claim.weapons)].sort(),
      killed: claim.killed,
      injured: claim.injured,
      firstSeen: seenAt,
      lastSeen: seenAt,
      sourceCount: 1,
    };
  }
  return {
    ...prev,
    weapons: [...new Set([...prev.weapons, ...claim.weapons])].sort(),
    killed: maxOrNull(prev.killed, claim.killed),
    injured: maxOrNull(prev.injured, claim.injured),
    firstSeen: prev.firstSeen < seenAt ? prev.firstSeen : seenAt,
    lastSeen: prev.lastSeen > seenAt ? prev.lastSeen : seenAt,
    sourceCount: prev.sourceCount + 1,
  };
}
