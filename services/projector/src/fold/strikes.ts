import type { StrikeClaim } from '@claimwire/events';
import { dateSortKey, datesCompatible, earlier, later, mergeDates, precisionOf } from './dates';
import { placeKeysOf, strikeId } from './ids';

export interface StrikeState {
  strikeId: string;
  attacker: string | null;
  target: string | null;
  targetType: string;
  /** the places as reports wrote them (what the API shows) */
  locations: string[];
  /** the keys reports are matched on: their places' gazetteer names, keyed (placeKeysOf) */
  placeKeys: string[];
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

/** The id a strike gets from the first report of it. */
export function strikeIdOf(claim: StrikeClaim): string {
  return strikeId({ ...claim, placeKeys: placeKeysOf(claim) });
}

/** Days two day-precise reports of one attack may differ by (an overnight attack is dated either day). */
export const STRIKE_SLACK_DAYS = 1;

/** How many place keys two sorted, unique key lists share. */
function sharedPlaces(a: readonly string[], b: readonly string[]): number {
  const keys = new Set(a);
  return b.filter((k) => keys.has(k)).length;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/**
 * Whether a claim reports a known strike: same attacker, target and target type (the
 * caller only offers those), at least one shared place and compatible dates. A report
 * without places or without a date only joins a strike that has exactly its places and date:
 * vaguer reports are kept apart rather than merged by guess.
 */
export function sameStrike(s: StrikeState, c: StrikeClaim): boolean {
  if (s.attacker !== c.attacker || s.target !== c.target || s.targetType !== c.targetType) return false;
  const keys = placeKeysOf(c);
  if (!c.date || !s.date || keys.length === 0 || s.placeKeys.length === 0) {
    return s.date === c.date && sameSet(s.placeKeys, keys);
  }
  return sharedPlaces(s.placeKeys, keys) > 0 && datesCompatible(s.date, c.date, STRIKE_SLACK_DAYS);
}

/** The known strike a claim reports, if any: most shared places, then same date, then id order. */
export function matchStrike(strikes: readonly StrikeState[], claim: StrikeClaim): StrikeState | null {
  const candidates = strikes.filter((s) => sameStrike(s, claim));
  const keys = placeKeysOf(claim);
  candidates.sort(
    (a, b) =>
      sharedPlaces(b.placeKeys, keys) - sharedPlaces(a.placeKeys, keys) ||
      Number(b.date === claim.date) - Number(a.date === claim.date) ||
      (a.strikeId < b.strikeId ? -1 : 1),
  );
  return candidates[0] ?? null;
}

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/** The places of two reports as written, each spelling once (case and spacing aside). */
function unionPlaces(a: readonly string[], b: readonly string[]): string[] {
  const out = new Map<string, string>();
  for (const p of [...a, ...b]) {
    const k = p.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!out.has(k)) out.set(k, p.trim());
  }
  return [...out.values()];
}

const unionKeys = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();

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
      locations: unionPlaces([], claim.locations),
      placeKeys: placeKeysOf(claim),
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
  const date = mergeDates(prev.date, claim.date);
  return {
    ...prev,
    locations: unionPlaces(prev.locations, claim.locations),
    placeKeys: unionKeys(prev.placeKeys, placeKeysOf(claim)),
    date,
    datePrecision: precisionOf(date),
    dateSort: dateSortKey(date),
    weapons: [...new Set([...prev.weapons, ...claim.weapons])].sort(),
    killed: maxOrNull(prev.killed, claim.killed),
    injured: maxOrNull(prev.injured, claim.injured),
    firstSeen: earlier(prev.firstSeen, seenAt),
    lastSeen: later(prev.lastSeen, seenAt),
    sourceCount: prev.sourceCount + 1,
  };
}
