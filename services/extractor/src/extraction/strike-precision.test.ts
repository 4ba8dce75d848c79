import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';
import { labourStrike, placeNotHit, unrealTrigger, weaponNotUsed } from './strike-guards';
import { testGazetteer } from './test-gazetteer';

// Sentences written for these specs: what looks like an attack, a weapon or a place but is not one.
const PUB = '2026-03-10T10:00:00Z'; // a Tuesday
const run = (text: string, published = PUB) => extractClaims({ id: 't', published, text }, testGazetteer());
const strikes = (cs: ExtractedClaim[]) => cs.filter((c) => c.kind === 'strike') as Extract<ExtractedClaim, { kind: 'strike' }>[];

describe('strike guards', () => {
  it('tells a trigger governed by a halt, a plan or a threat from one that happened', () => {
    const t = 'Both sides agreed to stop striking energy sites.';
    expect(unrealTrigger(t, t.indexOf('striking'))).toBe(true);
    const u = 'The army vowed to hit back. Drones struck a depot.';
    expect(unrealTrigger(u, u.indexOf('hit'))).toBe(true);
    expect(unrealTrigger(u, u.indexOf('struck'))).toBe(false);
  });

  it('knows a labour strike by the words around it', () => {
    const t = 'Dock workers began a three-day strike over wages.';
    expect(labourStrike(t, t.indexOf('strike'), 'strike')).toBe(true);
    const u = 'A missile strike on the port left two dead.';
    expect(labourStrike(u, u.indexOf('strike'), 'strike')).toBe(false);
  });

  it('leaves out weapons that were made, stored or described rather than used', () => {
    const t = 'A store of guided bombs at the airfield burned.';
    expect(weaponNotUsed(t, t.indexOf('guided'), t.indexOf(' at'))).toBe(true);
    const u = 'Drones hit the drone factory.';
    expect(weaponNotUsed(u, u.indexOf('drone factory'), u.indexOf(' factory'))).toBe(true);
    expect(weaponNotUsed(u, 0, 6)).toBe(false);
  });

  it('reads a capital that speaks or keeps time as no place hit', () => {
    const t = 'Kyiv has rejected the claim, and Moscow accuses it of lying; at 3 a.m. Moscow time drones hit Kyiv.';
    expect(placeNotHit(t, 0, 'Kyiv'.length, true)).toBe(true);
    expect(placeNotHit(t, t.indexOf('Moscow accuses'), t.indexOf('Moscow accuses') + 6, true)).toBe(true);
    expect(placeNotHit(t, t.indexOf('Moscow time'), t.indexOf('Moscow time') + 6, true)).toBe(true);
    expect(placeNotHit(t, t.length - 5, t.length - 1, true)).toBe(false);
    expect(placeNotHit('Kyiv was hit again overnight.', 0, 4, true)).toBe(false);
    expect(placeNotHit('Sirens sounded in Kyiv at dawn.', 18, 22, true)).toBe(true);
  });
});

describe('strike precision', () => {
  it('gives no strike for a pledge to stop attacks', () => {
    expect(strikes(run('Kyiv and Moscow have agreed to stop shelling each other\'s power stations for a month, a mediator said on Monday.'))).toEqual([]);
  });

  it('gives no strike for a labour strike at a drone supplier', () => {
    expect(strikes(run('Workers at a British maker of drone batteries plan a one-day strike over pay on Friday.'))).toEqual([]);
  });

  it('does not list the bombs stored at an airfield among the weapons of the drone raid on it', () => {
    const [s] = strikes(run('Ukrainian drones struck the Millerovo airfield in the Rostov region on Monday, the General Staff said. An arsenal of glide bombs there caught fire.'));
    expect(s).toMatchObject({ attacker: 'ukraine', target: 'russia', weapons: ['drone'] });
  });

  it('folds a place-less summary line into the located report of the same night', () => {
    const cs = strikes(
      run(
        'Key points:\n\n- Russia hit Ukraine\'s power grid with missiles and drones overnight.\n\n- The rouble fell again.\n\n- A court in Lviv jailed a spy.\n\nRussian missiles and drones struck power plants in the Kharkiv and Dnipropetrovsk regions overnight, killing one worker, officials said.',
      ),
    );
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ attacker: 'russia', targetType: 'energy', killed: 1 });
  });

  it('does not take a speaking capital for a place hit', () => {
    const [s] = strikes(run('Russian drones hit an oil depot in Sumy on Monday. Moscow responded that its forces hit military targets.'));
    expect(s!.locations).toEqual(['Sumy']);
  });

  it('does not read the regional military administration as a military target', () => {
    // (a school and a clinic: two kinds of civilian target, none leading, so unspecified; not military)
    const [s] = strikes(run('Russian drones struck a school and a clinic in Chernihiv overnight, the head of the Chernihiv Regional Military Administration said.'));
    expect(s).toMatchObject({ attacker: 'russia', targetType: 'unspecified' });
    const [d] = strikes(run('Russian drones attacked Odesa overnight; air defence was working, and debris damaged a warehouse.'));
    expect(d).toMatchObject({ locations: ['Odesa'], targetType: 'industrial' });
  });

  it('keeps a hit that broke a truce, and its casualties told in the next sentences', () => {
    const cs = run('Russian missiles struck a power station in Sumy on Monday night, breaching the energy truce. The number of people killed there has risen to four, the mayor said. Nine people were injured.');
    expect(strikes(cs)).toEqual([expect.objectContaining({ attacker: 'russia', targetType: 'energy', killed: 4, injured: 9 })]);
    expect(cs.filter((c) => c.kind === 'toll')).toEqual([]);
  });

  it('gives no strike for a raid by saboteurs, a car bomb or a shooting', () => {
    expect(strikes(run('A Ukrainian sabotage group attacked a border village in the Bryansk region on Sunday, killing one man, the governor said.'))).toEqual([]);
    expect(strikes(run('Gunmen attacked a Russian checkpoint in the Kursk region on Sunday, killing two guards.'))).toEqual([]);
  });
});
