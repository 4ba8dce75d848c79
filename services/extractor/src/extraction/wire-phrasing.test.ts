import { describe, expect, it } from 'vitest';
import { claimsOfKind } from './test-gazetteer';

/**
 * Phrasings of published wire and agency copy that the rules once misread (our own sentences,
 * written after the shapes seen in real reporting): where a strike hit against whose adjective the
 * sentence uses, how talks are told ended or ahead, and who at a table only chairs it.
 */
const PUB = '2025-05-16T18:00:00Z';
const claimClaims = (text: string, published = PUB) => claimsOfKind('strike', text, published);

describe('a strike is on the side whose land it hit', () => {
  it('reads "the Russian city of X was attacked by drones" as an attack on Russia, its attacker a guess', () => {
    const [s, ...rest] = claimsOfKind('strike', 'The Russian city of Belgorod was attacked by unidentified drones on Wednesday evening, killing one man and injuring four.', PUB);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ attacker: 'ukraine', target: 'russia', locations: ['Belgorod'], killed: 1, injured: 4 });
  });
  it('does not make the side that condemns a strike on its own city its attacker', () => {
    const [s] = claimsOfKind('strike', 'Ukrainian President Volodymyr Zelensky condemned the missile strikes on Sumy on Sunday.', PUB);
    expect(s).toMatchObject({ attacker: 'russia', target: 'ukraine', locations: ['Sumy'] });
  });
  it('leaves the side to the text where the place is occupied (a Ukrainian strike on Sevastopol stays Ukrainian)', () => {
    const [s] = claimClaims('Ukrainian missiles struck Sevastopol overnight on Tuesday, killing one serviceman, the Russian-installed governor said.');
    expect(s).toMatchObject({ attacker: 'ukraine', locations: ['Sevastopol'] });
  });
  it('leaves alone an attack whose places lie on both sides', () => {
    const [s] = claimsOfKind('strike', 'Ukrainian drones attacked Moscow and Belgorod overnight on Tuesday, officials said.', PUB);
    expect(s).toMatchObject({ attacker: 'ukraine', target: 'russia' });
  });
});

describe('places that cannot be one attack’s', () => {
  it('drops capitals named as governments when the other places lie on the side hit', () => {
    const text = 'Russian drones attacked port infrastructure in the Odesa region overnight on Wednesday. Kiev accused Moscow of trying to choke grain exports.';
    const [s, ...rest] = claimClaims(text);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ attacker: 'russia', target: 'ukraine', locations: ['Odesa region'] });
  });
  it('shows nothing when only capitals on both sides of the war are left', () => {
    expect(claimClaims('Russia accused Kiev of drone attacks on its railways on Tuesday, after talks between Moscow and Kiev stalled.')).toEqual([]);
  });
  it('reads damaged households as homes hit', () => {
    const [s] = claimClaims('Drones attacked Belgorod on Wednesday evening, killing one man; six households were damaged, the governor said.');
    expect(s).toMatchObject({ locations: ['Belgorod'], targetType: 'residential' });
  });
  it('keeps "subsequent strikes" on oil sites apart from the drone attack on the capital', () => {
    const text = 'On the night of March 10, more than 300 Ukrainian drones targeted Moscow. Subsequent strikes have hit Russia’s oil refineries.';
    const moscow = claimClaims(text, '2025-03-12T10:00:00Z').find((c) => c.locations.includes('Moscow'));
    expect(moscow).toMatchObject({ attacker: 'ukraine', targetType: 'unspecified' });
  });
});

describe('several kinds of target in one list', () => {
  it('leaves the target unspecified when a list names homes, a clinic and a station, none leading', () => {
    const [a] = claimClaims('Russian drones struck Kyiv overnight on Thursday, killing two; residential buildings, a clinic and a TV station were damaged.');
    expect(a).toMatchObject({ locations: ['Kyiv'], targetType: 'unspecified' });
    const [b] = claimClaims('Russian missiles struck Kyiv on Monday, killing five. Residential buildings, infrastructure and a children’s hospital were damaged, Zelensky said.');
    expect(b).toMatchObject({ locations: ['Kyiv'], targetType: 'unspecified' });
  });
  it('keeps one kind told in two words ("power plants and substations")', () => {
    const [s] = claimClaims('The Russian attack on Tuesday hit power plants and substations in Kharkiv with drones, officials said.');
    expect(s).toMatchObject({ targetType: 'energy' });
  });
});

describe('lives an attack claimed', () => {
  it('counts "claimed one life" as one killed, and the city is where it hit, not a speaker', () => {
    const [s] = claimsOfKind('strike', 'A Ukrainian drone attack in the Tver region claimed one life and injured two others on Tuesday.', PUB);
    expect(s).toMatchObject({ attacker: 'ukraine', locations: ['Tver region'], killed: 1, injured: 2 });
    const [o] = claimsOfKind('strike', 'A Russian missile strike on Odesa claimed three lives on Tuesday.', PUB);
    expect(o).toMatchObject({ attacker: 'russia', locations: ['Odesa'], killed: 3 });
  });
  it('reads "shahids" as drones and "a girl and her mother were killed" as two killed', () => {
    const [s] = claimClaims('A Russian night attack with “shahids” hit Kyiv on Sunday: a 19-year-old girl and her mother were killed and seven people were injured.');
    expect(s).toMatchObject({ locations: ['Kyiv'], weapons: ['drone'], killed: 2, injured: 7 });
  });
  it('counts "resulted in the deaths of N" and "has claimed the lives of N", and takes no target from the attacker’s claimed aim', () => {
    const [a] = claimClaims('A Russian missile attack in Kryvyi Rih resulted in the deaths of 20 people on Friday. Russia claimed it targeted a military gathering; the governor said the missile hit residential areas.', '2025-04-05T12:00:00Z');
    expect(a).toMatchObject({ locations: ['Kryvyi Rih'], killed: 20, targetType: 'residential' });
    const [b] = claimClaims('A Russian missile strike in the city of Kryvyi Rih on Friday has claimed the lives of at least 20 individuals, officials said.', '2025-04-05T12:00:00Z');
    expect(b).toMatchObject({ locations: ['Kryvyi Rih'], killed: 20 });
  });
  it('still reads "the governor claimed" as a statement', () => {
    const [s] = claimsOfKind('strike', 'Two people were injured when drones hit a house in Kursk on Monday, the governor claimed.', PUB);
    expect(s).toMatchObject({ locations: ['Kursk'], injured: 2 });
  });
});

describe('talks told by how they ended, or ahead of them', () => {
  it('reads sides that "concluded their meeting" or "wrapped up talks" as a meeting held', () => {
    for (const text of [
      'Delegations of Russia and Ukraine concluded their meeting in Istanbul on Friday, agreeing to meet again.',
      'Russia and Ukraine wrapped up talks in Istanbul on Friday.',
    ]) {
      const [t, ...rest] = claimsOfKind('talks', text, PUB);
      expect(rest).toEqual([]);
      expect(t).toMatchObject({ parties: ['russia', 'ukraine'], location: 'Istanbul', status: 'held', date: '2025-05-16' });
    }
  });
  it('takes the city of "in Türkiye’s Istanbul"', () => {
    const [t] = claimsOfKind('talks', 'Russian and Ukrainian delegations met in Türkiye’s Istanbul on Friday.', PUB);
    expect(t).toMatchObject({ location: 'Istanbul' });
  });
  it('does not seat the minister who chaired the talks', () => {
    const [t] = claimsOfKind('talks', 'Russia and Ukraine held talks in Istanbul on Friday. Turkish Foreign Minister Hakan Fidan, who chaired the session, said it produced results.', PUB);
    expect(t).toMatchObject({ parties: ['russia', 'ukraine'], participants: [] });
  });
  it('reads an envoy arriving "ahead of the expected talks" as talks to come, where the delegations flew', () => {
    const text =
      'US Secretary of State Marco Rubio has arrived in Saudi Arabia ahead of the expected talks with the Russian side.\n\n' +
      'The Russian delegation will include Foreign Minister Sergey Lavrov. According to media reports, they have already flown to Riyadh.';
    const [t, ...rest] = claimsOfKind('talks', text, '2025-02-16T12:00:00Z');
    expect(rest).toEqual([]);
    expect(t).toMatchObject({ parties: ['russia', 'united-states'], status: 'scheduled', location: 'Riyadh' });
  });
  it('reads no talks in a push toward negotiations, and the delegations’ leaders as the meeting held', () => {
    const text =
      'This follows President Trump’s March 5 order to halt intelligence sharing with Ukraine, seen as an effort to pressure Zelenskyy into negotiations with Russia. ' +
      'Secretary of State Marco Rubio led the American delegation in Jeddah, while Ukraine was represented by Andriy Yermak.';
    const [t, ...rest] = claimsOfKind('talks', text, '2025-03-11T20:00:00Z');
    expect(rest).toEqual([]);
    expect(t).toMatchObject({ parties: ['ukraine', 'united-states'], location: 'Jeddah', status: 'held' });
  });
  it('reads a summit that "ended without a deal" as a summit held', () => {
    const [t] = claimsOfKind('talks', 'The meeting between US President Donald Trump and Russian President Vladimir Putin ended in Alaska without a deal on a ceasefire.', '2025-08-16T08:00:00Z');
    expect(t).toMatchObject({ parties: ['russia', 'united-states'], status: 'held', participants: ['Trump', 'Putin'] });
  });
  it('seats no one called "Hotel" or "Carlton" (a building named after the words before it)', () => {
    const [t] = claimsOfKind('talks', 'The Russian delegation met US officials at the Ritz Carlton Hotel in Riyadh on Monday.', '2025-03-25T08:00:00Z');
    expect(t).toMatchObject({ parties: ['russia', 'united-states'], participants: [] });
  });
  it('reads no names out of a title-case headline, and no sides out of talks that were only discussed', () => {
    const text =
      'Putin, Witkoff Discussed Prospect Of Direct Russia-Ukraine Talks During Meeting In Moscow\n\n' +
      'Ushakov said the talks focused on the possibility of restarting direct negotiations between representatives from Russia and Ukraine.\n\n' +
      'Putin and Witkoff met in the Kremlin yesterday.';
    const [t, ...rest] = claimsOfKind('talks', text, '2025-04-26T09:00:00Z');
    expect(rest).toEqual([]);
    expect(t).toMatchObject({ parties: ['russia', 'united-states'], location: 'Moscow', status: 'held' });
    const [m] = claimsOfKind('talks', 'Witkoff, Kushner to Meet Ukraine Adviser in Miami as Diplomatic Push Intensifies\n\nUS envoys Steve Witkoff and Jared Kushner will meet Rustem Umerov in Miami on Saturday.', '2025-12-05T09:00:00Z');
    expect(m?.participants).not.toContain('Intensifies');
  });
  it('files no meeting to come that has neither a place nor a day', () => {
    expect(claimsOfKind('talks', 'A meeting of our representatives with the delegation of Ukraine is expected to begin there in the near future, Russia’s foreign ministry said.', '2025-05-15T09:00:00Z')).toEqual([]);
    expect(claimsOfKind('talks', 'Russia and Ukraine are expected to hold new talks in Istanbul on June 2.', '2025-05-28T09:00:00Z')).toHaveLength(1);
  });
  it('seats the US at "US-brokered" talks, and no Turkish mediator at "Turkish-mediated" ones', () => {
    const [a] = claimsOfKind('talks', 'Russia and Ukraine will hold US-brokered talks on 17-18 February in Geneva, both countries have said.', '2026-02-12T09:00:00Z');
    expect(a).toMatchObject({ parties: ['russia', 'ukraine', 'united-states'], location: 'Geneva', status: 'scheduled' });
    const [b] = claimsOfKind('talks', 'Russia and Ukraine held Turkish-mediated talks in Istanbul on Friday.', '2025-05-17T09:00:00Z');
    expect(b).toMatchObject({ parties: ['russia', 'ukraine'] });
    const [c, ...more] = claimsOfKind(
      'talks',
      'Russia and Ukraine will hold U.S.-brokered talks on February 17-18 in Geneva, both countries said Friday. "The next round will be held in the same trilateral format, on February 17-18 in Geneva," the Kremlin spokesman said.',
      '2026-02-13T09:00:00Z',
    );
    expect(more).toEqual([]);
    expect(c).toMatchObject({ parties: ['russia', 'ukraine', 'united-states'], location: 'Geneva', status: 'scheduled' });
  });
  it('takes no sides from talks told as another occasion ("Following the U.S.-Ukraine talks", "Separate U.S.-Russia talks")', () => {
    const [t, ...rest] = claimsOfKind(
      'talks',
      'US and Ukrainian officials met in Jeddah on Tuesday. Separate U.S.-Russia talks are slated quickly but not in Jeddah.',
      '2025-03-12T09:00:00Z',
    );
    expect(rest).toEqual([]);
    expect(t).toMatchObject({ parties: ['ukraine', 'united-states'], location: 'Jeddah' });
  });
  it('does not seat the side a proposal is addressed to', () => {
    const text =
      'Talks between US and Ukrainian officials are scheduled to take place in Jeddah on Tuesday. Kyiv is expected to propose an agreement with Russia on an air and sea truce during the negotiations in Jeddah.';
    const [t] = claimsOfKind('talks', text, '2025-03-10T12:00:00Z');
    expect(t).toMatchObject({ parties: ['ukraine', 'united-states'], location: 'Jeddah', status: 'scheduled' });
  });
});

describe('tolls in monitors’ and ministries’ wording', () => {
  const values = (text: string, published = PUB) => claimsOfKind('toll', text, published).map((c) => [c.measure, c.value, c.scope]);

  it('reads no count in "exceeded four figures"', () => {
    expect(values('Kyiv said on Tuesday that the number of Russian soldiers killed over the past day had again exceeded four figures.')).toEqual([]);
  });
  it('reads "killed the previous day" as a day’s figure beside the running total', () => {
    expect(values('The General Staff said 1,140 Russian troops had been killed the previous day, taking total losses since the invasion began to 201,330.')).toEqual([
      ['killed', 1140, 'period'],
      ['casualties', 201330, 'cumulative'],
    ]);
  });
  it('reads no toll in a habit of reporting "a daily death toll of over 1,000"', () => {
    expect(values('In March, Kyiv began to regularly report a daily Russian death toll of over 1,000.')).toEqual([]);
  });
  it('reads a count before a colon as prose, with its breakdown after it', () => {
    expect(values('Monitors recorded 612 civilian casualties in Ukraine: 141 killed and 471 injured.')).toEqual([
      ['casualties', 612, 'cumulative'],
      ['killed', 141, 'cumulative'],
      ['wounded', 471, 'cumulative'],
    ]);
  });
  it('reads "From 1 to 31 March" as a window of days, not a count of one, after a sentence about the war’s first attack', () => {
    const text =
      'Monitors have recorded 30,457 civilian casualties since 24 February 2022, which marked the start of the full-scale armed attack by Russia. ' +
      '“From 1 to 31 March 2024, the mission recorded 604 civilian casualties: 128 killed and 476 injured,” its update said.';
    expect(values(text, '2024-04-10T10:00:00Z')).toEqual([
      ['casualties', 30457, 'cumulative'],
      ['casualties', 604, 'period'],
      ['killed', 128, 'period'],
      ['wounded', 476, 'period'],
    ]);
  });
});

describe('a speaker told by a participle', () => {
  it('names who asserts a figure (", asserting that", "asserted that")', () => {
    const [a] = claimsOfKind('toll', 'Zelensky also pointed to the toll on Russian forces, asserting that Moscow’s total losses exceed 760,000.', '2024-12-09T09:00:00Z');
    expect(a).toMatchObject({ party: 'russia', value: 760000, reportedBy: 'Zelensky' });
  });
});

describe('a UN monthly update', () => {
  it('reads "The toll includes N casualties in April (A killed, B injured)" after civilian deaths were named, each part in its month', () => {
    const text =
      'Civilian deaths and injuries in the first half of 2025 were far higher than a year before, UN monitors in Ukraine said on Thursday. ' +
      'The toll includes 1,402 casualties in May (232 killed, 1,170 injured) – the highest monthly total so far this year – followed by 1,033 in June (190 killed, 843 injured).';
    const got = claimsOfKind('toll', text, '2025-07-10T09:00:00Z').map((c) => [c.population, c.measure, c.value, c.scope, c.asOf]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['civilian', 'casualties', 1402, 'period', '2025-05'],
        ['civilian', 'killed', 232, 'period', '2025-05'],
        ['civilian', 'wounded', 1170, 'period', '2025-05'],
        ['civilian', 'killed', 190, 'period', '2025-06'],
        ['civilian', 'wounded', 843, 'period', '2025-06'],
      ]),
    );
    expect(got.every(([p, , , s]) => p === 'civilian' && s === 'period')).toBe(true);
  });
});

describe('a monitors’ total and its shares', () => {
  const tolls = (text: string) => claimsOfKind('toll', text, '2023-10-12T09:00:00Z');
  it('reads the total of civilian casualties past a clause on the side that began the war', () => {
    const got = tolls('The confirmed total for civilian casualties since February 24, 2022, when Russia launched its full-scale invasion, now stands at 9,701 dead and 17,748 wounded.');
    expect(got.map((c) => [c.party, c.population, c.measure, c.value, c.scope])).toEqual([
      ['ukraine', 'civilian', 'killed', 9701, 'cumulative'],
      ['ukraine', 'civilian', 'wounded', 17748, 'cumulative'],
    ]);
  });
  it('reads no toll in a territory’s share of the count', () => {
    expect(tolls('The latest report includes 61 people killed in Ukrainian-controlled territory and 9 killed in territory occupied by Russian forces.')).toEqual([]);
    expect(tolls('Areas of Donetsk oblast still under Ukrainian control have accounted for 10,912 casualties, the mission said.')).toEqual([]);
  });
  it('shows a count under a hundred only as a civilian count that someone states or that covers a window', () => {
    expect(tolls('He said Russia has been losing five or six soldiers for every Ukrainian soldier killed in battle.')).toEqual([]);
    expect(tolls('The estimate draws on intelligence from at least four Ukrainian agencies, officials said.')).toEqual([]);
    expect(tolls('Ukrainian drone attacks killed 42 civilians in the Belgorod region in October, the governor said.').map((c) => c.value)).toEqual([42]);
  });
  it('names the UN’s monitors and South Korea’s spy agency as the bodies that speak', () => {
    const [un] = claimsOfKind('toll', 'Civilian deaths rose sharply this year, UN rights experts monitoring abuses in war-torn Ukraine said on Wednesday. The toll includes 1,402 casualties in May.', '2025-06-11T09:00:00Z');
    expect(un).toMatchObject({ reportedBy: 'UN rights experts', reporterId: 'un-hrmmu' });
    const [nis] = claimsOfKind('toll', 'At least 100 North Korean soldiers have been killed in the Kursk region, according to South Korea’s spy agency.', '2024-12-19T09:00:00Z');
    expect(nis).toMatchObject({ party: 'north-korea', reporterId: 'kr-nis' });
  });
});

describe('what a count is not', () => {
  const tolls = (text: string) => claimsOfKind('toll', text, '2025-10-27T09:00:00Z').map((c) => [c.party, c.value]);
  it('reads "as a result of Russian aggression" as the cause, not whose children died', () => {
    expect(tolls('As a result of Russian aggression, 670 children have been killed and another 2,210 injured, the Prosecutor General’s Office said.')).toEqual([
      ['ukraine', 670],
      ['ukraine', 2210],
    ]);
  });
  it('reads no toll in the worst region’s share or in what a count grew by', () => {
    expect(tolls('The largest number of casualties was documented in Donetsk Oblast, where 412 children have been killed or injured, prosecutors said.')).toEqual([]);
    expect(tolls('Since their last update in March, the journalists have added the names of 1,240 more Russian soldiers to the list.')).toEqual([]);
  });
});

describe('"since February" in the war’s first year', () => {
  it('is the running total since the invasion, and a window in a later year', () => {
    const text = 'Russia’s war has killed 402 children and injured 780 since February, the Prosecutor General’s Office said.';
    expect(claimsOfKind('toll', text, '2022-09-23T10:00:00Z').map((c) => c.scope)).toEqual(['cumulative', 'cumulative']);
    expect(claimsOfKind('toll', text, '2025-09-23T10:00:00Z').map((c) => c.scope)).toEqual(['period', 'period']);
  });
});

describe('the one source an article credits', () => {
  it('gives a figure told without a source the source the article names for that side’s civilians', () => {
    const text =
      'The UN human rights office recorded 12,605 civilians killed in Ukraine since February 2022.\n\n' +
      'In October alone, 284 civilians were killed and 1,210 injured.';
    const got = claimsOfKind('toll', text, '2024-11-08T09:00:00Z').map((c) => [c.value, c.reportedBy]);
    expect(got).toEqual([
      [12605, 'UN human rights office'],
      [284, 'UN human rights office'],
      [1210, 'UN human rights office'],
    ]);
  });
  it('leaves it unattributed when the article names two sources for them', () => {
    const text =
      'In October alone, 284 civilians were killed in Ukraine.\n\n' +
      'The UN human rights office recorded 12,605 civilians killed in Ukraine since February 2022. Ukraine’s Prosecutor General’s Office says 13,100 civilians have been killed.';
    const oct = claimsOfKind('toll', text, '2024-11-08T09:00:00Z').find((c) => c.value === 284);
    expect(oct?.reportedBy ?? null).toBeNull();
  });
});
