import { canonicalJson, sha256Hex } from '@claimwire/events';
import { placeKey } from '@claimwire/readmodel';
export { placeKey, reporterKey } from '@claimwire/readmodel';

function id(prefix: string, parts: unknown): string {
  return `${prefix}_${sha256Hex(canonicalJson(parts)).slice(0, 20)}`;
}

/**
 * A series is one reporter's count of one party's population and measure at one scope: a
 * running total, or figures for a given window (day, week, month, other). Daily figures and
 * the running total they add up to are two series, not one.
 */
export function seriesId(parts: { party: string; population: string; measure: string; scope: string; period: string | null; reporter: string }): string {
  const { party, population, measure, scope, period, reporter } = parts;
  return id('ser', { party, population, measure, scope, period, reporter });
}

/**
 * A figure is its series, scope and value: "55,000" repeated by five articles is one figure.
 * A period figure ("30 in the past day") also needs its date: the same count on another day
 * is another figure. The bound is not part of it ("about 55,000" = "55,000").
 */
export function figureId(series: string, scope: string, value: number, asOf: string | null): string {
  return scope === 'period' ? id('fig', { series, scope, value, asOf }) : id('fig', { series, scope, value });
}

export function trackId(parties: readonly string[]): string {
  return `trk_${[...new Set(parties)].sort().join('+')}`;
}

/**
 * The track a talks claim belongs to: the conflict's two sides when the extractor named them
 * (a trilateral round with a mediator and the same round reported without it are one track),
 * else every party.
 */
export function trackOf(claim: { parties: readonly string[]; sides?: readonly string[] | undefined }): string {
  return trackId(claim.sides?.length ? claim.sides : claim.parties);
}

export function roundId(track: string, foundingClaimId: string): string {
  return id('rnd', { track, foundingClaimId });
}

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
  return id('stk', {
    attacker: parts.attacker,
    target: parts.target,
    targetType: parts.targetType,
    date: parts.date,
    locations: [...parts.placeKeys].sort(),
  });
}
