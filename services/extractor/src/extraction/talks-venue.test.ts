import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';
import { testGazetteer } from './test-gazetteer';

// Own sentences: the meeting's city is the one its noun names.
type Talks = Extract<ExtractedClaim, { kind: 'talks' }>;
const talks = (text: string) =>
  extractClaims({ id: 't', published: '2026-06-10T09:00:00Z', text }, testGazetteer()).filter((c): c is Talks => c.kind === 'talks');

describe('talks venue and sides', () => {
  it('takes the city of the talks, not of another event in the sentence', () => {
    const all = talks('Drones hit a depot in Odesa on Tuesday, testing the truce agreed at trilateral talks in Riyadh last month.');
    for (const t of all) expect(t.location).not.toBe('Odesa');
  });
});
