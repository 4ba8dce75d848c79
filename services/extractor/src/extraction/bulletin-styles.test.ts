import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';
import { testGazetteer } from './test-gazetteer';

// Sentences written for these specs (1.5.0 rules): ministry bulletins, think-tank assessments, one-story live blogs.
const PUB = '2026-03-18T10:00:00Z'; // a Wednesday
const run = (text: string, published = PUB) => extractClaims({ id: 't', published, text }, testGazetteer());
const kind = <K extends ExtractedClaim['kind']>(cs: ExtractedClaim[], k: K) => cs.filter((c) => c.kind === k) as Extract<ExtractedClaim, { kind: K }>[];

describe('ministry bulletins', () => {
  it('names the drones\' side as attacker, not the air defences that met them', () => {
    const [s] = kind(run('Russian air defense forces destroyed 64 Ukrainian drones over the Kursk region during the past night, the ministry said. Falling debris damaged two houses in Kursk region.'), 'strike');
    expect(s).toMatchObject({ attacker: 'ukraine', target: 'russia', locations: ['Kursk region'], weapons: ['drone'] });
  });

  it('reads a strike by unnamed forces on a named side\'s facilities, and "attack drones" as a weapon, not the trigger', () => {
    const ss = kind(run('Army aviation, attack drones and artillery struck fuel facilities in the Dnipropetrovsk region that supply Ukraine\'s armed forces. All designated targets were hit.'), 'strike');
    // (told as news with no day of its own: the bulletin's day, a default that moves no confidence)
    expect(ss).toMatchObject([{ attacker: 'russia', target: 'ukraine', targetType: 'energy', date: PUB.slice(0, 10) }]);
    expect(ss[0]!.weapons).toEqual(expect.arrayContaining(['drone', 'artillery', 'aircraft']));
  });

  it('does not let the side hit in an open attack become its attacker', () => {
    const text = 'Attack drones and missile troops struck energy facilities of Ukraine\'s defence industry in the Zaporizhzhia region.\n\nThe governor said three civilians were injured on Monday when a Ukrainian drone hit a house in the town of Rylsk.';
    const ss = kind(run(text), 'strike');
    expect(ss.map((s) => s.attacker).sort()).toEqual(['russia', 'ukraine']);
    expect(ss.find((s) => s.attacker === 'ukraine')).toMatchObject({ locations: ['Rylsk'], targetType: 'residential', injured: 3 });
  });
});

describe('assessments', () => {
  it('reads "since the start of <this year>" as a period toll of the year', () => {
    const [t] = kind(run('Commander Syrskyi stated on March 17 that Russian forces have suffered over 95,000 casualties since the start of 2026.'), 'toll');
    expect(t).toMatchObject({ party: 'russia', value: 95000, bound: 'at_least', scope: 'period', asOf: '2026' });
  });

  it('keeps "since the start of <an earlier year>" cumulative', () => {
    const [t] = kind(run('Russian forces have suffered over 700,000 casualties since the start of 2024, Syrskyi said.'), 'toll');
    expect(t?.scope).toBe('cumulative');
  });

  it('lists a leader an envoy met in person as a participant', () => {
    const [k] = kind(run('US Special Envoy Steve Witkoff met with Russian President Vladimir Putin in St Petersburg on March 16.'), 'talks');
    expect(k).toMatchObject({ parties: ['russia', 'united-states'], status: 'held' });
    expect(k!.participants).toEqual(expect.arrayContaining(['Witkoff', 'Putin']));
  });
});

describe('one-story live blogs', () => {
  const blog = [
    '13:10 — The death toll from the morning missile strike on Poltava has risen to nine, the governor said. Another 40 people were injured and 17 remain in hospital.',
    '11:45 — Rescuers found three more bodies under the rubble, bringing the number of dead to seven.',
    '08:30 — A Russian missile hit an apartment block in Poltava, killing four people.',
  ].join('\n\n');

  it('folds the rising count into the one strike and keeps the latest figure', () => {
    const cs = run(blog);
    expect(kind(cs, 'strike')).toMatchObject([{ attacker: 'russia', locations: ['Poltava'], killed: 9, injured: 40, targetType: 'residential' }]);
    expect(kind(cs, 'toll')).toEqual([]);
  });

  it('does not read "remain in hospital" as a hospital being hit', () => {
    const [s] = kind(run('A drone hit Sumy on Tuesday, leaving 31 people in hospital and damaging a house.'), 'strike');
    expect(s?.targetType).toBe('residential');
  });
});
