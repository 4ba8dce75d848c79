import { describe, expect, it } from 'vitest';
import type { StreamedClaim } from '../schemas/stream';
import { streamedClaim } from '../test-support/streamed-claim';
import { matchesStreamFilter } from './claim-filter';

const claim = ({ body, ...over }: Partial<StreamedClaim> & { body?: Record<string, unknown> }): StreamedClaim =>
  streamedClaim({ ...(body ? { claim: body } : {}), ...over });

describe('the filters of a stream', () => {
  it('passes everything without filters', () => {
    expect(matchesStreamFilter(claim({}), {})).toBe(true);
  });

  it('matches kind, feed and minimum confidence exactly', () => {
    expect(matchesStreamFilter(claim({ kind: 'strike' }), { kind: 'strike' })).toBe(true);
    expect(matchesStreamFilter(claim({ kind: 'talks' }), { kind: 'strike' })).toBe(false);
    expect(matchesStreamFilter(claim({ feedId: 'wire-b' }), { feed: 'wire-a' })).toBe(false);
    expect(matchesStreamFilter(claim({ confidence: 0.8 }), { minConfidence: 0.8 })).toBe(true);
    expect(matchesStreamFilter(claim({ confidence: 0.79 }), { minConfidence: 0.8 })).toBe(false);
  });

  it("matches a party as /v1/claims does: a toll's party, a strike's attacker or target, a talks party", () => {
    expect(matchesStreamFilter(claim({ body: { party: 'russia' } }), { party: 'russia' })).toBe(true);
    expect(matchesStreamFilter(claim({ kind: 'strike', body: { attacker: 'russia', target: 'ukraine' } }), { party: 'ukraine' })).toBe(true);
    expect(matchesStreamFilter(claim({ kind: 'strike', body: { attacker: 'russia', target: 'ukraine' } }), { party: 'russia' })).toBe(true);
    expect(matchesStreamFilter(claim({ kind: 'talks', body: { parties: ['russia', 'ukraine', 'united-states'] } }), { party: 'united-states' })).toBe(true);
    expect(matchesStreamFilter(claim({ kind: 'talks', body: { parties: ['russia', 'ukraine'] } }), { party: 'turkey' })).toBe(false);
    expect(matchesStreamFilter(claim({ body: { party: 'ukraine', reportedBy: 'russia' } }), { party: 'russia' })).toBe(false);
  });

  it('needs every filter given to match', () => {
    const c = claim({ kind: 'toll', body: { party: 'russia' }, feedId: 'wire-a' });
    expect(matchesStreamFilter(c, { kind: 'toll', party: 'russia', feed: 'wire-a' })).toBe(true);
    expect(matchesStreamFilter(c, { kind: 'toll', party: 'russia', feed: 'wire-b' })).toBe(false);
  });
});
