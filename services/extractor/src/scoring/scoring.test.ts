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

import { fitLogistic } from './fit';
import { logistic } from '../extraction/confidence-model';

describe('fitLogistic', () => {
  it('learns that a signal seen with right claims raises confidence and one seen with wrong claims lowers it', () => {
    const ex = [
      ...Array.from({ length: 30 }, () => ({ signals: { attributed: true, guessed: false }, correct: true })),
      ...Array.from({ length: 5 }, () => ({ signals: { attributed: true, guessed: false }, correct: false })),
      ...Array.from({ length: 20 }, () => ({ signals: { attributed: false, guessed: true }, correct: false })),
      ...Array.from({ length: 4 }, () => ({ signals: { attributed: false, guessed: true }, correct: true })),
    ];
    const m = fitLogistic(ex);
    expect(m.weights.attributed!).toBeGreaterThan(0);
    expect(m.weights.guessed!).toBeLessThan(0);
    const good = logistic(m, { attributed: true, guessed: false });
    const bad = logistic(m, { attributed: false, guessed: true });
    expect(good).toBeGreaterThan(0.75);
    expect(bad).toBeLessThan(0.35);
  });
});
