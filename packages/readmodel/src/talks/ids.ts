import { hashId } from '../fold/hash-id';

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
  return hashId('rnd', { track, foundingClaimId });
}
