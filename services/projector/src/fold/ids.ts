import { canonicalJson, sha256Hex } from '@claimwire/events';
export { reporterKey } from '@claimwire/readmodel';

function id(prefix: string, parts: unknown): string {
  return `${prefix}_${sha256Hex(canonicalJson(parts)).slice(0, 20)}`;
}

export function seriesId(party: string, population: string, measure: string, reporter: string): string {
  return id('ser', { party, population, measure, reporter });
}

export function figureId(series: string, value: number, bound: string, asOf: string | null, scope: string): string {
  return id('fig', { series, value, bound, asOf, scope });
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
    ...parts,
    locations: [...new Set(parts.locations.map((l) => l.toLowerCase()))].sort(),
  });
}
