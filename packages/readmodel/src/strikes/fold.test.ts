import { describe, expect, it } from 'vitest';
import { fixtures } from '@claimwire/testing';
import { foldStrike, matchStrike, sameStrike } from './fold';

const T0 = '2026-02-03T08:00:00.000Z';
const T1 = '2026-02-04T08:00:00.000Z';

describe('sameStrike', () => {
  const known = foldStrike(null, fixtures.strike({ locations: ['Odesa'], date: '2026-02-03' }), T0);

  it('joins reports that share a place and a date within a day', () => {
    expect(sameStrike(known, fixtures.strike({ locations: ['odesa', 'Izmail'], date: '2026-02-04' }))).toBe(true);
    expect(sameStrike(known, fixtures.strike({ locations: ['Odesa'], date: '2026-02' }))).toBe(true);
  });

  it('keeps apart reports of other places, days, attackers or target types', () => {
    expect(sameStrike(known, fixtures.strike({ locations: ['Kharkiv'] }))).toBe(false);
    expect(sameStrike(known, fixtures.strike({ date: '2026-02-06' }))).toBe(false);
    expect(sameStrike(known, fixtures.strike({ attacker: 'ukraine' }))).toBe(false);
    expect(sameStrike(known, fixtures.strike({ targetType: 'port' }))).toBe(false);
  });

  it('joins types that can name one attack: unspecified beside a named type, energy beside industrial', () => {
    const energy = foldStrike(null, fixtures.strike({ locations: ['Odesa'], date: '2026-02-03', targetType: 'energy' }), T0);
    expect(sameStrike(energy, fixtures.strike({ locations: ['Odesa'], date: '2026-02-03', targetType: 'industrial' }))).toBe(true);
    expect(sameStrike(energy, fixtures.strike({ locations: ['Odesa'], date: '2026-02-03', targetType: 'unspecified' }))).toBe(true);
    expect(sameStrike(energy, fixtures.strike({ locations: ['Odesa'], date: '2026-02-03', targetType: 'residential' }))).toBe(false);
    const open = foldStrike(null, fixtures.strike({ locations: ['Odesa'], date: '2026-02-03', targetType: 'unspecified' }), T0);
    const named = foldStrike(open, fixtures.strike({ locations: ['Odesa'], date: '2026-02-03', targetType: 'military', evidenceStart: 7 }), T1);
    expect(named.targetType).toBe('military');
    // the strike is military now: a residential report that night is another attack
    expect(sameStrike(named, fixtures.strike({ locations: ['Odesa'], date: '2026-02-03', targetType: 'residential' }))).toBe(false);
    expect(foldStrike(named, fixtures.strike({ locations: ['Odesa'], date: '2026-02-03', targetType: 'unspecified', evidenceStart: 9 }), T1).targetType).toBe('military');
  });

  it('joins a report without places only to a strike with none on the same date', () => {
    expect(sameStrike(known, fixtures.strike({ locations: [] }))).toBe(false);
    const vague = foldStrike(null, fixtures.strike({ locations: [] }), T0);
    expect(sameStrike(vague, fixtures.strike({ locations: [], evidenceStart: 4 }))).toBe(true);
  });
});

describe('matchStrike', () => {
  it('prefers the strike sharing most places', () => {
    const a = foldStrike(null, fixtures.strike({ locations: ['Odesa'] }), T0);
    const b = foldStrike(null, fixtures.strike({ locations: ['Odesa', 'Izmail'] }), T0);
    expect(matchStrike([a, b], fixtures.strike({ locations: ['Izmail', 'Odesa'] }))?.strikeId).toBe(b.strikeId);
  });
});

describe('foldStrike', () => {
  it('merges reports: places and weapons united, the later report\'s casualty counts, finer date', () => {
    const a = foldStrike(null, fixtures.strike({ locations: ['Odesa'], date: '2026-02', weapons: ['drone'], killed: 1, injured: null }), T1);
    const b = foldStrike(a, fixtures.strike({ locations: ['odesa', 'Izmail'], date: '2026-02-03', weapons: ['missile'], killed: 3, injured: 11 }), T0);
    expect(b).toMatchObject({
      strikeId: a.strikeId,
      locations: ['Odesa', 'Izmail'],
      date: '2026-02-03',
      datePrecision: 'day',
      weapons: ['drone', 'missile'],
      killed: 3,
      injured: 11,
      firstSeen: T0,
      lastSeen: T1,
      sourceCount: 2,
    });
  });

  it('takes killed and injured from the latest report that states them, also when it corrects a figure down', () => {
    const first = foldStrike(null, fixtures.strike({ locations: ['Sumy'], date: '2026-03-02', killed: 9, injured: 30 }), T0);
    const corrected = foldStrike(first, fixtures.strike({ locations: ['Sumy'], date: '2026-03-02', killed: 7, injured: null }), T1);
    expect(corrected).toMatchObject({ killed: 7, injured: 30, sourceCount: 2 });
  });
});

describe('places of one attack written differently', () => {
  it('matches reports by their places\' gazetteer names, and a city with its region', () => {
    const known = foldStrike(null, fixtures.strike({ locations: ['Kharkiv'], date: '2026-05-07' }), T0);
    expect(sameStrike(known, fixtures.strike({ locations: ['Kharkov'], places: ['Kharkiv'], date: '2026-05-07' }))).toBe(true);
    expect(sameStrike(known, fixtures.strike({ locations: ['Kharkiv oblast'], places: ['Kharkiv region'], date: '2026-05-08' }))).toBe(true);
    expect(sameStrike(known, fixtures.strike({ locations: ['Kharkov'], date: '2026-05-07' }))).toBe(false);
  });

  it('shows the places as written while matching on their keys', () => {
    const a = foldStrike(null, fixtures.strike({ locations: ['Odessa region'], places: ['Odesa region'] }), T0);
    const b = foldStrike(a, fixtures.strike({ locations: ['Odesa'], places: ['Odesa'] }), T1);
    expect(b.locations).toEqual(['Odessa region', 'Odesa']);
    expect(b.placeKeys).toEqual(['odesa']);
  });
});
