import { canonicalJson, sha256Hex } from '@claimwire/events';
import { placeKey } from '@claimwire/readmodel';
export { placeKey, reporterKey } from '@claimwire/readmodel';

function id(prefix: string, parts: unknown): string {
  return `${prefix}_${sha256Hex(canonicalJson(parts)).slice(0, 20)}`;
}

export function seriesId(party: string, population: string, measure: string, reporter: string): string {
  return id('ser', { party, population, measure, reporter });
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

export function roundId(track: string, foundingClaimId: string): string {
  return id('rnd', { track, foundingClaimId });
}

export function strikeId(parts: {
  attacker: string | null;
  target: string | null;
  targetType: string;
  date: string | null;
  locations: readonly string[];
}): string {
  return id('stk', {
    attacker: parts.attacker,
    target: parts.target,
    targetType: parts.targetType,
    date: parts.date,
    locations: [...new Set(parts.locations.map(placeKey))].sort(),
  });
}
