import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';
import { testGazetteer } from './test-gazetteer';

// Sentences written for these specs (1.2.0 rules): explainer, agency, liveblog and Q&A styles.
const PUB = '2026-03-10T10:00:00Z'; // a Tuesday
const run = (text: string, published = PUB) => extractClaims({ id: 't', published, text }, testGazetteer());
const kind = <K extends ExtractedClaim['kind']>(cs: ExtractedClaim[], k: K) => cs.filter((c) => c.kind === k) as Extract<ExtractedClaim, { kind: K }>[];

describe('exchanges and bodies', () => {
  it('reads "X and Y swapped N prisoners" as the total and "each side released M" as per side', () => {
    const [t] = kind(run('Kyiv and Moscow swapped 240 prisoners of war on Sunday, officials said. Each side released 120 men in the swap.'), 'talks');
    expect(t).toMatchObject({ parties: ['russia', 'ukraine'], location: null, date: '2026-03-08' });
    expect(t!.outcomes).toEqual([{ type: 'prisoner_exchange', total: 240, released: { russia: 120, ukraine: 120 } }]);
  });

  it('keeps an earlier repatriation of bodies apart from the day\'s exchange and sums both ways', () => {
    const ts = kind(
      run('Russia and Ukraine exchanged 60 prisoners each on Monday. Earlier this week, Russia handed over the bodies of 500 Ukrainian soldiers and received the bodies of 20 Russian troops.'),
      'talks',
    );
    expect(ts.map((t) => t.outcomes.map((o) => [o.type, o.total]))).toEqual([[['prisoner_exchange', 120]], [['bodies_repatriated', 520]]]);
  });

  it('counts "while N were returned" after a bodies figure as bodies', () => {
    const [t] = kind(run('Ukraine received 700 bodies of fallen defenders, while 35 were returned to Russia, the coordination headquarters said.'), 'talks');
    expect(t!.outcomes).toEqual([{ type: 'bodies_repatriated', total: 735 }]);
  });

  it('reads "a prisoner exchange of N, M on each side"', () => {
    const [t] = kind(run('Delegations from Russia, Ukraine and the U.S. met in Abu Dhabi on March 2. The round produced a prisoner exchange of 200, 100 on each side.'), 'talks');
    expect(t).toMatchObject({ location: 'Abu Dhabi', parties: ['russia', 'ukraine', 'united-states'] });
    expect(t!.outcomes[0]).toMatchObject({ type: 'prisoner_exchange', total: 200 });
  });
});

describe('talks in other styles', () => {
  it('does not seat a reporter named after the clause', () => {
    const [t] = kind(run('Talks between Russian and Ukrainian delegations in Istanbul, planned for next week, were postponed, Turkish officials said on Friday.'), 'talks');
    expect(t).toMatchObject({ parties: ['russia', 'ukraine'], location: 'Istanbul', status: 'cancelled' });
  });

  it('ignores a conditional offer', () => {
    expect(kind(run('Zelensky said Kyiv was ready to send a delegation to talks in Istanbul, provided Moscow agreed to a ceasefire.'), 'talks')).toEqual([]);
  });

  it('reads "last held direct talks ..., agreeing to exchange" as held talks with an exchange', () => {
    const [t] = kind(run('Moscow and Kyiv last held direct talks in Istanbul in early February, agreeing to exchange all wounded prisoners.'), 'talks');
    expect(t).toMatchObject({ parties: ['russia', 'ukraine'], location: 'Istanbul', status: 'held', date: '2026-02' });
    expect(t!.outcomes).toEqual([{ type: 'prisoner_exchange', agreed: true }]);
  });

  it('gives a following round the sides of the talks just described', () => {
    const ts = kind(run('US envoy Steve Witkoff met Russian and Ukrainian delegations in Geneva on Monday. A third round is expected in Riyadh in April.'), 'talks');
    expect(ts.map((t) => [t.location, t.status, t.round, t.parties.join(',')])).toEqual([
      ['Geneva', 'held', null, 'russia,ukraine,united-states'],
      ['Riyadh', 'scheduled', 3, 'russia,ukraine,united-states'],
    ]);
  });

  it('keeps "U.S." whole so that "U.S. officials met" seats the United States', () => {
    const [t] = kind(run('Ukrainian and U.S. officials met in Miami on March 5 to discuss guarantees.'), 'talks');
    expect(t).toMatchObject({ parties: ['ukraine', 'united-states'], location: 'Miami', date: '2026-03-05' });
  });

  it('dates a liveblog entry under a stamp line to the publication day', () => {
    const [t] = kind(run('Summary of the day.\n\n14.10 GMT\n\nRussia and Ukraine have carried out another exchange of bodies. Ukraine received 300 bodies of fallen soldiers.'), 'talks');
    expect(t).toMatchObject({ date: '2026-03-10', outcomes: [{ type: 'bodies_repatriated', total: 300 }] });
  });
});

describe('strikes in other styles', () => {
  it('splits a wave summary into its places', () => {
    const ss = kind(
      run('Russian missiles and drones hit Dnipro and Kharkiv overnight into Tuesday, killing at least nine people.\n\nIn Dnipro, a missile struck an apartment block, killing six people and wounding 20.\n\nIn Kharkiv, three people were killed when glide bombs hit houses.'),
      'strike',
    );
    expect(ss.map((s) => [s.locations.join(','), s.killed, s.attacker, s.date])).toEqual([
      ['Dnipro', 6, 'russia', '2026-03-10'],
      ['Kharkiv', 3, 'russia', '2026-03-10'],
    ]);
  });

  it('does not add intercepted drones to a different attack, and places them by the debris', () => {
    const ss = kind(run('Russian glide bombs hit a factory in Kharkiv on Tuesday, killing two workers.\n\nOvernight, air defences shot down 40 of 55 Russian drones. Falling debris damaged houses in the Kyiv region.'), 'strike');
    expect(ss.map((s) => [s.locations.join(','), s.weapons.join(','), s.targetType])).toEqual([
      ['Kharkiv', 'glide-bomb', 'industrial'],
      ['Kyiv region', 'drone', 'residential'],
    ]);
  });

  it('drops an air-defence report that never says where', () => {
    expect(kind(run('Air defences shot down 40 of 55 Russian drones overnight.'), 'strike')).toEqual([]);
  });

  it('reads "struck Ukrainian military airfields" as a Ukrainian target, not the attacker', () => {
    const [s] = kind(run("Russia's army said it had struck Ukrainian military airfields with Kinzhal missiles in the Poltava region overnight."), 'strike');
    expect(s).toMatchObject({ attacker: 'russia', target: 'ukraine', targetType: 'military' });
  });

  it('drops a mixed-case agency dateline from the places', () => {
    const [s] = kind(run('Kyiv (AFP) - A Russian missile strike on a railway station in the town of Lozova killed four people on Monday.'), 'strike');
    expect(s).toMatchObject({ locations: ['Lozova'], targetType: 'transport', killed: 4, date: '2026-03-09' });
  });
});

describe('tolls in other styles', () => {
  it('reads "among them N children" like "including": a part of the figure before it, not a toll of its own (as the guide\'s readers annotate)', () => {
    const ts = kind(run('The UN mission has verified the deaths of 13,500 civilians, among them 700 children, as of 28 February 2026.'), 'toll');
    expect(ts.map((t) => [t.value, t.asOf])).toEqual([[13500, '2026-02-28']]);
  });

  it('keeps a daily figure as a period even when the running total follows', () => {
    const ts = kind(run("Ukraine's General Staff said Russia had lost 1,050 troops over the past day, bringing its total losses since the start of the invasion to 1,250,300."), 'toll');
    expect(ts.map((t) => [t.value, t.scope])).toEqual([[1050, 'period'], [1250300, 'cumulative']]);
  });

  it('takes the acronym of "according to the ... (IOM)" and the source of "This number includes"', () => {
    const [t] = kind(run('More than 3.5 million people remain displaced, according to the International Organization for Migration (IOM).'), 'toll');
    expect(t).toMatchObject({ value: 3_500_000, reportedBy: 'IOM', bound: 'at_least' });
    const ts = kind(run('Russia has lost around 1,200,000 troops since Feb. 24, 2022, the General Staff reported on March 9. This number includes 950 casualties over the past day.'), 'toll');
    expect(ts.map((x) => [x.value, x.reportedBy])).toEqual([[1200000, 'General Staff'], [950, 'General Staff']]);
  });

  it('reads past a dash aside: "N civilians — including M children — have been killed" (the children are part of the figure)', () => {
    const ts = kind(run('More than 12,000 civilians — including 650 children — have been killed since 2022, the UN said.'), 'toll');
    expect(ts.map((t) => [t.value, t.measure, t.bound])).toEqual([[12000, 'killed', 'at_least']]);
  });
});

describe('incident casualties with an aside', () => {
  it('gives "Two people, including a boy, were injured when a drone hit" to the strike, not a toll', () => {
    const cs = run('Two people, including a five-year-old boy, were injured when a drone hit a house in Sumy on 24 February 2026.');
    expect(kind(cs, 'toll')).toEqual([]);
    expect(kind(cs, 'strike')[0]).toMatchObject({ injured: 2, locations: ['Sumy'], date: '2026-02-24', targetType: 'residential' });
  });
});
