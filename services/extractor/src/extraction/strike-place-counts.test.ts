import { describe, expect, it } from 'vitest';
import { splitByPlaceCounts } from './strike-place-counts';
import type { StrikeClaim } from './types';

const wave = (locations: string[], killed: number | null, injured: number | null = null): StrikeClaim => ({
  kind: 'strike', attacker: 'russia', target: 'ukraine', targetType: 'unspecified', locations, date: '2025-09-01', weapons: [], killed, injured,
});
const brief = (cs: StrikeClaim[]) => cs.map((c) => [c.locations, c.killed, c.injured]);

describe('splitByPlaceCounts', () => {
  it('gives each place of the breakdown its own claim with its own count', () => {
    const got = splitByPlaceCounts(wave(['Kherson', 'Zaporizhzhia', 'Donetsk'], 5), 'Russian attacks killed at least five people on Monday, including two in Kherson, one in Zaporizhzhia and two in Donetsk, governors said.');
    expect(brief(got)).toEqual([[['Kherson'], 2, null], [['Zaporizhzhia'], 1, null], [['Donetsk'], 2, null]]);
  });
  it('counts the injured when the breakdown follows an injuring verb', () => {
    const got = splitByPlaceCounts(wave(['Kharkiv', 'Sumy'], null, 14), 'Drones injured 14 people overnight, including 9 in Kharkiv and 5 in Sumy.');
    expect(brief(got)).toEqual([[['Kharkiv'], null, 9], [['Sumy'], null, 5]]);
  });
  it('keeps the claim whole when a place of the wave is left out of the breakdown', () => {
    const c = wave(['Kharkiv', 'Sumy', 'Odesa'], 6);
    expect(splitByPlaceCounts(c, 'Strikes killed six, including four in Kharkiv and two in Sumy.')).toEqual([c]);
  });
  it('keeps the claim whole when the breakdown names a place the claim does not have', () => {
    const c = wave(['Kharkiv', 'Sumy'], 6);
    expect(splitByPlaceCounts(c, 'Strikes killed six, including four in Kharkiv and two in Poltava.')).toEqual([c]);
  });
  it('keeps a one-place claim and a sentence without a breakdown as they are', () => {
    const one = wave(['Kharkiv'], 3);
    expect(splitByPlaceCounts(one, 'Strikes killed three, including two in Kharkiv.')).toEqual([one]);
    const two = wave(['Kharkiv', 'Sumy'], 3);
    expect(splitByPlaceCounts(two, 'Strikes on Kharkiv and Sumy killed three people.')).toEqual([two]);
  });
});
