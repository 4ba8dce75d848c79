import { describe, expect, it } from 'vitest';
import { claimsOfKind } from './test-gazetteer';

/**
 * Shapes of published reporting (UN updates, wires, regional officials) that the rules misread,
 * in our own sentences: counts told as nouns ("the death of N"), a second count told as "those
 * injured", an age group inside a dash aside, a pair whose second half says "others".
 */
const PUB = '2024-01-11T12:00:00Z';
const tolls = (text: string, published = PUB) => claimsOfKind('toll', text, published).map((t) => [t.value, t.party, t.measure, t.bound]);

describe('counts told as nouns', () => {
  it('reads "the death of N civilians and injury to over M others" as killed and wounded', () => {
    expect(tolls('Since early December, the UN human rights office recorded the death of 212 civilians and injury to over 640 others.')).toEqual([
      [212, 'ukraine', 'killed', 'exact'],
      [640, 'ukraine', 'wounded', 'at_least'],
    ]);
  });
  it('gives "and those injured to over M" its own measure, not the first count’s', () => {
    expect(tolls('This brings the confirmed number of civilians killed since the start of the full-scale invasion to more than 11,300 and those injured to over 20,800, the UN said.')).toEqual([
      [11300, 'ukraine', 'killed', 'at_least'],
      [20800, 'ukraine', 'wounded', 'at_least'],
    ]);
  });
  it('keeps the children inside a dash aside as part of the figure', () => {
    expect(tolls('The UN said the number of civilians killed since February 2022 rose to more than 11,300 – including 610 children – and those injured to over 20,800.')).toEqual([
      [11300, 'ukraine', 'killed', 'at_least'],
      [20800, 'ukraine', 'wounded', 'at_least'],
    ]);
  });
});

describe('a pair of counts with a place after both', () => {
  it('gives both halves of "N civilians had been killed and M others wounded in Belgorod" the side of the place', () => {
    expect(tolls('The governor said in April that 131 civilians had been killed and more than 700 others had been wounded in Belgorod since the start of the war.', '2024-05-20T12:00:00Z')).toEqual([
      [131, 'russia', 'killed', 'exact'],
      [700, 'russia', 'wounded', 'at_least'],
    ]);
  });
});

describe('a war’s tally is no attack’s dead', () => {
  const strikes = (text: string) => claimsOfKind('strike', text, '2022-12-02T12:00:00Z');
  it('does not give a strike the soldiers killed over the war', () => {
    const cs = strikes('The general staff said Russian forces kept up rocket attacks on Ukrainian positions on Thursday. An adviser said between 10,000 and 13,000 Ukrainian soldiers had been killed in the nine-month war.');
    expect(cs.every((c) => c.killed === null)).toBe(true);
  });
  it('still reads the dead of "one of the deadliest attacks since the full-scale invasion"', () => {
    const [c] = strikes('A Russian missile hit a market in Kostiantynivka on Wednesday, one of the deadliest attacks since the full-scale invasion, killing 17 people.');
    expect(c).toMatchObject({ killed: 17, locations: ['Kostiantynivka'] });
  });
});

describe('a monitors’ monthly report with its breakdown lines', () => {
  const REPORT = "From 1 to 31 October 2023, the UN human rights office recorded 1,010 civilian casualties in Ukraine:\n\n260 killed (80 men, 60 women and 20 children); and\n\n750 injured (210 men, 190 women and 40 children).\n\nThis included:\n\n200 killed and 600 injured in 90 settlements under Government control (80 per cent of the total); and\n\n60 killed and 150 injured in 8 settlements in occupied parts of Donetsk region (20 per cent of the total).\n\nPer type of weapon/incident:\n\nExplosive weapons with wide area effects: 240 killed and 700 injured (93 per cent);\n\nTotal civilian casualties from 24 February 2022 to 31 October 2023\n\nFrom 24 February 2022 to 31 October 2023, the office recorded 27,000 civilian casualties in Ukraine: 9,900 killed and 17,100 injured.\n\no In Donetsk and Luhansk regions: 15,000 casualties (6,000 killed and 9,000 injured)\n\n On Government-controlled territory: 11,000 casualties (4,500 killed and 6,500 injured)";
  const all = () => claimsOfKind('toll', REPORT, '2023-11-03T12:00:00Z');
  it('keeps the totals and drops the parts listed under "This included:", "Per type of weapon/incident:" and a place label', () => {
    expect(all().map((t) => t.value)).toEqual([1010, 260, 750, 27000, 9900, 17100]);
  });
  it('gives the lines listed under the month’s header the month’s window', () => {
    const [total, killed, injured] = all();
    for (const t of [total, killed, injured]) expect(t).toMatchObject({ scope: 'period', period: 'month', asOf: '2023-10-31', reportedBy: 'UN human rights office' });
  });
});

describe('estimates told as fatalities', () => {
  it('reads "fatalities reached between N and M" and "with fatalities estimated between N and M" as ranges of the dead', () => {
    const ts = claimsOfKind('toll', 'A think tank said Ukrainian forces have sustained between 410,000 and 480,000 total casualties, with fatalities estimated between 75,000 and 95,000. It said Russian battlefield fatalities reached between 230,000 and 260,000.', '2026-01-20T12:00:00Z');
    expect(ts.map((t) => [t.value, t.party, t.population, t.measure, t.bound])).toEqual([
      [410000, 'ukraine', 'military', 'casualties', 'at_least'],
      [480000, 'ukraine', 'military', 'casualties', 'at_most'],
      [75000, 'ukraine', 'military', 'killed', 'at_least'],
      [95000, 'ukraine', 'military', 'killed', 'at_most'],
      [230000, 'russia', 'military', 'killed', 'at_least'],
      [260000, 'russia', 'military', 'killed', 'at_most'],
    ]);
  });
});

describe('a regional official speaks for the side of the place', () => {
  const TEXT =
    'Belgorod Governor Pavel Orlov told the Kremlin that the ground attacks on his region had cost it 14 villages. Orlov said 15 civilians have been killed and 98 injured as a result of the fighting. Some 40,000 residents have been evacuated.';
  it('counts the governor’s civilians, and those evacuated after them, as his side’s', () => {
    expect(claimsOfKind('toll', TEXT, '2024-08-14T12:00:00Z').map((t) => [t.value, t.party, t.measure, t.reportedBy])).toEqual([
      [15, 'russia', 'killed', 'Orlov'],
      [98, 'russia', 'wounded', 'Orlov'],
      [40000, 'russia', 'displaced', 'Orlov'],
    ]);
  });
  it('takes ground attacks and the dead of fighting for no strike', () => {
    expect(claimsOfKind('strike', TEXT, '2024-08-14T12:00:00Z')).toEqual([]);
  });
});

describe('a host that chairs the table', () => {
  it('leaves Türkiye out of the sides when it chairs, though the opening listed its delegation', () => {
    const [c] = claimsOfKind('talks', 'A trilateral meeting between delegations from Türkiye, Russia and Ukraine opened on Monday at a palace in Istanbul. The session was chaired by Turkish Foreign Minister Hakan Fidan.', '2025-06-02T12:00:00Z');
    expect(c).toMatchObject({ parties: ['russia', 'ukraine'], location: 'Istanbul', status: 'held' });
  });
  it('keeps the United States at the table when it mediates a trilateral round', () => {
    const [c] = claimsOfKind('talks', 'Trilateral talks between Ukraine, Russia and the United States opened in Abu Dhabi on Friday. The talks were mediated by the United States.', '2026-01-23T12:00:00Z');
    expect(c?.parties).toEqual(['russia', 'ukraine', 'united-states']);
  });
});

describe('the attacker’s word for its aim', () => {
  it('does not take "Russia said it targeted military and energy facilities" for what was hit', () => {
    const [c] = claimsOfKind('strike', 'Russian missiles hit 12 Ukrainian regions on Monday morning, including the capital Kyiv, killing at least 11 people. Russia said it targeted military and energy facilities.', '2022-10-11T06:00:00Z');
    expect(c).toMatchObject({ attacker: 'russia', targetType: 'unspecified', killed: 11, locations: ['Kyiv'] });
  });
});

describe('where the 2022 rounds were held', () => {
  const talks = (text: string) => claimsOfKind('talks', text, '2022-03-04T12:00:00Z');
  it('names the venue a round’s region is named for ("took place in the Gomel region")', () => {
    const [c] = talks('On February 28, the first round of Russian-Ukrainian talks took place in the Gomel region and lasted five hours.');
    expect(c).toMatchObject({ location: 'Gomel', round: 1, parties: ['russia', 'ukraine'], date: '2022-02-28' });
  });
  it('takes the place the talks were held, not the place they were about', () => {
    const [c] = talks('On February 28, negotiations between Russia and Ukraine aimed at settling the situation in Kyiv took place in Gomel, Belarus.');
    expect(c).toMatchObject({ location: 'Gomel', parties: ['russia', 'ukraine'] });
  });
  it('reads "have commenced a second round of negotiations in Belovezhskaya Pushcha" as a round held there', () => {
    const [c] = talks('The delegations of Russia and Ukraine have commenced a second round of negotiations in Belovezhskaya Pushcha, Belarus.');
    expect(c).toMatchObject({ location: 'Belovezhskaya Pushcha', round: 2, status: 'held', parties: ['russia', 'ukraine'] });
  });
});

describe('one wave across the country', () => {
  it('keeps a dated wave with its dead though it names no place ("one of its largest aerial attacks ... across Ukraine")', () => {
    const [c, ...rest] = claimsOfKind('strike', 'On 29 December, Russia launched one of its largest aerial attacks of the war, killing at least 41 people and injuring more than 160 across Ukraine.', '2024-01-02T12:00:00Z');
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ attacker: 'russia', locations: [], date: '2023-12-29', killed: 41, injured: 160 });
  });
  it('still takes a day’s tally across the country for no attack', () => {
    expect(claimsOfKind('strike', 'Russian attacks killed 12 civilians across Ukraine over the past day, regional officials said.', '2024-01-02T12:00:00Z')).toEqual([]);
  });
});

describe('a plan told twice, and a meeting told as discussions held', () => {
  const TEXT =
    'Key Developments: the US envoy Steve Witkoff will meet Ukraine’s security chief Rustem Umerov in Miami.\n\nDec. 4 — The White House said Witkoff will meet Umerov in Miami on Thursday.';
  it('gives one scheduled meeting with its day, and no participant from a label', () => {
    const cs = claimsOfKind('talks', TEXT, '2025-12-04T12:00:00Z');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ location: 'Miami', status: 'scheduled', date: '2025-12-04', parties: ['ukraine', 'united-states'] });
    expect(cs[0]!.participants).not.toContain('Developments');
  });
  it('reads "discussions X and Y held with Putin in Moscow on Tuesday" as a meeting there', () => {
    const [c] = claimsOfKind('talks', 'Trump told reporters that discussions Witkoff and Jared Kushner held with Russian President Vladimir Putin in Moscow on Tuesday went well.', '2025-12-04T12:00:00Z');
    expect(c).toMatchObject({ location: 'Moscow', status: 'held', date: '2025-12-02', parties: ['russia', 'united-states'] });
  });
});

describe('where the speaker spoke is not where they met', () => {
  it('reads ", says Zelenskyy at a press conference following the summit in Vilnius" as the speaker, the meeting in Istanbul', () => {
    const [c, ...rest] = claimsOfKind('talks', 'The Ukrainian and Russian delegations agreed on a new prisoner exchange at a meeting in Istanbul on June 2, says President Volodymyr Zelenskyy at a press conference following the NATO summit in Vilnius.', '2025-06-03T12:00:00Z');
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ location: 'Istanbul', date: '2025-06-02', parties: ['russia', 'ukraine'] });
    expect(c!.outcomes.map((o) => o.type)).toEqual(['prisoner_exchange']);
  });
  it('reads "an exchange in the 1,000-for-1,000 format" as a thousand released by each side', () => {
    const [c] = claimsOfKind('talks', 'At the negotiations on May 16, the Ukrainian and Russian delegations agreed on a large prisoner exchange in the 1,000-for-1,000 format.', '2025-06-03T12:00:00Z');
    expect(c!.outcomes[0]).toMatchObject({ type: 'prisoner_exchange', total: 2000, released: { ukraine: 1000, russia: 1000 } });
  });
});

describe('running totals and ranges told in other words', () => {
  it('reads "..., bringing the total to N" as the running total of the day’s count', () => {
    const ts = claimsOfKind('toll', 'Russia lost 1,020 soldiers over the past 24 hours, according to the General Staff, bringing the total to 402,310.', '2024-02-20T12:00:00Z');
    expect(ts.map((t) => [t.value, t.party, t.measure, t.scope])).toEqual([
      [1020, 'russia', 'casualties', 'period'],
      [402310, 'russia', 'casualties', 'cumulative'],
    ]);
  });
  it('reads "the number of Russians who died ... is from 40 to 55 thousand" as a range', () => {
    const ts = claimsOfKind('toll', 'The number of Russians who died in the war before the start of Ukraine’s summer offensive is from 45 to 60 thousand, the outlets estimated.', '2023-07-10T12:00:00Z');
    expect(ts.map((t) => [t.value, t.party, t.measure, t.bound])).toEqual([
      [45000, 'russia', 'killed', 'at_least'],
      [60000, 'russia', 'killed', 'at_most'],
    ]);
  });
});

describe('a timeline of dated entries', () => {
  const TEXT =
    'Feb. 27, Sunday: An oil depot in Zhytomyr caught fire after being hit by Russian missiles.\n\nFeb. 28, Monday: At least 152 people have been killed and hundreds have been wounded, officials said.';
  it('dates an entry by its own day, not by the weekday after it', () => {
    const [c] = claimsOfKind('strike', TEXT, '2022-03-07T12:00:00Z');
    expect(c).toMatchObject({ attacker: 'russia', date: '2022-02-27', locations: ['Zhytomyr'] });
  });
  it('does not give the next day’s count to the attack of the entry before', () => {
    const [c] = claimsOfKind('strike', TEXT, '2022-03-07T12:00:00Z');
    expect(c?.killed).toBeNull();
  });
});

describe('a country’s military as the source of a daily count', () => {
  it('files "Kyiv’s military said" under the General Staff, "in a single day" as the day’s count', () => {
    const [t] = claimsOfKind('toll', 'Russia lost 1,040 troops in a single day, Kyiv’s military said in an update on Tuesday.', '2024-01-23T12:00:00Z');
    expect(t).toMatchObject({ value: 1040, party: 'russia', reporterId: 'ua-general-staff', scope: 'period', period: 'day' });
  });
  it('files "Russia’s military said" under the Russian Defence Ministry', () => {
    const [t] = claimsOfKind('toll', 'Ukraine lost more than 1,500 troops over the past week, Russia’s military said on Sunday.', '2024-01-23T12:00:00Z');
    expect(t).toMatchObject({ value: 1500, party: 'ukraine', reporterId: 'ru-defence-ministry', scope: 'period', period: 'week' });
  });
});

describe('one city in two entries of a timeline', () => {
  it('keeps the attacks on one city on two dated days apart, each with its own day', () => {
    const cs = claimsOfKind(
      'strike',
      'Feb. 24, Thursday: Russian missiles struck targets in Zhytomyr before dawn.\n\nMarch 1, Tuesday: A missile hit the main square in Kharkiv, killing at least 10 people. Four more people were killed when a Russian missile struck a television tower in Zhytomyr.',
      '2022-03-07T12:00:00Z',
    );
    const zhytomyr = cs.filter((c) => c.locations.includes('Zhytomyr'));
    expect(zhytomyr.map((c) => [c.date, c.killed])).toEqual([
      ['2022-02-24', null],
      ['2022-03-01', 4],
    ]);
  });
});

describe('a capital in the possessive', () => {
  it('does not take "in Moscow’s hands" for where US–Ukraine talks in Jeddah were held', () => {
    const cs = claimsOfKind(
      'talks',
      'LONDON — The chances of a ceasefire between Russia and Ukraine are “in Moscow’s hands,” an adviser to the Ukrainian president said following successful U.S.-Ukraine talks in Saudi Arabia on Tuesday.\n\nThe Ukrainian delegation met American representatives in Jeddah, where both teams agreed to pursue a 30-day ceasefire.',
      '2025-03-12T12:00:00Z',
    );
    expect(cs.map((c) => c.location)).toEqual(['Jeddah']);
  });
});

describe('an accused capital, an Oxford comma, and drones shot down', () => {
  const TEXT =
    'Russian officials accused Kyiv of carrying out the attack, which took place the day after a day-long aerial bombardment across Ukraine killed at least 41 civilians. Russian drone attacks on Ukraine continued on Saturday, with the General Staff reporting that 12 drones had been shot down over the Kherson, Khmelnytskyi, and Mykolaiv regions.';
  const cs = () => claimsOfKind('strike', TEXT, '2023-12-30T12:00:00Z');
  it('does not place an attack in the capital that is accused of it', () => {
    expect(cs().some((c) => c.locations.includes('Kyiv'))).toBe(false);
  });
  it('reads "Khmelnytskyi, and Mykolaiv regions" as two regions, and gives the drones shot down no one’s dead', () => {
    for (const c of cs()) {
      expect(c.locations).not.toContain('and Mykolaiv region');
      expect(c.killed).not.toBe(41);
    }
  });
});

describe('counted since a recent day', () => {
  it('reads "Since 29 December, the office recorded the death of N" as a window, not the running total', () => {
    const [t] = claimsOfKind('toll', 'Since 29 December, the UN human rights office recorded the death of 131 civilians.', '2024-01-11T12:00:00Z');
    expect(t).toMatchObject({ value: 131, scope: 'period', period: 'other', reporterId: 'un-hrmmu' });
  });
});

describe('an aide to a leader speaks, not the leader', () => {
  it('does not file "a top adviser to President Zelensky cited ..." under Zelensky', () => {
    const ts = claimsOfKind('toll', 'A top adviser to Ukraine’s President Volodymyr Zelensky cited military chiefs as saying 11,000 to 14,000 Ukrainian soldiers had been killed.', '2022-12-02T12:00:00Z');
    expect(ts.map((t) => t.value)).toEqual([11000, 14000]);
    for (const t of ts) expect(t.reportedBy).not.toBe('Zelensky');
  });
  it('still files what Zelensky says under Zelensky', () => {
    const [t] = claimsOfKind('toll', 'Ukraine’s President Volodymyr Zelensky said 31,000 Ukrainian soldiers had been killed.', '2024-02-26T12:00:00Z');
    expect(t?.reportedBy).toBe('Zelensky');
  });
});

describe('a strike report updated', () => {
  it('reads "N people sustained injuries" and lets an "Updated (18:59):" line replace the counts', () => {
    const [c, ...rest] = claimsOfKind(
      'strike',
      'As of 13:15, 21 people were killed by a Russian missile strike on Dnipro, the emergency service reported.\n\nDetails: 64 people sustained injuries, including 11 children.\n\nUpdated (18:59): a regional official said on air that 29 dead and 73 injured are already known.',
      '2023-01-15T12:00:00Z',
    );
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ locations: ['Dnipro'], killed: 29, injured: 73 });
  });
});

describe('what the strike hit, told by what it destroyed', () => {
  it('reads "N apartments were completely destroyed" after a strike told without its target as a hit on homes', () => {
    const [c] = claimsOfKind('strike', 'A Russian missile strike on Dnipro killed 19 people on Saturday.\n\nSource: the city council.\n\nIn the block, 60 apartments were completely destroyed and more than 200 were damaged.', '2023-01-15T12:00:00Z');
    expect(c).toMatchObject({ locations: ['Dnipro'], targetType: 'residential', killed: 19 });
  });
});

describe('civilian targets of no type of their own in a list', () => {
  it('leaves "residential buildings, schools, and vehicles" unspecified', () => {
    const [c] = claimsOfKind('strike', 'Russian forces launched an overnight drone attack on Odesa. The governor said the strikes damaged civilian infrastructure, including residential buildings, schools, and vehicles.', '2025-04-22T12:00:00Z');
    expect(c).toMatchObject({ locations: ['Odesa'], targetType: 'unspecified' });
  });
  it('keeps residential buildings alone residential', () => {
    const [c] = claimsOfKind('strike', 'Russian drones hit residential buildings in Odesa overnight, injuring three.', '2025-04-22T12:00:00Z');
    expect(c).toMatchObject({ targetType: 'residential' });
  });
});

describe('occupied towns in Russian spelling', () => {
  it('reads "Lisichansk came under fire from the Ukrainian Armed Forces ... The impact killed 28" as an attack on the town', () => {
    const [c] = claimsOfKind('strike', 'Lisichansk came under fire from the Ukrainian Armed Forces on the evening of February 3. The impact killed 26 people, including a child.', '2024-02-05T12:00:00Z');
    expect(c).toMatchObject({ attacker: 'ukraine', locations: ['Lisichansk'], killed: 26, date: '2024-02-03' });
  });
  it('does not place an attack in the capital weapons were supplied to', () => {
    const cs = claimsOfKind('strike', 'Ukrainian forces shelled Donetsk with rockets fired from HIMARS launchers supplied to Kiev by Washington, killing three men.', '2024-06-23T12:00:00Z');
    expect(cs.flatMap((c) => c.locations)).toEqual(['Donetsk']);
  });
});

describe('an energy truce told in the Kremlin’s words', () => {
  it('reads "agreed to a 30-day renunciation of strikes on the energy sector" after a call as an energy truce', () => {
    const [c] = claimsOfKind('talks', 'Following a conversation between Trump and Putin, Putin agreed to a mutual 30-day renunciation of strikes on the energy sector.', '2025-03-18T12:00:00Z');
    expect(c).toMatchObject({ parties: ['russia', 'united-states'] });
    expect(c!.outcomes.map((o) => o.type)).toEqual(['energy_truce']);
  });
});

describe('a chair told later', () => {
  it('leaves Türkiye out of the sides when a later sentence says the talks will be chaired by its foreign minister', () => {
    const [c] = claimsOfKind('talks', 'A trilateral meeting between delegations from Türkiye, Russia and Ukraine began on Monday at a palace in Istanbul.\n\nThe talks will be chaired by Turkish Foreign Minister Hakan Fidan.', '2025-06-02T12:00:00Z');
    expect(c?.parties).toEqual(['russia', 'ukraine']);
  });
});

describe('a venue as the wires write it', () => {
  it('names the city "St. Petersburg" with or without the full stop', () => {
    for (const spelling of ['St Petersburg', 'St. Petersburg']) {
      const [c] = claimsOfKind('talks', `US envoy Steve Witkoff met Russian President Vladimir Putin in ${spelling} on Friday.`, '2025-04-11T12:00:00Z');
      expect(c?.location).toBe('St. Petersburg');
    }
  });
});

describe('what was hit, not who is named', () => {
  it('does not take "Ukraine’s military was responsible" for a military target', () => {
    const [c] = claimsOfKind('strike', 'Shelling of a market in Donetsk killed 25 people on Sunday; authorities in Donetsk claim that Ukraine’s military was responsible for the attack.', '2024-01-21T12:00:00Z');
    expect(c?.targetType).not.toBe('military');
  });
  it('takes a restaurant frequented by soldiers for no military target', () => {
    const [c] = claimsOfKind('strike', 'A Russian missile struck a restaurant in Kramatorsk on Tuesday evening, killing 11 people. The eatery was frequented by journalists, aid workers and soldiers.', '2023-06-28T12:00:00Z');
    expect(c).toMatchObject({ locations: ['Kramatorsk'], targetType: 'unspecified', killed: 11 });
  });
  it('still reads "struck military facilities" as a military target', () => {
    const [c] = claimsOfKind('strike', 'Russian missiles struck military facilities near Lviv overnight, the regional governor said.', '2024-03-01T12:00:00Z');
    expect(c?.targetType).toBe('military');
  });
});

describe('calls, captions and the meeting before', () => {
  const pub = '2025-03-24T12:00:00Z';
  it('gives no talks for "held separate phone talks with Putin and Zelensky" that produced nothing', () => {
    expect(claimsOfKind('talks', 'Last week, U.S. President Donald Trump held separate phone talks with Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky.', pub)).toEqual([]);
  });
  it('keeps phone talks that agreed an energy truce', () => {
    const [c] = claimsOfKind('talks', 'Trump held phone talks with Putin on Tuesday, and the two agreed to a 30-day halt to strikes on energy infrastructure.', pub);
    expect(c!.outcomes.map((o) => o.type)).toEqual(['energy_truce']);
  });
  it('does not give "a meeting between the US and Ukraine in Saudi Arabia" the city of the talks told before', () => {
    const cs = claimsOfKind('talks', 'U.S. and Russian delegations held a new round of talks in Riyadh on Monday. The talks follow a meeting between the United States and Ukraine in Saudi Arabia on Sunday.', pub);
    expect(cs.map((c) => [c.parties, c.location])).toEqual([
      [['russia', 'united-states'], 'Riyadh'],
      [['ukraine', 'united-states'], null],
    ]);
  });
  it('takes a caption’s "the hotel that is to host the talks" for the round held there that day', () => {
    const cs = claimsOfKind(
      'talks',
      'U.S. and Russian delegations held a new round of talks in Riyadh on Monday, March 24.\n\nA still from a video shows the Ritz-Carlton hotel in Riyadh that is to host Russia-U.S. talks on March 24.',
      pub,
    );
    expect(cs.map((c) => [c.status, c.location, c.date])).toEqual([['held', 'Riyadh', '2025-03-24']]);
  });
});

describe('weapons described, not used', () => {
  it('gives no strike for missiles "which the Russians use for massive bombardment of the Kharkiv region"', () => {
    expect(claimsOfKind('strike', 'Sources said the plane was carrying a batch of missiles for the S-300 air defense system, which the Russians use for massive bombardment of the Kharkiv region.', '2024-01-31T12:00:00Z')).toEqual([]);
  });
  it('does not take "an air defense system firing a missile" for a military target', () => {
    const cs = claimsOfKind('strike', 'Ukrainian drones attacked Kursk overnight, the governor said. A video appeared to show an air defense system firing a missile into the sky.', '2023-06-01T12:00:00Z');
    for (const c of cs) expect(c.targetType).not.toBe('military');
  });
});

describe('one exchange told in the headline and the body', () => {
  it('gives one exchange with both sides’ counts and its day', () => {
    const cs = claimsOfKind(
      'talks',
      '211 Ukrainians and 236 Russians released in United Arab Emirates-mediated deal\n\nUkraine and Russia have carried out what officials hail as their largest prisoner exchange of the war. The swap, facilitated by the United Arab Emirates, saw 211 Ukrainian prisoners released from Russian captivity, with Ukraine releasing 236 Russians in return.\n\nZelensky shared the news on social media. This marks the first major prisoner exchange since August.',
      '2024-01-03T12:00:00Z',
    );
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ parties: ['russia', 'ukraine'], date: '2024-01-03' });
    expect(cs[0]!.outcomes[0]).toMatchObject({ type: 'prisoner_exchange', released: { ukraine: 211, russia: 236 }, total: 447 });
  });
});

describe('a bare military as the source of the other side’s losses', () => {
  it('files "according to the military’s latest casualty toll of Russian troops" under Ukraine’s General Staff', () => {
    const ts = claimsOfKind('toll', 'Moscow lost 1,010 soldiers over the past 24 hours, according to the military’s latest casualty toll of Russian troops, bringing the total to 401,290.', '2024-02-19T12:00:00Z');
    expect(ts.map((t) => [t.value, t.reporterId])).toEqual([
      [1010, 'ua-general-staff'],
      [401290, 'ua-general-staff'],
    ]);
  });
});

describe('the day the war began, and months listed after a year', () => {
  const TEXT =
    'On the eve of the anniversary of the full-scale invasion, launched on 24 February 2022, the UN monitoring mission reported 29,800 civilian casualties, including 10,310 dead. Deaths were highest early on, with 4,100 deaths in March 2022, 820 fatalities in April, and fewer later.';
  const ts = () => claimsOfKind('toll', TEXT, '2024-02-22T12:00:00Z');
  it('dates the running total by the report, not by the day the invasion began', () => {
    expect(ts().find((t) => t.value === 10310)).toMatchObject({ asOf: '2024-02-22', scope: 'cumulative' });
  });
  it('gives "820 fatalities in April" after "in March 2022" the year 2022', () => {
    expect(ts().find((t) => t.value === 820)).toMatchObject({ asOf: '2022-04', scope: 'period' });
  });
});

describe('earlier rounds recalled, and a visit before the next round', () => {
  const pub = '2025-10-31T12:00:00Z';
  it('gives one claim per earlier round listed ("The three previous rounds, held in Istanbul on ..."), with the series’ own sides', () => {
    const cs = claimsOfKind(
      'talks',
      'Medinsky will lead the Russian delegation at the fourth round of Russian-Ukrainian negotiations in Istanbul, scheduled for November 4, the Kremlin said. A US envoy is expected to attend as an observer, officials said.\n\nThe three previous rounds, held in Istanbul on May 16, June 2 and July 23, were each led on the Russian side by Medinsky.',
      pub,
    );
    const held = cs.filter((c) => c.status === 'held');
    expect(held.map((c) => [c.date, c.location, c.parties])).toEqual([
      ['2025-05-16', 'Istanbul', ['russia', 'ukraine']],
      ['2025-06-02', 'Istanbul', ['russia', 'ukraine']],
      ['2025-07-23', 'Istanbul', ['russia', 'ukraine']],
    ]);
  });
  it('keeps the sides of the next round, told as "a week before negotiators are due to sit down again", out of a visit', () => {
    const [c] = claimsOfKind('talks', 'U.S. special envoy Keith Kellogg met President Volodymyr Zelensky in Kyiv on Wednesday, a week before Russian and Ukrainian negotiators are due to sit down again in Istanbul.', '2025-10-29T12:00:00Z');
    expect(c).toMatchObject({ location: 'Kyiv', parties: ['ukraine', 'united-states'] });
  });
});

describe('a live blog’s entries on two sides', () => {
  it('does not give the Kyiv entry the attacker of the entry about an occupied town before it', () => {
    const cs = claimsOfKind(
      'strike',
      '16:15 — Occupied Nova Kakhovka: the Russian-installed head of the town claims a Ukrainian drone hit a passenger bus on Tuesday afternoon, killing two people and injuring five.\n\n14:30 — Kyiv: the death toll from Tuesday’s strike on the apartment block in Solomianskyi district has risen to six, the city administration says. 25 people were injured.',
      '2026-01-21T18:45:00Z',
    );
    const kyiv = cs.find((c) => c.locations.includes('Kyiv'));
    expect(kyiv).toMatchObject({ attacker: 'russia', target: 'ukraine', killed: 6, injured: 25 });
  });
});

describe('the wounded in hospital', () => {
  it('does not take "14 of them are still in hospitals" for a hit on healthcare', () => {
    const [c] = claimsOfKind('strike', 'A Russian missile hit an apartment building in Dnipro on the night of 14 October. Nine people were killed and 31 injured, 14 of them are still in hospitals, the governor said.', '2025-10-16T08:05:00Z');
    expect(c?.targetType).not.toBe('healthcare');
  });
  it('still reads a missile that hit a hospital as a hit on healthcare', () => {
    const [c] = claimsOfKind('strike', 'A Russian missile hit a children’s hospital in Kyiv on Monday, injuring 16 people.', '2024-07-09T12:00:00Z');
    expect(c?.targetType).toBe('healthcare');
  });
});

describe('the capital under its dateline, and the lede’s deaths told again', () => {
  it('places "In the capital, a drone hit a residential building" in Kyiv under a KYIV dateline, as a hit on homes', () => {
    const cs = claimsOfKind(
      'strike',
      'KYIV — Russia launched a large air attack overnight into Tuesday, targeting power plants in western Ukraine and killing three people in Kyiv, officials said.\n\nIn the capital, a missile fragment and a drone hit a residential building in the Solomianskyi district, killing three people and injuring 19, the mayor said.\n\nIn the western regions of Lviv and Rivne, drones struck energy facilities, the grid operator said.',
      '2026-01-20T12:10:00Z',
    );
    const kyiv = cs.find((c) => c.locations.includes('Kyiv'));
    expect(kyiv).toMatchObject({ attacker: 'russia', targetType: 'residential', killed: 3, injured: 19 });
    expect(cs.filter((c) => c.attacker === null)).toEqual([]);
  });
});
