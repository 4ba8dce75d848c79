import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';
import { aboutAnAttack, groundFighting, historical, interceptOnly, notOneAttack, placelessDoubt, wideTally } from './strike-abstain';
import type { StrikeClaim } from './types';
import { testGazetteer } from './test-gazetteer';

// Sentences written for these specs: reports that read like an attack but give no one attack to show.
const PUB = '2026-03-10T10:00:00Z'; // a Tuesday
const run = (text: string) => extractClaims({ id: 't', published: PUB, text }, testGazetteer());
const strikes = (cs: ExtractedClaim[]) => cs.filter((c) => c.kind === 'strike');

const claim = (over: Partial<StrikeClaim>): StrikeClaim => ({
  kind: 'strike',
  attacker: 'russia',
  target: 'ukraine',
  targetType: 'unspecified',
  locations: [],
  date: null,
  weapons: [],
  killed: null,
  injured: null,
  ...over,
});

describe('strike abstention predicates', () => {
  it('doubts a placeless attack unless it has its own day and casualties, and is no tally', () => {
    const day = { y: 2026, m: 3, d: 9 };
    expect(placelessDoubt(claim({}), day, 'Russian troops attacked positions.')).toBe(true);
    expect(placelessDoubt(claim({ killed: 3 }), null, 'A strike killed three.')).toBe(true);
    expect(placelessDoubt(claim({ killed: 3 }), day, 'Shelling killed three people across Ukraine over the past day.')).toBe(true);
    expect(placelessDoubt(claim({ killed: 3 }), day, 'A missile hit a training ground on Monday, killing three soldiers.')).toBe(false);
    expect(placelessDoubt(claim({ locations: ['Sumy'] }), null, 'Drones hit Sumy.')).toBe(false);
    expect(placelessDoubt(claim({ targetType: 'military' }), day, 'Missiles struck arms depots on Monday.')).toBe(true);
  });

  it('drops an air-defence report only when nothing was hit or hurt', () => {
    expect(interceptOnly(claim({ locations: ['Kursk region'] }), true)).toBe(true);
    expect(interceptOnly(claim({ locations: ['Kursk region'], injured: 0, killed: 0 }), true)).toBe(true);
    expect(interceptOnly(claim({ locations: ['Kursk region'], injured: 2 }), true)).toBe(false);
    expect(interceptOnly(claim({ locations: ['Kursk region'], targetType: 'energy' }), true)).toBe(false);
    expect(interceptOnly(claim({ locations: ['Kursk region'] }), false)).toBe(false);
  });

  it('knows an attack remembered or dated long before the article', () => {
    const pub = { y: 2026, m: 3, d: 10 };
    expect(historical({ y: 2026, m: 3, d: 9 }, pub, 'People gathered to mark the anniversary of the raid.')).toBe(true);
    expect(historical({ y: 2024, m: 11, d: 2 }, pub, 'A missile hit the station.')).toBe(true);
    expect(historical({ y: 2025, m: 12 }, pub, 'Drones last hit the refinery in December.')).toBe(false);
    expect(historical(null, pub, 'Drones hit the refinery.')).toBe(false);
  });

  it('dates an attack with no day by the months its sentence names', () => {
    const pub = { y: 2026, m: 3, d: 10 };
    expect(historical(null, pub, 'A missile hit the city in October 2024.', [{ y: 2024, m: 10 }])).toBe(true);
    expect(historical(null, pub, 'A missile hit the city in February.', [{ y: 2026, m: 2 }])).toBe(false);
    expect(historical(null, pub, 'A missile hit the city.', [])).toBe(false);
  });

  it('knows many attacks counted, a habit, or a test from one attack', () => {
    const none = claim({ locations: ['Sumy'] });
    expect(notOneAttack(none, null, 'Troops shelled the villages 57 times on Sunday.')).toBe(true);
    expect(notOneAttack(none, null, 'The port is regularly hit by drones.')).toBe(true);
    expect(notOneAttack(none, null, 'After months of strikes on the grid, blackouts are common.')).toBe(true);
    expect(notOneAttack(none, null, 'The navy test-fired a cruise missile in the Barents Sea.')).toBe(true);
    expect(notOneAttack(none, null, 'Drones hit the depot three times overnight.')).toBe(false);
    expect(notOneAttack(none, { y: 2026, m: 3, d: 9 }, 'Troops made 388 artillery attacks on 14 villages over the past day.')).toBe(true);
    const deadly = claim({ locations: ['Sumy'], killed: 9 });
    expect(notOneAttack(deadly, { y: 2026, m: 3, d: 9 }, 'A missile killed nine on Monday, days after the city was hit repeatedly.')).toBe(false);
  });

  it('knows ground fighting from a strike by its weapons, casualties and target', () => {
    expect(groundFighting(claim({ targetType: 'military', locations: ['Toretsk'] }), 'Troops attacked positions near Toretsk.')).toBe(true);
    expect(groundFighting(claim({ targetType: 'military', weapons: ['artillery'] }), 'Artillery attacked positions near Toretsk.')).toBe(false);
    expect(groundFighting(claim({ targetType: 'military', killed: 2 }), 'An assault near Toretsk killed two.')).toBe(false);
    expect(groundFighting(claim({ targetType: 'residential' }), 'Troops stormed a village and shelled homes.')).toBe(false);
  });

  it('knows an attack told as the subject of a trial or an inquiry', () => {
    expect(aboutAnAttack(null, 'A court jailed the crew over the strike on the station.')).toBe(true);
    expect(aboutAnAttack({ y: 2026, m: 3, d: 9 }, 'Investigators are at the site of the strike that hit the station on Monday.')).toBe(false);
  });

  it('tells a day-wide or country-wide toll from one attack’s', () => {
    expect(wideTally("The day's toll across the country stood at 140.")).toBe(true);
    expect(wideTally('The death toll in the city rose to nine.')).toBe(false);
  });
});

describe('strike abstention in extraction', () => {
  it('gives no strike for an air-defence report with nothing hit', () => {
    expect(strikes(run('Air defence crews downed 31 drones over the Belgorod and Kursk regions overnight, the Russian Defence Ministry said.'))).toEqual([]);
    expect(strikes(run('Ukrainian air defence intercepted three cruise missiles over the Kyiv region late on Monday; no damage was reported.'))).toEqual([]);
  });

  it('keeps a wave counted in drones when the next sentence says where it hit', () => {
    const cs = strikes(run('Russia sent 88 drones against Ukraine overnight, and 70 were downed, the air force said. Hits were recorded in the Sumy region.'));
    expect(cs).toEqual([expect.objectContaining({ attacker: 'russia', locations: ['Sumy region'] })]);
  });

  it('gives no strike for drones only on their way somewhere', () => {
    expect(strikes(run('Late on Monday the air force tracked groups of strike drones flying toward the Chernihiv and Sumy regions.'))).toEqual([]);
  });

  it('gives no strike for front-line fighting counted over a day, or a country-wide toll', () => {
    expect(strikes(run('Russian units assaulted Ukrainian lines 140 times in the past day, the General Staff said.'))).toEqual([]);
    expect(strikes(run('Russian shelling killed nine civilians across Ukraine over the past day, governors said.'))).toEqual([]);
  });

  it('does not give one attack the toll of a whole day', () => {
    const [s] = strikes(run("Russian drones hit a grain terminal in Izmail on Monday, injuring three workers. By night the day's toll across the country stood at 205, officials said."));
    expect(s).toMatchObject({ locations: ['Izmail'], injured: 3, killed: null });
  });

  it('gives no strike for a threat, a warning or a plan', () => {
    expect(strikes(run("Russia is readying a massive strike on Kyiv's power plants, Zelensky warned on Monday."))).toEqual([]);
    expect(strikes(run('The air force warned of a high risk of a Russian missile attack on Lviv on Monday night.'))).toEqual([]);
  });

  it('gives no strike for a hit denied, expected, or only within reach', () => {
    expect(strikes(run('No drones hit Uzhhorod overnight, the governor said, though the alert lasted three hours.'))).toEqual([]);
    expect(strikes(run("Russia has not struck Kyiv's bridges since the autumn, officials noted."))).toEqual([]);
    expect(strikes(run('Residents of Odesa braced for an expected Russian drone attack on the port.'))).toEqual([]);
    expect(strikes(run("Kyiv's capacity to hit refineries in Tuapse has grown, analysts wrote."))).toEqual([]);
    expect(strikes(run('Zelensky asked allies to help Ukraine strike airfields near Moscow.'))).toEqual([]);
  });

  it('gives no strike for an attack remembered on its anniversary', () => {
    expect(strikes(run('Residents of Dnipro laid flowers on Monday to mark the anniversary of the 2023 missile strike on a block of flats that killed 46.'))).toEqual([]);
  });

  it('gives no strike for attacks counted over days, a habit, a weapons test or an attack years ago', () => {
    expect(strikes(run('Russian artillery shelled 11 villages in the Kharkiv region 73 times over the weekend, the governor said.'))).toEqual([]);
    expect(strikes(run('In the Zaporizhzhia region, Russian forces carried out 388 attacks on 14 settlements over the past day, the governor said.'))).toEqual([]);
    expect(strikes(run('Odesa has been struck repeatedly by Russian drones since the summer.'))).toEqual([]);
    expect(strikes(run('Russia test-fired a new ballistic missile at a range in the Arkhangelsk region on Monday.'))).toEqual([]);
    expect(strikes(run('Russia fired a hypersonic missile at Dnipro in October 2024.'))).toEqual([]);
  });

  it('gives no strike for ground fighting, a trial over an old attack, or sirens where nothing hit', () => {
    expect(strikes(run('Russian troops attacked Ukrainian positions near Huliaipole on Monday but were beaten back.'))).toEqual([]);
    expect(strikes(run('Moscow said it had repelled a Ukrainian attack near Kupiansk on Monday.'))).toEqual([]);
    expect(strikes(run('A court in Kyiv charged a Russian officer over the missile strike on the Kramatorsk railway station.'))).toEqual([]);
    expect(strikes(run('Sirens sounded in Kyiv as Russia launched ballistic missiles from Crimea, the air force said.'))).toEqual([]);
  });

  it('gives no strike for a month\'s tally of casualties from many attacks', () => {
    expect(strikes(run('The UN mission confirmed that in February 2026, at least 610 civilians were killed or injured as a result of Russian strikes.'))).toEqual([]);
  });

  it('keeps a deadly attack with its day though its sentence recalls earlier attacks', () => {
    const [s] = strikes(run('A Russian missile strike on Kryvyi Rih killed nine people on Monday, days after the city was hit repeatedly by drones.'));
    expect(s).toMatchObject({ locations: ['Kryvyi Rih'], killed: 9, date: '2026-03-09' });
  });

  it('keeps a plain hit with its place and day', () => {
    const [s] = strikes(run('Russian missiles struck a thermal power plant in Sumy on Monday night, killing two workers.'));
    expect(s).toMatchObject({ attacker: 'russia', targetType: 'energy', locations: ['Sumy'], killed: 2 });
  });
});
