import { describe, expect, it } from 'vitest';
import { claimsOfKind } from './test-gazetteer';

// Own sentences, written after the shapes seen in published reporting (wire copy, bulletins,
// regional outlets); each case failed before the rule it names.
const PUB = '2026-03-12T09:00:00Z';

describe('tolls in published reporting', () => {
  it('does not read whose dead from where the source sits', () => {
    const all = claimsOfKind('toll', 'According to the Institute for Conflict Research in London, the estimate ranges between 90,000 and 120,000 killed since 2022.', PUB);
    expect(all.some((t) => t.party === 'united-kingdom')).toBe(false);
  });

  it('keeps a reporter name that has "for" inside it', () => {
    const [t] = claimsOfKind('toll', 'According to the Centre for Conflict Studies, Russia has lost more than 200,000 soldiers killed since 2022.', PUB);
    expect(t?.reportedBy).toBe('Centre for Conflict Studies');
  });

  it('leaves out one battlegroup\'s share of a daily bulletin', () => {
    const all = claimsOfKind(
      'toll',
      'Ukrainian forces lost about 1,310 servicemen over the past 24 hours, the Russian Defence Ministry said. A spokesman for Battlegroup Zapad said Ukraine lost up to 240 soldiers. Units of Battlegroup Yug inflicted losses of up to 180 servicemen in their area of responsibility.',
      PUB,
    );
    expect(all.map((t) => t.value)).toEqual([1310]);
  });

  it('keeps each battlegroup\'s figure when the bulletin gives no total, for the window of the first', () => {
    const all = claimsOfKind(
      'toll',
      'The Vostok group of forces has eliminated more than 390 Ukrainian servicemen over the past day, the Russian Defence Ministry said. The Dnepr battlegroup has eliminated up to 175 Ukrainian soldiers, while the Sever battlegroup has eliminated over 160 Ukrainian troops.',
      PUB,
    );
    expect(all.map((t) => [t.value, t.measure, t.scope, t.period, t.reportedBy])).toEqual([
      [390, 'casualties', 'period', 'day', 'Russian Defence Ministry'],
      [175, 'casualties', 'period', 'day', 'Russian Defence Ministry'],
      [160, 'casualties', 'period', 'day', 'Russian Defence Ministry'],
    ]);
  });

  it('reads a share named after the figure ("in battles with the X battlegroup") for the week before it', () => {
    const all = claimsOfKind(
      'toll',
      'During the past week the enemy lost more than 2,100 servicemen in the area of the Zapad battlegroup, the Russian Defence Ministry said. Ukraine also lost over 1,420 soldiers in battles with the Yug battlegroup.',
      PUB,
    );
    expect(all.map((t) => [t.value, t.scope, t.period])).toEqual([
      [2100, 'period', 'week'],
      [1420, 'period', 'week'],
    ]);
  });

  it('does not give the dead the side whose fire killed them ("under fire from the Russian armed forces")', () => {
    const all = claimsOfKind('toll', 'According to the UN human rights office, 9,410 civilians have been killed and 17,020 injured, most of them under fire from the Russian armed forces.', PUB);
    expect(all.map((t) => [t.value, t.party, t.measure])).toEqual([
      [9410, 'ukraine', 'killed'],
      [17020, 'ukraine', 'wounded'],
    ]);
  });

  it('does not lend the dead of the figure before to a range of people trapped ("ranged from ... to")', () => {
    const all = claimsOfKind('toll', 'A city official said 3,100 civilians had been killed in the siege. Estimates of the number of people trapped in the city have ranged from 150,000 to 350,000.', PUB);
    expect(all.map((t) => t.value)).toEqual([3100]);
  });

  it('gives "the report" the organisation that published it in the sentence before', () => {
    const all = claimsOfKind('toll', 'The UN Human Rights Monitoring Mission in Ukraine published its monthly report on Wednesday. The report said that in February alone, at least 142 civilians were killed.', PUB);
    expect(all.map((t) => [t.value, t.reportedBy, t.scope, t.asOf])).toEqual([[142, 'HRMMU', 'period', '2026-02']]);
  });

  it('does not count drones "eliminated" as people (a guard)', () => {
    expect(claimsOfKind('toll', 'Air defences eliminated 41 Ukrainian drones over the Kursk region overnight, the Russian Defence Ministry said.', PUB)).toEqual([]);
  });

  it('gives "and 812 were injured" the qualifier and month of the figure before it, not the month it is compared with', () => {
    const all = claimsOfKind('toll', 'Last month, at least 198 civilians were killed and 812 were injured in Ukraine, UN monitors said — about the same as in January.', PUB);
    expect(all.map((t) => [t.value, t.bound, t.asOf, t.period])).toEqual([
      [198, 'at_least', '2026-02', 'month'],
      [812, 'at_least', '2026-02', 'month'],
    ]);
  });

  it('reads a bulletin total told "in the zones of responsibility of the groups of forces"', () => {
    const [t] = claimsOfKind(
      'toll',
      'Over the past day, the losses of Ukrainian formations in the zones of responsibility of the Russian groups of forces amounted to up to 1,180 servicemen, the Russian Defence Ministry said.',
      PUB,
    );
    expect(t).toMatchObject({ party: 'ukraine', value: 1180, bound: 'at_most', scope: 'period', period: 'day' });
  });

  it('finds whose civilians after both figures of a pair: "12 killed and 80 wounded in the Bryansk region"', () => {
    const all = claimsOfKind('toll', 'Twelve civilians were killed and 80 wounded in the Bryansk region in February, Governor Alexander Bogomaz said.', PUB);
    expect(all.map((t) => [t.value, t.party])).toEqual([
      [12, 'russia'],
      [80, 'russia'],
    ]);
  });

  it('reads "killed there" as the region named before, and "acting governor X" as X', () => {
    const [t] = claimsOfKind('toll', 'In the neighbouring Belgorod region, acting governor Ivan Petrov said that 412 civilians had been killed there since 2022.', PUB);
    expect(t).toMatchObject({ party: 'russia', reportedBy: 'Petrov' });
  });

  it('takes no toll from "including 28 over the region" after a count of drones shot down', () => {
    const all = claimsOfKind(
      'toll',
      'Over the past day, Ukrainian formations lost up to 1,240 servicemen, the ministry said. Air defences shot down 190 drones, including 28 over the Moscow region.',
      PUB,
    );
    expect(all.map((t) => t.value)).toEqual([1240]);
  });

  it('gives both figures of "162 civilian deaths and 731 injuries in November" the month told after them', () => {
    const all = claimsOfKind('toll', 'The UN monitoring mission said it had verified 150 civilian deaths and 702 injuries in January.', PUB);
    expect(all.map((t) => [t.value, t.scope, t.period, t.asOf])).toEqual([
      [150, 'period', 'month', '2026-01'],
      [702, 'period', 'month', '2026-01'],
    ]);
  });

  it('reads "losses over 24 hours at 1,040" as a day\'s figure', () => {
    const [t] = claimsOfKind('toll', "The General Staff put the enemy's losses over 24 hours at 1,090.", PUB);
    expect(t).toMatchObject({ party: 'russia', scope: 'period', period: 'day' });
  });

  it('gives "X stated that … and claimed that …" one source for both figures', () => {
    const all = claimsOfKind('toll', 'President Volodymyr Zelensky stated on Monday that about 60,000 Ukrainian servicemen have been killed since 2022 and claimed that over 400,000 Russian personnel have been killed in the same period.', PUB);
    expect(all.map((t) => [t.value, t.party, t.reportedBy])).toEqual([
      [60000, 'ukraine', 'Zelensky'],
      [400000, 'russia', 'Zelensky'],
    ]);
  });

  it('leaves out a rank\'s share ("4,100 Russian officers") and a count under investigation', () => {
    const all = claimsOfKind(
      'toll',
      'Volunteers have confirmed the names of 130,500 Russian servicemen killed in the war. A total of 4,100 Russian officers are among them. Russian investigators said they were probing the killing of 19 people in an occupied village.',
      PUB,
    );
    expect(all.map((t) => t.value)).toEqual([130500]);
  });

  it('reads the daily bulletin\'s "personnel – about N (+M) persons" line as the running total and the day\'s figure', () => {
    const all = claimsOfKind(
      'toll',
      'The total combat losses of the enemy from 24.02.2022 to 11.03.2026 are approximately, according to the General Staff of the Armed Forces of Ukraine:\n\npersonnel – about 1,262,400 (+1,010) persons\ntanks – 11,702 (+4)\nartillery systems – 36,001 (+29)',
      PUB,
    );
    expect(all.map((t) => [t.party, t.value, t.bound, t.scope, t.period, t.asOf, t.reportedBy])).toEqual([
      ['russia', 1262400, 'approx', 'cumulative', null, '2026-03-11', 'General Staff'],
      ['russia', 1010, 'exact', 'period', 'day', '2026-03-11', 'General Staff'],
    ]);
  });

  it('reads "servicemen still being held in Russia" as captured, whose they are from the noun', () => {
    const [t] = claimsOfKind('toll', 'The ombudsman said on Monday that at least 7,500 Ukrainian servicemen were still being held in Russia.', PUB);
    expect(t).toMatchObject({ party: 'ukraine', measure: 'captured', value: 7500, bound: 'at_least' });
  });

  it('reads past ", including N children," to the verb, and keeps the children as part of the figure', () => {
    const all = claimsOfKind('toll', 'In February alone, 6,100 people, including 900 children, were evacuated from front-line towns of the Kharkiv region, the regional administration said.', PUB);
    expect(all.map((t) => [t.value, t.measure, t.scope, t.period])).toEqual([[6100, 'displaced', 'period', 'month']]);
  });

  it('reads "Russia\'s dead" with no word of civilians as soldiers, and Russian civilians as civilians', () => {
    const all = claimsOfKind(
      'toll',
      "Zelensky put Russia's dead at more than 420,000. In the Belgorod region, 560 civilians have been killed since 2022, the governor said.",
      PUB,
    );
    expect(all.map((t) => [t.value, t.party, t.population])).toEqual([
      [420000, 'russia', 'military'],
      [560, 'russia', 'civilian'],
    ]);
  });

  it('files "the Defense Ministry said Ukrainian forces lost …" under Russia\'s defence ministry', () => {
    const [t] = claimsOfKind('toll', 'Over the past day, the losses of the Armed Forces of Ukraine amounted to up to 1,230 servicemen, the Defense Ministry said.', PUB);
    expect(t).toMatchObject({ party: 'ukraine', reporterId: 'ru-defence-ministry', reporterCountry: 'russia' });
  });

  it('completes a headline\'s figure with the source and window the body gives it', () => {
    const all = claimsOfKind(
      'toll',
      "14:10 GMT\nRussia: 'Ukrainian formations lost up to 1,170 troops'\nRussia's defence ministry says Ukrainian forces lost up to 1,170 troops over the past day.",
      PUB,
    );
    expect(all.map((t) => [t.value, t.scope, t.period, t.reporterId])).toEqual([[1170, 'period', 'day', 'ru-defence-ministry']]);
  });

  it('keeps the source of "when the Mission verified 182 deaths", and "since the spring" is no window', () => {
    const all = claimsOfKind('toll', 'The number of civilians killed was higher than in January, when the UN monitoring mission verified 176 civilian deaths in Ukraine, continuing a pattern seen since the spring.', PUB);
    expect(all.map((t) => [t.value, t.period, t.asOf, t.reporterId])).toEqual([[176, 'month', '2026-01', 'un-hrmmu']]);
  });

  it('reads no toll in a count of regions, a handover of wounded soldiers, or a cost "the invasion has claimed"', () => {
    const all = claimsOfKind(
      'toll',
      'Casualties were reported in 15 out of 24 regions. Under the deal, 19 severely wounded Ukrainian soldiers now in Russian hospitals will be returned to Kyiv. The invasion has claimed over a million casualties, according to one think tank.',
      PUB,
    );
    expect(all).toEqual([]);
  });

  it('keeps "including N children" after "N civilians have been killed" as part of the figure', () => {
    const all = claimsOfKind('toll', 'According to UN figures, at least 13,900 civilians have been killed in Ukraine since 2022, including 720 children.', PUB);
    expect(all.map((t) => t.value)).toEqual([13900]);
  });

  it('reads a figure dated to one month as a monthly window', () => {
    const [t] = claimsOfKind('toll', 'January alone saw 151 civilians killed in Ukraine, the UN monitoring mission said.', PUB);
    expect(t).toMatchObject({ value: 151, scope: 'period', period: 'month', asOf: '2026-01' });
  });
});

describe('talks in published reporting', () => {
  it('does not take the cities of embassies for a meeting place', () => {
    const all = claimsOfKind(
      'talks',
      'American and Russian officials met in Riyadh on Tuesday. After the meeting, the two sides agreed to restore staffing at their embassies in Washington and Moscow.',
      PUB,
    );
    expect(all.map((c) => c.location)).toEqual(['Riyadh']);
  });

  it('reads no meeting in "no indications that a summit is forthcoming"', () => {
    const all = claimsOfKind('talks', 'There are no indications that a summit between Putin and Zelensky in Moscow is forthcoming.', PUB);
    expect(all).toEqual([]);
  });
});

describe('meetings beyond the numbered rounds', () => {
  it('knows the capitals where ministers meet, and reads no sides from a later offer elsewhere', () => {
    const all = claimsOfKind(
      'talks',
      'Russian Foreign Minister Sergei Lavrov and US Secretary of State Marco Rubio held talks in Kuala Lumpur on Thursday. Lavrov said Moscow was ready to continue direct contacts with Kyiv in Istanbul.',
      PUB,
    );
    expect(all.map((c) => [c.location, c.parties])).toEqual([['Kuala Lumpur', ['russia', 'united-states']]]);
  });

  it('takes no format from a since-clause about another meeting', () => {
    const [c] = claimsOfKind('talks', 'Russian and Ukrainian officials held technical talks in Riyadh on Tuesday, the first direct contact since the trilateral round in Geneva.', PUB);
    expect(c?.parties).toEqual(['russia', 'ukraine']);
  });

  it('reads "agreed in a phone call to hold a summit in Budapest" as a summit to come, without the next day\'s guest', () => {
    const all = claimsOfKind(
      'talks',
      'Trump and Putin agreed in a phone call on Thursday to hold a summit in Budapest, a day before Trump was due to host Zelensky at the White House.',
      PUB,
    );
    const budapest = all.find((c) => c.location === 'Budapest');
    expect(budapest).toMatchObject({ status: 'scheduled', parties: ['russia', 'united-states'] });
  });

  it('opens a new meeting at "the last face-to-face meeting", not the call told before it', () => {
    const all = claimsOfKind(
      'talks',
      'Zelensky also spoke by phone with French President Emmanuel Macron and German Chancellor Friedrich Merz on Thursday to align positions before the White House meeting. The last face-to-face meeting between Trump and Putin took place in Anchorage, Alaska, in August and ended without a ceasefire.',
      PUB,
    );
    expect(all.map((c) => [c.location, c.parties])).toEqual([['Anchorage', ['russia', 'united-states']]]);
  });
});

describe('a series told from its latest round', () => {
  it('reads "the first two rounds, on May 12 and June 3" as rounds 1 and 2 where the series meets, and "The third round, held at …" as the one told', () => {
    const all = claimsOfKind(
      'talks',
      'Ukrainian and Russian delegations agreed on Wednesday in Istanbul to exchange another 800 prisoners of war from each side, Rustem Umerov said. The third round, held at a palace on the Bosphorus, lasted about an hour. The first two rounds, on May 12 and June 3, produced the largest swaps of the war.',
      '2025-07-24T09:00:00Z',
    );
    expect(all.map((c) => [c.location, c.date, c.round])).toEqual([
      ['Istanbul', '2025-07-23', 3],
      ['Istanbul', '2025-05-12', 1],
      ['Istanbul', '2025-06-03', 2],
    ]);
  });
});

describe('an explainer that lists the tracks', () => {
  const TEXT = [
    'Russian and Ukrainian delegations met three times in Istanbul, on May 12, June 3 and July 21, 2025. Both teams kept their heads of delegation.',
    '- Round one produced a 500-for-500 prisoner exchange.',
    '- Round two agreed to return the bodies of 4,000 soldiers.',
    '- Round three ended within an hour.',
    '- October 2025: a summit between Trump and Putin, planned for Budapest, is shelved within days.',
    'After months of shuttle diplomacy, Russia, Ukraine and the United States began meeting at the same table this year.',
    '- January 20–21, Abu Dhabi: round one. Nothing signed.',
    '- February 10–11, Geneva: round two. No joint text.',
  ].join('\n\n');
  const all = claimsOfKind('talks', TEXT, '2026-02-24T06:00:00Z');

  it('gives each listed round its number and the outcome of its own line', () => {
    const ist = all.filter((c) => c.location === 'Istanbul');
    expect(ist.map((c) => [c.date, c.round, c.outcomes.map((o) => o.type)])).toEqual([
      ['2025-05-12', 1, ['prisoner_exchange']],
      ['2025-06-03', 2, ['bodies_repatriated']],
      ['2025-07-21', 3, []],
    ]);
  });

  it('reads "shelved" as called off', () => {
    expect(all.find((c) => c.location === 'Budapest')?.status).toBe('cancelled');
  });

  it('reads "DATE, City: round N" entries as rounds of the format announced before them', () => {
    const tri = all.filter((c) => c.location === 'Abu Dhabi' || c.location === 'Geneva');
    expect(tri.map((c) => [c.location, c.date, c.round, c.parties])).toEqual([
      ['Abu Dhabi', '2026-01-20', 1, ['russia', 'ukraine', 'united-states']],
      ['Geneva', '2026-02-10', 2, ['russia', 'ukraine', 'united-states']],
    ]);
  });
});

describe('meetings recalled in a report on another', () => {
  it('reads "had previously held two meetings … in Abu Dhabi in January" as an earlier meeting of the same sides there', () => {
    const all = claimsOfKind(
      'talks',
      'Trilateral talks between Russian, US and Ukrainian delegations in Geneva ended on Wednesday. The countries had previously held two meetings in a similar format in Abu Dhabi in January.',
      '2026-02-18T10:14:00Z',
    );
    expect(all.map((c) => [c.location, c.date, c.parties])).toEqual([
      ['Geneva', '2026-02-18', ['russia', 'ukraine', 'united-states']],
      ['Abu Dhabi', '2026-01', ['russia', 'ukraine', 'united-states']],
    ]);
  });
});

describe('formats and sides in wire copy', () => {
  it('reads "three-way negotiations" as trilateral and "involving the United States, Russia, and Ukraine" as the sides', () => {
    const a = claimsOfKind('talks', 'The envoy announced Saturday that three-way negotiations will proceed next week in Doha.', PUB);
    const b = claimsOfKind('talks', 'The envoy announced Saturday that negotiations involving the United States, Russia, and Ukraine will proceed next week in Doha.', PUB);
    expect([a[0]?.parties, b[0]?.parties]).toEqual([
      ['russia', 'ukraine', 'united-states'],
      ['russia', 'ukraine', 'united-states'],
    ]);
  });
});

describe('an exchange still to come', () => {
  it('dates "set to swap 175 prisoners from each side on March 19" ahead, as scheduled', () => {
    const all = claimsOfKind('talks', 'After the call, Russia and Ukraine are set to swap 150 prisoners from each side on March 14.', PUB);
    expect(all.map((c) => [c.date, c.status])).toEqual([['2026-03-14', 'scheduled']]);
  });
});

describe('envoys received at a seat of government', () => {
  it('places a meeting "in the Kremlin" in Moscow and a trip "back to Miami to meet" in Miami', () => {
    const all = claimsOfKind(
      'talks',
      'US envoy Steve Witkoff spent four hours with Vladimir Putin in the Kremlin on Tuesday night, aide Yury Ushakov said. Rustem Umerov is due to fly back to Miami to meet Witkoff on Thursday.',
      PUB,
    );
    expect(all.map((c) => c.location)).toEqual(['Moscow', 'Miami']);
  });

  it('takes no place from "a day after X spent three hours with Putin in Moscow", and no exchange from "signals were exchanged"', () => {
    const all = claimsOfKind(
      'talks',
      'Russia and the United States agreed in principle to hold a summit, the Kremlin said on Thursday, a day after envoy Steve Witkoff spent three hours with the Russian president in Moscow. Ushakov said signals had been exchanged in both directions.',
      PUB,
    );
    expect(all[0]).toMatchObject({ status: 'scheduled', location: null });
    expect(all.flatMap((c) => c.outcomes).some((o) => o.type === 'prisoner_exchange')).toBe(false);
  });
});

describe('strikes in published reporting', () => {
  it('leaves the target unspecified when several kinds of civilian target are named together', () => {
    const [s] = claimsOfKind('strike', 'Russian drones attacked the Mykolaiv region overnight, targeting industrial and energy facilities. A warehouse was destroyed.', PUB);
    expect(s?.targetType).toBe('unspecified');
  });

  it('dates an attack on "the night of 9-10 March" by the morning it ended in', () => {
    const [s] = claimsOfKind('strike', 'A Russian missile attack on Dnipro on the night of 9-10 March killed four people.', PUB);
    expect(s?.date).toBe('2026-03-10');
  });
  it('reads no dead in "leaving about 40,000 residents without power"', () => {
    const [s] = claimsOfKind('strike', 'In Kursk itself, drones hit an electrical substation on Monday evening, leaving about 40,000 residents without power.', PUB);
    expect(s?.killed ?? null).toBeNull();
  });

  it('takes no place from a capital that speaks or from "the Kiev regime"', () => {
    const all = claimsOfKind(
      'strike',
      'The Russian forces delivered a group strike with drones against the Voznesensk airfield in the Mykolaiv Region and other military facilities of the Kiev regime, the ministry said. Kyiv calls such raids terror.',
      PUB,
    );
    expect(all.flatMap((c) => c.locations)).not.toContain('Kiev');
    expect(all.flatMap((c) => c.locations)).not.toContain('Kyiv');
  });

  it('takes no place from a capital that receives weapons', () => {
    const all = claimsOfKind(
      'strike',
      "Ukrainian forces have relied on Soviet-era and Western-made guns to keep Moscow's troops at bay, and they have been firing them at record rates. One key system has been US-provided howitzers, which can fire shells at Russian positions from miles away. The Pentagon has sent Kyiv more than 200 individual howitzers.",
      PUB,
    );
    expect(all.flatMap((c) => c.locations)).not.toContain('Kyiv');
  });

  it('takes no place from a capital that does not comment or declines to', () => {
    for (const tail of ['Moscow did not comment on the attack.', "Moscow hasn't commented on the strike.", 'Moscow declined to comment on the attack.', 'Moscow has yet to respond to the strike reports.']) {
      const all = claimsOfKind('strike', `A Russian missile attack on the city of Kryvyi Rih killed four people on Monday, the governor said. ${tail}`, PUB);
      expect(all.flatMap((c) => c.locations)).toEqual(['Kryvyi Rih']);
    }
  });

  it('places a wave told without a place where explosions and outages were reported just after', () => {
    const [s] = claimsOfKind(
      'strike',
      'The Russian Armed Forces overnight delivered a massive strike with missiles and drones against energy facilities of Ukraine, the Defense Ministry said. Ukrainian media reported explosions and power outages in Kiev, Dnepropetrovsk and the Lvov Region.',
      PUB,
    );
    expect(s?.locations).toEqual(['Kiev', 'Dnepropetrovsk', 'Lvov Region']);
  });
  it('reads what was hit from "the rubble of a residential building" told after the attack', () => {
    const [s] = claimsOfKind(
      'strike',
      'The death toll from the Russian attack on Dnipro on the night of 10-11 March has risen to 12. "Rescuers have pulled six bodies from the rubble of a residential building overnight," the emergency service said.',
      PUB,
    );
    expect(s).toMatchObject({ targetType: 'residential', killed: 12 });
  });
  it('keeps apart a place with its own casualties and one with its own kind of target, told after an attack on the capital', () => {
    const all = claimsOfKind(
      'strike',
      'Russia launched a massive drone and missile attack on Kyiv overnight, killing three people and injuring 20, officials said. In the central city of Poltava, missiles knocked out energy facilities, the mayor said. In Dnipro, a drone strike on residential areas injured 11 people, the governor said.',
      PUB,
    );
    expect(all.map((c) => [c.locations[0], c.targetType, c.killed, c.injured])).toEqual([
      ['Kyiv', 'unspecified', 3, 20],
      ['Poltava', 'energy', null, null],
      ['Dnipro', 'residential', null, 11],
    ]);
  });
  it('reads "Industrial, energy and civil infrastructure facilities were hit" as no one kind, and dates "a night attack" by the report', () => {
    const [s] = claimsOfKind(
      'strike',
      'In the Mykolaiv region, two people were killed and four injured as a result of a night attack by Russian strike drones. Industrial, energy and civil infrastructure facilities were hit.',
      PUB,
    );
    expect(s).toMatchObject({ targetType: 'unspecified', date: '2026-03-12', killed: 2, injured: 4 });
  });

  it('reads no one attack in "have been subjected to heavy bombardments recently"', () => {
    const all = claimsOfKind('strike', '"Kyiv and the port city of Odesa have been subjected to particularly heavy bombardments recently," the UN official said.', PUB);
    expect(all).toEqual([]);
  });
});
