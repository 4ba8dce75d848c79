import type { StreamedClaim } from '../schemas/stream';

/** A claim as the stream sends it, for specs: a Ukrainian toll from feed "wire-a", with any field replaced. */
export function streamedClaim(over: Partial<StreamedClaim> = {}): StreamedClaim {
  return {
    claimId: 'clm_x',
    kind: 'toll',
    claim: { party: 'ukraine' },
    entityId: 'fig_x',
    confidence: 0.9,
    extractorVersion: '1.0.0',
    seenAt: '2026-02-05T10:00:00.000Z',
    projectedAt: '2026-02-05T10:00:01.000Z',
    articleId: 'art_x',
    feedId: 'wire-a',
    url: null,
    title: null,
    published: null,
    evidence: { sentence: 's', start: 0, end: 1 },
    ...over,
  };
}
