import { describe, expect, it } from 'vitest';
import { bands, confirmed, precisionAtOrAbove, sameClaim } from './index';

const toll = (value: number, party = 'ukraine') => ({ kind: 'toll', party, measure: 'killed', value });

describe('sameClaim (the corpus scorer key)', () => {
  it('tolls match on party, measure and value only', () => {
    expect(sameClaim(toll(120), { ...toll(120), bound: 'approx', reportedBy: 'someone' })).toBe(true);
    expect(sameClaim(toll(120), toll(121))).toBe(false);
    expect(sameClaim(toll(120), toll(120, 'russia'))).toBe(false);
  });
  it('talks match on the party set and the location, case-insensitively', () => {
    const g = { kind: 'talks', parties: ['ukraine', 'russia'], location: 'Geneva' };
    expect(sameClaim(g, { kind: 'talks', parties: ['russia', 'ukraine'], location: 'geneva' })).toBe(true);
    expect(sameClaim(g, { kind: 'talks', parties: ['russia', 'ukraine'], location: null })).toBe(false);
  });
  it('strikes need one shared location when the annotation lists any', () => {
    const g = { kind: 'strike', attacker: 'russia', targetType: 'energy', locations: ['Odesa'] };
    expect(sameClaim(g, { kind: 'strike', attacker: 'russia', targetType: 'energy', locations: ['Odesa region'] })).toBe(true);
    expect(sameClaim(g, { kind: 'strike', attacker: 'russia', targetType: 'energy', locations: ['Lviv'] })).toBe(false);
    expect(sameClaim({ ...g, locations: [] }, { kind: 'strike', attacker: 'russia', targetType: 'energy', locations: ['Lviv'] })).toBe(true);
  });
});

describe('confirmed', () => {
  it('matches one to one: a second identical prediction is not confirmed twice', () => {
    expect(confirmed([toll(5)], [toll(5), toll(5), toll(6)])).toEqual([true, false, false]);
  });
});

describe('calibration', () => {
  const judged = [
    { kind: 'toll', confidence: 0.95, correct: true },
    { kind: 'toll', confidence: 0.92, correct: false },
    { kind: 'toll', confidence: 0.55, correct: false },
    { kind: 'talks', confidence: 0.75, correct: true },
  ];
  it('counts claims and correct ones per band', () => {
    const b = bands(judged);
    expect(b.find((x) => x.from === 0.9)).toMatchObject({ claims: 2, correct: 1 });
    expect(b.find((x) => x.from === 0.5)).toMatchObject({ claims: 1, correct: 0 });
    expect(b.reduce((s, x) => s + x.claims, 0)).toBe(4);
  });
  it('gives the precision of what is shown at a threshold', () => {
    expect(precisionAtOrAbove(judged, 0.7)).toEqual({ claims: 3, precision: 2 / 3 });
    expect(precisionAtOrAbove(judged, 0.99)).toEqual({ claims: 0, precision: null });
  });
});
