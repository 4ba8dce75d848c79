import type { StreamedClaim, StreamFilter } from '../schemas/stream';

/**
 * Whether a streamed claim passes a stream's filters. Pure and in memory: the gateway reads
 * each new claim once for every open stream, and each stream keeps the ones it asked for.
 * `party` matches as in GET /v1/claims: a toll's party, a strike's attacker or target, or one
 * of a talks claim's parties.
 */
export function matchesStreamFilter(c: StreamedClaim, f: StreamFilter): boolean {
  if (f.kind !== undefined && c.kind !== f.kind) return false;
  if (f.feed !== undefined && c.feedId !== f.feed) return false;
  if (f.minConfidence !== undefined && c.confidence < f.minConfidence) return false;
  if (f.party !== undefined && !namesParty(c.claim, f.party)) return false;
  return true;
}

function namesParty(body: Record<string, unknown>, party: string): boolean {
  if (body.party === party || body.attacker === party || body.target === party) return true;
  return Array.isArray(body.parties) && body.parties.includes(party);
}
