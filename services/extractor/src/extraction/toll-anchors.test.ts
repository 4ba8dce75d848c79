import { describe, expect, it } from 'vitest';
import { claimsOfKind } from './test-gazetteer';

// Own sentences. Each case pins where a figure's window, population or source is anchored when
// the words that decide it sit outside the figure's own clause; each failed before its rule.
const PUB = '2026-05-20T08:00:00Z';

describe('what a toll is anchored to', () => {
  it('reads "civilians" over the war\'s official name just before it', () => {
    const [t] = claimsOfKind('toll', 'Since the start of the "special military operation", 612 civilians have been killed in the Kursk region, the governor wrote.', PUB);
    expect(t?.population).toBe('civilian');
  });

  it('counts the register of persons "missing under special circumstances" as soldiers and civilians', () => {
    const [t] = claimsOfKind('toll', 'More than 81,000 people are registered as missing under special circumstances, Ukraine\'s commissioner for missing persons said on Tuesday.', PUB);
    expect([t?.measure, t?.population]).toEqual(['missing', 'mixed']);
  });

  it('keeps a running total told after "and that" apart from the month told before it', () => {
    const all = claimsOfKind(
      'toll',
      'The UK Ministry of Defence assessed on May 4 that Russian forces suffered about 31,200 casualties in April and that total Russian casualties since February 2022 have likely exceeded 1.35 million.',
      PUB,
    );
    expect(all.map((t) => [t.value, t.scope, t.period])).toEqual([
      [31200, 'period', 'month'],
      [1350000, 'cumulative', null],
    ]);
  });

  it('dates an earlier assessment by when it was made, and keeps it a running total', () => {
    const [t] = claimsOfKind('toll', 'The agency previously assessed in October 2025 that roughly 1,800 North Korean soldiers had been killed.', PUB);
    expect([t?.scope, t?.asOf]).toEqual(['cumulative', '2025-10']);
  });

  it('takes the window a bulletin opens in the sentence before the figure', () => {
    const all = claimsOfKind(
      'toll',
      'Over the past day, units of the groupings of forces continued to advance along the whole line of contact. The losses of the Ukrainian armed forces amounted to up to 1,240 servicemen, according to the ministry.',
      PUB,
    );
    expect(all.map((t) => [t.value, t.scope, t.period])).toEqual([[1240, 'period', 'day']]);
  });

  it('does not carry such a window across a paragraph', () => {
    const all = claimsOfKind(
      'toll',
      'Over the past day, units of the groupings of forces continued to advance along the whole line of contact.\n\nThe losses of the Ukrainian armed forces since February 2022 amounted to more than 1,000,000 servicemen, according to the ministry.',
      PUB,
    );
    expect(all.map((t) => [t.value, t.scope])).toEqual([[1000000, 'cumulative']]);
  });

  it('gives an earlier point of a count, told in a when-clause, the count\'s source', () => {
    const all = claimsOfKind(
      'toll',
      'The Coordination Headquarters says more than 7,600 Ukrainian servicemen remain in Russian captivity. The number has grown since last spring, when about 6,100 were held.',
      PUB,
    );
    expect(all.map((t) => [t.value, t.reportedBy])).toEqual([
      [7600, 'Coordination Headquarters'],
      [6100, 'Coordination Headquarters'],
    ]);
  });
});

describe('a figure told twice', () => {
  it('takes the body that keeps the count over the side the headline names', () => {
    const [t] = claimsOfKind(
      'toll',
      'Ukraine says Russia lost 980 troops in a day\nUkraine\'s General Staff says Russia lost 980 soldiers killed or wounded over the past 24 hours.',
      '2026-05-20T08:00:00Z',
    );
    expect([t?.value, t?.reportedBy, t?.reporterId]).toEqual([980, 'General Staff', 'ua-general-staff']);
  });
});

describe('who reports a toll, in shapes of published reporting', () => {
  const P = '2025-06-21T12:00:00Z';
  it('keeps an institution named after its side ("The UK Ministry of Defence said")', () => {
    const [t] = claimsOfKind('toll', 'The UK Ministry of Defence said up to 240,000 Russian soldiers had been killed.', P);
    expect([t?.reportedBy, t?.reporterId]).toEqual(['UK Ministry of Defence', 'uk-defence-ministry']);
  });

  it('reads a part of the figure before ("Of this figure, ...") with its side, population and source', () => {
    const all = claimsOfKind('toll', "In an intelligence update, the MOD said Moscow's forces had probably sustained roughly 870,000 casualties.\n\nOf this figure, the post stated it was likely that up to a quarter of a million had been killed.", P);
    expect(all.map((t) => [t.value, t.party, t.population, t.measure, t.reportedBy])).toEqual([
      [870000, 'russia', 'military', 'casualties', 'MOD'],
      [250000, 'russia', 'military', 'killed', 'MOD'],
    ]);
  });

  it('gives "has killed N children ... and wounded another M" each its own verb', () => {
    const all = claimsOfKind('toll', 'Since the start of the war, Russia has killed 640 children in Ukraine and wounded another 2,150, the prosecutor general said.', P);
    expect(all.filter((t) => t.value === 640).map((t) => t.measure)).toEqual(['killed']);
  });

  it('names the person after "reported <title> of <country> <name> on Monday in Telegram"', () => {
    const [t] = claimsOfKind('toll', 'Since the start of the war, Russia has killed 640 children in Ukraine, reported Prosecutor General of Ukraine Ruslan Kravchenko on Monday in Telegram, writes UNN.', P);
    expect(t?.reportedBy).toBe('Kravchenko');
  });

  it('names the speaker of ", with <name> noting that ..."', () => {
    const [t] = claimsOfKind('toll', 'The strikes caused heavy losses, with Jenca noting that civilian casualties in Ukraine reached 5,010.', P);
    expect(t?.reportedBy).toBe('Jenca');
  });
});

describe('windows of published reporting', () => {
  const P = '2025-06-21T12:00:00Z';
  it('reads "the first five months of 2025" as a window ending in May, with the parts of its figure', () => {
    const all = claimsOfKind(
      'toll',
      'The attacks led to a rise in casualties, with Jenca noting that in the first five months of 2025, civilian casualties in Ukraine reached 5,010, with 840 killed and 4,170 wounded, an increase compared to the same period in 2024.',
      P,
    );
    expect(all.map((t) => [t.value, t.population, t.scope, t.period, t.asOf])).toEqual([
      [5010, 'civilian', 'period', 'other', '2025-05'],
      [840, 'civilian', 'period', 'other', '2025-05'],
      [4170, 'civilian', 'period', 'other', '2025-05'],
    ]);
  });
});

describe('reporters written with a dotted acronym', () => {
  it('resolves "the U.N." to the monitoring mission, like "the UN"', () => {
    const [t] = claimsOfKind('toll', 'Since the start of the invasion, the U.N. estimates that at least 11,300 civilians have been killed.', '2024-07-09T12:00:00Z');
    expect(t?.reporterId).toBe('un-hrmmu');
  });
});

describe('figures that are not tolls, in shapes of published reporting', () => {
  const P = '2024-02-26T12:00:00Z';
  const values = (text: string) => claimsOfKind('toll', text, P).map((t) => t.value);

  it('leaves out figures the speaker dismisses, and "not 300,000"', () => {
    expect(values('He recalled claims by pro-Russian bloggers of 290,000 Ukrainian soldiers killed, and Russian statements of 110,000, but he dismissed these figures as a lie.')).toEqual([]);
    expect(values('"Not 300,000, not 150,000, but every loss is grievous," the president said.')).toEqual([]);
  });

  it('leaves out an age group "among the dead"', () => {
    expect(values('The monitors have documented 5,800 civilians killed in Ukraine. Among the dead are 370 children.')).toEqual([5800]);
  });

  it('leaves out people evacuated from homes one attack damaged', () => {
    expect(values('The mayor said 14 people, including four children, had to be evacuated from their damaged flats after the overnight strike.')).toEqual([]);
  });

  it('leaves out counts of other things read after "from"', () => {
    expect(values('The mission has documented almost 14,000 civilian casualties in Ukraine. The report draws on information from 81 field visits and more than 900 interviews.')).toEqual([14000]);
  });

  it('does not count the side waging the war as whose civilians fell', () => {
    const [t] = claimsOfKind('toll', "The UN monitoring mission has documented almost 14,000 civilian casualties in the Russian Federation's war against Ukraine.", P);
    expect(t?.party).toBe('ukraine');
  });

  it('leaves out the change since an earlier report', () => {
    expect(values('Compared to data on February 22, five children died and seven more were injured.')).toEqual([]);
  });
});
