import { addDays, compareParts, type DateParts } from './dates';
import type { StrikeEvent } from './strikes';

/** Days between two dates read at day precision; 0 when either is coarser (March vs March 2) */
export function daysApart(a: DateParts, b: DateParts): number {
  if (a.d === undefined || b.d === undefined) return a.y === b.y && (a.m === undefined || b.m === undefined || a.m === b.m) ? 0 : 99;
  for (let n = 0; n <= 7; n++) if (compareParts(addDays(a, n), b) === 0 || compareParts(addDays(b, n), a) === 0) return n;
  return 99;
}

function sameDay(a: DateParts | null, b: DateParts | null): boolean {
  if (!a || !b) return true;
  // "the night of May 4 to 5" is told as either day
  return compareParts(a, b) === 0 || compareParts(addDays(a, 1), b) === 0 || compareParts(addDays(b, 1), a) === 0;
}

function overlapsExactly(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => x.toLowerCase() === y.toLowerCase()));
}

function regionOf(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => x.toLowerCase().startsWith(y.toLowerCase()) || y.toLowerCase().startsWith(x.toLowerCase())));
}

/**
 * Whether `later` retells the attack `first` already holds: a lede repeated in the body, a summary bullet
 * without places, or the other side's air-defence report of the same night over the same regions.
 */
export function retells(first: StrikeEvent, later: StrikeEvent, textOf?: (sentence: number) => string): boolean {
  const a = first.claim;
  const b = later.claim;
  if (a.attacker !== b.attacker || a.target !== b.target || later.apart) return false;
  if (!sameDay(first.dateParts, later.dateParts)) return false;
  if (b.targetType !== 'unspecified' && a.targetType !== 'unspecified' && a.targetType !== b.targetType) return false;
  if (!b.weapons.every((w) => a.weapons.includes(w)) && !(a.locations.length === 0 || b.locations.length === 0)) return false;
  // "A woman was killed by Ukrainian shelling in the Kursk region ... 'the village of Gornal was shelled', the Kursk region
  // governor said": the village, told next without casualties of its own by the region's own official, is where it hit
  if (textOf && later.first > first.first && later.first - first.last <= 2 && b.killed === null && b.injured === null && a.locations.length > 0 && b.locations.length > 0) {
    const told = textOf(later.first);
    if (a.locations.some((l) => { const r = /^(.+?)\s+(?:region|oblast|province)$/i.exec(l); return r !== null && told.toLowerCase().includes(`${r[1]!.toLowerCase()} region`); })) return true;
  }
  // ("an aerial bombardment across Ukraine killed at least 39 civilians" and "drones had been shot down across the Kherson
  // and Mykolaiv regions": an air-defence report retells no deadly attack told without places)
  const downed = (e: StrikeEvent) => e.intercept || (textOf !== undefined && /\b(?:shot down|downed|intercepted)\b/i.test(textOf(e.first)));
  if (downed(first) !== downed(later) && (a.locations.length === 0 || b.locations.length === 0) && (a.killed !== null || b.killed !== null || a.injured !== null || b.injured !== null)) return false;
  // each place given its own casualties is its own claim: only a place-less telling, or one over the same places, retells
  if (a.locations.length === 0 || b.locations.length === 0) return (a.locations.length > 0 || b.locations.length > 0 || a.targetType === b.targetType) && (a.killed === null || b.killed === null || a.killed === b.killed);
  if (later.intercept || first.intercept) return regionOf(a.locations, b.locations);
  // a headline and the lede just under it, one naming the city and the other its region ("Odessa port ... targeted",
  // "drones attacked grain plants at a port in the Odessa region")
  if (first.first === 0 && later.first <= 3 && a.targetType === b.targetType && regionOf(a.locations, b.locations)) return (b.killed === null || a.killed === null || a.killed === b.killed) && (b.injured === null || a.injured === null || a.injured === b.injured);
  return overlapsExactly(a.locations, b.locations) && (b.killed === null || a.killed === null || a.killed === b.killed) && (b.injured === null || a.injured === null || a.injured === b.injured);
}

/** Folds `later` into `first`: places and weapons joined, counts and date kept where `first` has them. */
export function foldInto(first: StrikeEvent, later: StrikeEvent): void {
  const a = first.claim;
  const b = later.claim;
  for (const l of b.locations) if (!a.locations.some((x) => x.toLowerCase() === l.toLowerCase())) a.locations.push(l);
  for (const w of b.weapons) if (!a.weapons.includes(w)) a.weapons.push(w);
  if (a.targetType === 'unspecified' && !first.targetsMixed) a.targetType = b.targetType;
  if (later.targetsMixed) first.targetsMixed = true;
  if (a.killed === null && b.killed !== null) first.guessed.casualties = true;
  if (a.injured === null && b.injured !== null) first.guessed.casualties = true;
  if (!first.dateParts && later.dateParts) {
    first.dateParts = later.dateParts;
    first.guessed.date = later.guessed.date;
  }
  if (a.killed === null) a.killed = b.killed;
  if (a.injured === null) a.injured = b.injured;
  if (first.intercept && !later.intercept) first.intercept = false;
  first.signals += later.signals;
}

/** The events with each retelling folded into the first event it retells. */
export function foldRetellings(events: StrikeEvent[], textOf?: (sentence: number) => string): StrikeEvent[] {
  const out: StrikeEvent[] = [];
  for (const e of events) {
    const into = out.find((f) => retells(f, e, textOf));
    if (into) foldInto(into, e);
    else out.push(e);
  }
  return out;
}
