import type { StrikeClaim } from '@claimwire/events';
import { dateRange } from '../dates';
import { dateSortKey, datesCompatible, earlier, later, mergeDates, precisionOf } from '../fold/dates';
import { inCanonicalOrder, type Report } from '../fold/reports';
import { sortedUnion } from '../fold/sorted-union';
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
  /**
   * The days its dated, placed reports cover, first to last (null for a strike of undated
   * or placeless reports): what tells which stored strikes a new report can touch.
   */
  spanFirst: string | null;
  spanLast: string | null;
  firstSeen: string;
  lastSeen: string;
  sourceCount: number;
}

/** The id a strike gets from the first report of it. */
export function strikeIdOf(claim: StrikeClaim): string {
  let id = strikeIds.get(claim);
  if (id === undefined) {
    id = strikeId({ ...claim, placeKeys: placeKeysOf(claim) });
    strikeIds.set(claim, id);
  }
  return id;
}
// asked for again each time a neighbourhood is folded (claims are not mutated)
const strikeIds = new WeakMap<StrikeClaim, string>();

/** Days two day-precise reports of one attack may differ by (an overnight attack is dated either day). */
export const STRIKE_SLACK_DAYS = 1;

/** How many place keys two sorted, unique key lists share. */
function sharedPlaces(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const k of b) if (a.includes(k)) n++;
  return n;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/**
 * Target types that may name one attack: the same type, a report that leaves the type open
 * (`unspecified`) beside one that names it, and a refinery or plant one outlet files as
 * `energy` and another as `industrial`. A residential block and a power station hit in one
 * city on one night stay two strikes.
 */
export function typesCompatible(a: string, b: string): boolean {
  if (a === b || a === 'unspecified' || b === 'unspecified') return true;
  return (a === 'energy' && b === 'industrial') || (a === 'industrial' && b === 'energy');
}

/** The type of a strike once a report joins it: the first named type stands; `unspecified` gives way. */
function mergeTypes(prev: string, next: string): string {
  return prev === 'unspecified' ? next : prev;
}

/**
 * Whether a claim reports a known strike: same attacker and target (the caller only offers
 * those), a compatible target type (typesCompatible), at least one shared place and compatible dates. A report
 * without places or without a date only joins a strike that has exactly its places and date:
 * vaguer reports are kept apart rather than merged by guess.
 */
export function sameStrike(s: StrikeState, c: StrikeClaim): boolean {
  if (s.attacker !== c.attacker || s.target !== c.target || !typesCompatible(s.targetType, c.targetType)) return false;
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


/** The places of two reports as written, each spelling once (case and spacing aside). */
function unionPlaces(a: readonly string[], b: readonly string[]): string[] {
  if (b.every((p) => a.includes(p))) return a as string[];
  const out = new Map<string, string>();
  for (const p of [...a, ...b]) {
    const k = p.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!out.has(k)) out.set(k, p.trim());
  }
  return [...out.values()];
}


/**
 * Fold one report of an attack into the strike it describes. Several articles about the
 * same attack are one strike with several sources. Reports are folded in their canonical
 * order (publication time first, see foldStrikes), so the killed and injured figures are
 * those of the latest report that states them: an update stands, upwards or downwards, and
 * each report keeps its own figures among the strike's sources.
 */
export function foldStrike(prev: StrikeState | null, claim: StrikeClaim, seenAt: string): StrikeState {
  const days = claim.date && placeKeysOf(claim).length ? dateRange(claim.date) : null;
  if (!prev) {
    return {
      strikeId: strikeIdOf(claim),
      attacker: claim.attacker,
      target: claim.target,
      targetType: claim.targetType,
      locations: unionPlaces([], claim.locations),
      placeKeys: [...placeKeysOf(claim)],
      date: claim.date,
      datePrecision: precisionOf(claim.date),
      dateSort: dateSortKey(claim.date),
      weapons: [...new Set(claim.weapons)].sort(),
      killed: claim.killed,
      injured: claim.injured,
      spanFirst: days?.first ?? null,
      spanLast: days?.last ?? null,
      firstSeen: seenAt,
      lastSeen: seenAt,
      sourceCount: 1,
    };
  }
  const date = mergeDates(prev.date, claim.date);
  return {
    ...prev,
    targetType: mergeTypes(prev.targetType, claim.targetType),
    locations: unionPlaces(prev.locations, claim.locations),
    placeKeys: sortedUnion(prev.placeKeys, placeKeysOf(claim)),
    date,
    datePrecision: precisionOf(date),
    dateSort: dateSortKey(date),
    weapons: sortedUnion(prev.weapons, claim.weapons),
    killed: claim.killed ?? prev.killed,
    injured: claim.injured ?? prev.injured,
    spanFirst: days ? (prev.spanFirst && prev.spanFirst < days.first ? prev.spanFirst : days.first) : prev.spanFirst,
    spanLast: days ? (prev.spanLast && prev.spanLast > days.last ? prev.spanLast : days.last) : prev.spanLast,
    firstSeen: earlier(prev.firstSeen, seenAt),
    lastSeen: later(prev.lastSeen, seenAt),
    sourceCount: prev.sourceCount + 1,
  };
}

/**
 * Whether two reports can touch each other's strike: same attacker and target (target types
 * aside: which ones join is sameStrike's call, on the strike's type as folded), and either both vague with exactly the same date and places (undated or placeless reports
 * only ever join their exact twins), or both dated and placed, sharing a place, with days at
 * most STRIKE_SLACK_DAYS apart. A report joins a strike only when it is linked so to one of
 * the strike's reports (besides sameStrike), so a strike never reaches beyond the reports
 * linked to each other: the strikes of a set of reports linked together (a neighbourhood)
 * depend on that set alone, and the projector refolds just the neighbourhoods a batch touches.
 */
export function linked(a: StrikeClaim, b: StrikeClaim): boolean {
  if (a.attacker !== b.attacker || a.target !== b.target) return false;
  const ka = placeKeysOf(a);
  const kb = placeKeysOf(b);
  if (!a.date || !b.date || ka.length === 0 || kb.length === 0) return a.date === b.date && sameSet(ka, kb);
  return sharedPlaces(ka, kb) > 0 && daysApart(dayRange(a.date), dayRange(b.date)) <= STRIKE_SLACK_DAYS;
}

const DAY = 86_400_000;
interface Days {
  first: number;
  last: number;
}
const dayRanges = new Map<string, Days>();
/** A partial date's first and last day, as day numbers (a bounded memo: dates repeat a lot). */
function dayRange(date: string): Days {
  let d = dayRanges.get(date);
  if (!d) {
    if (dayRanges.size > 50_000) dayRanges.clear();
    const r = dateRange(date);
    d = { first: Date.parse(`${r.first}T00:00:00Z`) / DAY, last: Date.parse(`${r.last}T00:00:00Z`) / DAY };
    dayRanges.set(date, d);
  }
  return d;
}
/** Days between two ranges of days (0 when they overlap). */
function daysApart(a: Days, b: Days): number {
  return Math.max(0, a.first - b.last, b.first - a.last);
}

export interface StrikeFold {
  strikes: StrikeState[];
  /** claim id -> the strike it sources */
  strikeOf: Map<string, string>;
}

interface Cluster {
  state: StrikeState;
}

const comboOf = (c: { attacker: string | null; target: string | null }) => `${c.attacker}\u0000${c.target}`;

/**
 * The strikes of a set of reports, whatever order they arrived in: the reports are folded in
 * their canonical order (when made, then first seen, then claim id), each joining the strike
 * matchStrike picks among those it could report (sameStrike) and is linked to (`linked` to one
 * of its reports), else a new one whose id comes from it (or the strike already holding that
 * id, as when reports are applied one by one). So the grouping, the ids and every merged field
 * depend on the set only; and a set that is a union of neighbourhoods (reports linked to each
 * other) folds as it does within any larger set. Dated, placed reports' strikes are filed under
 * each report's places and days: the strikes a report is linked to are those filed under one of
 * its places on a day within the slack of its own. Vague ones are found by their exact twin.
 */
export function foldStrikes(reports: readonly Report<StrikeClaim>[]): StrikeFold {
  const byId = new Map<string, Cluster>();
  const byPlaceDay = new Map<string, Map<string, Cluster[]>>();
  const byTwin = new Map<string, Cluster>();
  const strikeOf = new Map<string, string>();
  for (const { claim, seenAt } of inCanonicalOrder(reports)) {
    const combo = comboOf(claim);
    const keys = placeKeysOf(claim);
    const vague = !claim.date || keys.length === 0;
    const twin = vague ? `${combo}\u0000${claim.date}\u0000${keys.join('\u0001')}` : '';
    const days = vague ? null : dayRange(claim.date as string);
    let filed = byPlaceDay.get(combo);
    if (!filed) byPlaceDay.set(combo, (filed = new Map()));
    const candidates: Cluster[] = [];
    if (vague) {
      const k = byTwin.get(twin);
      if (k) candidates.push(k);
    } else if (days) {
      for (const key of keys) {
        for (let d = days.first - STRIKE_SLACK_DAYS; d <= days.last + STRIKE_SLACK_DAYS; d++) {
          for (const k of filed.get(`${key}\u0000${d}`) ?? []) if (!candidates.includes(k)) candidates.push(k);
        }
      }
    }
    const match = matchStrike(
      candidates.map((k) => k.state),
      claim,
    );
    const prev = match ? (byId.get(match.strikeId) as Cluster) : (byId.get(strikeIdOf(claim)) ?? null);
    const state = foldStrike(prev?.state ?? null, claim, seenAt);
    const k: Cluster = prev ?? { state };
    k.state = state;
    byId.set(state.strikeId, k);
    if (vague) byTwin.set(twin, k);
    else if (days) {
      for (const key of keys) {
        for (let d = days.first; d <= days.last; d++) {
          const at = `${key}\u0000${d}`;
          const list = filed.get(at);
          if (!list) filed.set(at, [k]);
          else if (!list.includes(k)) list.push(k);
        }
      }
    }
    strikeOf.set(claim.claimId, state.strikeId);
  }
  return { strikes: [...byId.values()].map((k) => k.state).sort((a, b) => (a.strikeId < b.strikeId ? -1 : 1)), strikeOf };
}
