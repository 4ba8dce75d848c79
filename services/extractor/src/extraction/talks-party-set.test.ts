import { describe, expect, it } from 'vitest';
import { testGazetteer } from './test-gazetteer';
import { venueParty, withoutVenueHost } from './talks-party-set';

const gaz = testGazetteer();

describe('withoutVenueHost', () => {
  it('knows the host country of a venue city', () => {
    expect(venueParty(gaz, 'istanbul')).toBe('turkey');
    expect(venueParty(gaz, null)).toBeNull();
  });
  it('drops the host country when two sides remain', () => {
    expect(withoutVenueHost(['russia', 'turkey', 'ukraine'], 'Istanbul', gaz)).toEqual(['russia', 'ukraine']);
  });
  it('keeps the host named as a side where the meeting opened', () => {
    expect(withoutVenueHost(['russia', 'turkey', 'ukraine'], 'Istanbul', gaz, new Set(['turkey']))).toEqual(['russia', 'turkey', 'ukraine']);
  });
  it('keeps a host that is one of only two sides', () => {
    expect(withoutVenueHost(['russia', 'turkey'], 'Istanbul', gaz)).toEqual(['russia', 'turkey']);
  });
});
