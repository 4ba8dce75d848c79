import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';
import { testGazetteer } from './test-gazetteer';

// Sentences written for these specs: each pins one pattern of news prose the rules generalise to.
const PUB = '2025-09-18T10:00:00Z'; // a Thursday
const run = (text: string, published = PUB) => extractClaims({ id: 't', published, text }, testGazetteer());
const kind = <K extends ExtractedClaim['kind']>(cs: ExtractedClaim[], k: K) => cs.filter((c) => c.kind === k) as Extract<ExtractedClaim, { kind: K }>[];

describe('tolls in other styles', () => {
  it('takes the party from the subject of "has lost", not from "in Ukraine"', () => {
    const [t, u] = kind(run('Russia has lost 912,400 troops in Ukraine since Feb. 24, 2022, including 1,110 over the past day, the General Staff reported.'), 'toll');
    expect(t).toMatchObject({ party: 'russia', measure: 'casualties', value: 912400, scope: 'cumulative', population: 'military' });
    expect(u).toMatchObject({ party: 'russia', value: 1110, scope: 'period' });
  });

  it('reads "bringing its total losses to N" as the same side', () => {
    const ts = kind(run('Russia lost 980 troops over the past 24 hours, bringing its total losses since 2022 to 905,300, the General Staff said.'), 'toll');
    expect(ts.map((t) => [t.party, t.value])).toEqual([['russia', 980], ['russia', 905300]]);
  });

  it('resolves "the enemy" against the side of the source', () => {
    const [t] = kind(run('"The enemy\'s losses amounted to up to 320 servicemen," the Russian Defence Ministry said.'), 'toll');
    expect(t).toMatchObject({ party: 'ukraine', value: 320, bound: 'at_most' });
  });

  it('reads a rate per day as no toll (the corpus guide: rates are never tolls)', () => {
    expect(kind(run('A senior NATO official suggested that Russia was losing roughly 900 soldiers a day — a rate that could cost Moscow far more if sustained.'), 'toll')).toEqual([]);
  });

  it('distributes "at least" over a coordinated figure; "including N children killed" is a part of it (the dev readers leave children out)', () => {
    const ts = kind(run('At least 9,100 civilians have been killed and 22,300 injured in Ukraine, including 410 children killed, UN monitors said.'), 'toll');
    expect(ts.map((t) => [t.measure, t.value, t.bound])).toEqual([
      ['killed', 9100, 'at_least'],
      ['wounded', 22300, 'at_least'],
    ]);
  });

  it('treats a fronted period adverbial as the window of the figure', () => {
    const [t] = kind(run('Over the past week, the losses of the Ukrainian army exceeded 7,400 servicemen, the Russian Defence Ministry said.'), 'toll');
    expect(t).toMatchObject({ party: 'ukraine', value: 7400, bound: 'at_least', scope: 'period' });
  });

  it('dates a figure by a fronted statement date, not as a period', () => {
    const [t] = kind(run('In March, President Zelensky said that 41,000 Ukrainian soldiers had been killed.'), 'toll');
    expect(t).toMatchObject({ value: 41000, asOf: '2025-03', scope: 'cumulative' });
  });

  it('reads "since the start of the year" as a window of this year', () => {
    const [t] = kind(run('Since the start of the year, Russian attacks have killed 488 civilians in the Kharkiv region, prosecutors said.'), 'toll');
    expect(t).toMatchObject({ party: 'ukraine', value: 488, asOf: '2025', scope: 'period' });
  });

  it('does not count the holder of captives, and splits civilians out of a mixed total', () => {
    const ts = kind(run('More than 6,900 Ukrainians remain in Russian captivity, including about 1,700 civilians, the Coordination Headquarters said.'), 'toll');
    expect(ts.map((t) => [t.party, t.population, t.value])).toEqual([['ukraine', 'mixed', 6900], ['ukraine', 'civilian', 1700]]);
  });

  it('carries the source of an estimate into an agentless passive follow-up', () => {
    const ts = kind(run('The Pentagon estimates that Russia has suffered about 700,000 casualties. Ukrainian casualties were estimated at close to 380,000.'), 'toll');
    expect(ts.map((t) => [t.party, t.population, t.reportedBy])).toEqual([['russia', 'military', 'Pentagon'], ['ukraine', 'military', 'Pentagon']]);
  });

  it('reads "put X dead at N last year" and gives unnamed civilians the theatre of the war', () => {
    // (Russia's dead, with no word of civilians, are its soldiers: the dev readers annotate them military)
    const ts = kind(run('A leaked US assessment put Russian dead at up to 200,000 last year. The UN has verified the deaths of more than 13,000 civilians.'), 'toll');
    expect(ts.map((t) => [t.party, t.value, t.bound, t.population])).toEqual([['russia', 200000, 'at_most', 'military'], ['ukraine', 13000, 'at_least', 'civilian']]);
  });

  it('strips a possessive country from a region name', () => {
    const [s] = kind(run("Ukraine's military said it struck an ammunition depot in Russia's Belgorod region overnight."), 'strike');
    expect(s).toMatchObject({ attacker: 'ukraine', target: 'russia', targetType: 'military', locations: ['Belgorod region'] });
  });

  it('does not read people moved out of a building as displaced', () => {
    expect(kind(run('Staff evacuated more than 80 patients from the hospital after the blast.'), 'toll')).toEqual([]);
  });
});

describe('strikes in other styles', () => {
  it('reads a wire dateline story without taking the dateline as a party or place', () => {
    const [s] = kind(run('POLTAVA, Ukraine (AP) — A Russian missile slammed into a five-story building in Poltava late Wednesday, killing at least seven people, officials said Thursday.'), 'strike');
    expect(s).toMatchObject({ attacker: 'russia', targetType: 'residential', locations: ['Poltava'], date: '2025-09-17', weapons: ['missile'], killed: 7 });
  });

  it('takes the source\'s own forces as the attacker, not the soldiers they killed', () => {
    const [s] = kind(run('The Russian Defence Ministry claimed its forces had killed up to 300 Ukrainian soldiers in a missile strike on a training ground in the Dnipropetrovsk region on Sunday.'), 'strike');
    expect(s).toMatchObject({ attacker: 'russia', target: 'ukraine', targetType: 'military', killed: 300 });
    expect(kind(run('Two people were killed in a car crash in Lviv on Sunday, police said.'), 'toll')).toEqual([]);
  });

  it('counts a single named victim and the passive voice', () => {
    const [s] = kind(run('Russian artillery shelled residential areas of Kherson overnight, killing a 61-year-old man. A woman was also injured.'), 'strike');
    expect(s).toMatchObject({ attacker: 'russia', targetType: 'residential', date: '2025-09-18', killed: 1, injured: 1 });
  });

  it('takes a later "death toll rose to" over the first count', () => {
    const [s] = kind(run('A Russian missile hit an apartment block in Sumy on Tuesday, killing five people. The toll was raised to eight by rescuers on Wednesday.'), 'strike');
    expect(s).toMatchObject({ killed: 8 });
  });

  it('reads people words between a number and its verb', () => {
    const [s] = kind(run('Russian drones pounded port facilities in Odesa overnight; three dock workers killed, five hurt, the governor said.'), 'strike');
    expect(s).toMatchObject({ targetType: 'port', killed: 3, injured: 5 });
  });

  it('reads an air-defence report over named regions as an attack wave only when something there was hit', () => {
    const report = 'Air defence systems intercepted and destroyed 64 Ukrainian drones over the Bryansk region overnight, the ministry said.';
    expect(kind(run(report), 'strike')).toEqual([]);
    const [s] = kind(run(`${report} Falling debris damaged a warehouse there, the governor said.`), 'strike');
    expect(s).toMatchObject({ attacker: 'ukraine', target: 'russia', locations: ['Bryansk region'], weapons: ['drone'] });
  });

  it('takes no place from a tally of drones downed over several regions', () => {
    const [s] = kind(
      run('Ukrainian drones struck an oil depot in the Voronezh region overnight, the governor said. Air defences destroyed 30 drones over the Bryansk region, 12 over the Kursk region and four over the Belgorod region, the ministry said.'),
      'strike',
    );
    expect(s?.locations).toEqual(['Voronezh region']);
  });

  it('takes the venue a delegation departed for or is on its way to', () => {
    const [t] = kind(run('A Ukrainian delegation departed for Geneva on Monday for a third round of talks with Russia scheduled for Wednesday.'), 'talks');
    expect(t).toMatchObject({ location: 'Geneva', round: 3, status: 'scheduled' });
  });

  it('does not take the attacking units as the target, and prefers a port over its warehouse', () => {
    const [s] = kind(run('Russian troops shelled the city of Nikopol on Monday, wounding two residents.'), 'strike');
    expect(s?.targetType).toBe('unspecified');
    const [p] = kind(run('A Russian missile hit a grain warehouse in the port of Izmail on Monday. There were no casualties.'), 'strike');
    expect(p).toMatchObject({ targetType: 'port', killed: 0, injured: 0 });
  });

  it('reads "set on fire by drones" and "no casualties." as an attack with no victims', () => {
    const [s] = kind(run('An oil depot in the Bryansk region was set on fire by Ukrainian drones early on Thursday. No casualties were reported.'), 'strike');
    expect(s).toMatchObject({ attacker: 'ukraine', targetType: 'energy', killed: 0, injured: 0, date: '2025-09-18' });
  });

  it('dates a time-stamped liveblog entry to the day of publication', () => {
    const [s] = kind(run('Live coverage.\n\n11:30 — Russian glide bombs hit an apartment block in Kharkiv, the governor says.'), 'strike');
    expect(s).toMatchObject({ targetType: 'residential', date: '2025-09-18', weapons: ['glide-bomb'] });
  });

  it('skips sport, tallies of attacks, a war "launched", and all-caps headlines', () => {
    expect(kind(run('Dynamo Kyiv struck twice in the second half to beat Zorya 2-0.'), 'strike')).toEqual([]);
    expect(kind(run('Since January, Ukraine has carried out more than 120 strikes on Russian refineries.'), 'strike')).toEqual([]);
    expect(kind(run('The mission has verified 9,000 deaths since Russia launched its full-scale invasion.'), 'strike')).toEqual([]);
    expect(kind(run('DRONES HIT ODESA PORT, TWO DEAD'), 'strike')).toEqual([]);
  });

  it('keeps victims who are workers, and a "separately" sentence out of the attack', () => {
    const cs = kind(run('Ukrainian drones struck the Saratov refinery overnight. Regional authorities said two workers had been injured. Separately, Kyiv signed a deal on joint drone production.'), 'strike');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ injured: 2, weapons: ['drone'] });
  });
});

describe('talks in other styles', () => {
  it('reads reported future "would meet next week" as scheduled, dated to the month', () => {
    const [t] = kind(run('Envoy Steve Witkoff said American, Russian and Ukrainian negotiators would meet in Istanbul next week.'), 'talks');
    expect(t).toMatchObject({ status: 'scheduled', location: 'Istanbul', date: '2025-09', parties: ['russia', 'ukraine', 'united-states'] });
  });

  it('skips a meeting promised only on a condition', () => {
    expect(kind(run('Peskov said the next round of Russian-Ukrainian negotiations in Istanbul would take place only after Kyiv responded.'), 'talks')).toEqual([]);
  });

  it('does not date a postponed summit by the day it was called off', () => {
    const [t] = kind(run('The Kremlin said on Tuesday that a planned summit between US President Donald Trump and Russian President Vladimir Putin in Budapest had been postponed.'), 'talks');
    expect(t).toMatchObject({ status: 'cancelled', location: 'Budapest', date: null });
  });

  it('reads an exchange reported without a meeting, with both sides released', () => {
    const [t] = kind(run('Ukraine has brought home 205 defenders from Russian captivity, Zelensky said on Tuesday. Russia received the same number of its servicemen. On the same day, Ukraine received the bodies of 900 fallen soldiers, and Russia, in turn, received the bodies of 31 of its servicemen.'), 'talks');
    expect(t).toMatchObject({ parties: ['russia', 'ukraine'], status: 'held', date: '2025-09-16' });
    expect(t!.outcomes).toEqual([
      { type: 'prisoner_exchange', total: 410, released: { ukraine: 205, russia: 205 } },
      { type: 'bodies_repatriated', total: 931 },
    ]);
  });

  it('reads "traded N prisoners each" between capitals', () => {
    const [t] = kind(run('Kyiv and Moscow traded 120 prisoners each on Monday.'), 'talks');
    expect(t?.outcomes[0]).toMatchObject({ type: 'prisoner_exchange', total: 240 });
  });

  it('reads a one-sided release as released per party without a total', () => {
    const [t] = kind(run('Some two hundred Ukrainian servicemen were freed in a swap with Russia at the end of August, Kyiv said.'), 'talks');
    expect(t).toMatchObject({ date: '2025-08', outcomes: [{ type: 'prisoner_exchange', released: { ukraine: 200 } }] });
  });
});
