import { describe, expect, it } from 'vitest';
import { claimsOfKind } from './test-gazetteer';

// Own sentences: who sits at the table when a speaker, a war or an attack is in the sentence too.
const talks = (text: string, published = '2026-09-10T12:00:00Z') => claimsOfKind('talks', text, published);

describe('sides and places of a meeting among other things', () => {
  it('counts the speaker who says he will meet, and not the sides of a truce named in passing', () => {
    const [m] = talks('U.S. President Donald Trump said on Thursday he would meet Russian President Vladimir Putin in Vienna on September 24, as the ceasefire between Moscow and Kyiv nears its end.');
    expect(m).toMatchObject({ parties: ['russia', 'united-states'], location: 'Vienna', status: 'scheduled', date: '2026-09-24' });
  });

  it('reads "representatives of the United States and Ukraine" as sides', () => {
    const [m] = talks('The consultations held in Geneva on September 8-9 between the Russian delegation and representatives of the United States and Ukraine were constructive, the Kremlin said.');
    expect(m?.parties).toEqual(['russia', 'ukraine', 'united-states']);
  });

  it('does not take the place of an attack in the same sentence as the meeting\'s', () => {
    const all = talks('Even as the delegations met in Istanbul on Wednesday, a Russian drone struck a depot in Sumy, killing one worker.');
    expect(all.map((c) => c.location)).not.toContain('Sumy');
  });
});

describe('exchanges tied to a city without a round of their own', () => {
  it('takes the city of "as agreed in X" and the day of the report that leads with it', () => {
    const [ex] = talks('On 9 September we received 800 bodies of fallen soldiers, as agreed in Istanbul, the commissioner said.');
    expect(ex).toMatchObject({ location: 'Istanbul', date: '2026-09-09', outcomes: [{ type: 'bodies_repatriated', total: 800 }] });
  });

  it('reads "carried out on the 250-for-250 formula" as each side\'s count, and "secured in X" as the city', () => {
    const all = talks(
      [
        'Another 250 Ukrainians have returned home from Russian captivity.',
        'The exchange, carried out on the 250-for-250 formula, is the first stage of the arrangements our delegation secured in Istanbul, the President said.',
      ].join('\n\n'),
    );
    expect(all[0]).toMatchObject({ location: 'Istanbul', date: '2026-09-10', outcomes: [{ type: 'prisoner_exchange', total: 500 }] });
  });
});

describe('leaders and ministers meeting in person', () => {
  it('keeps the host country when its own leader is at the table', () => {
    const [m] = talks('Ukrainian President Volodymyr Zelensky met French President Emmanuel Macron and British Prime Minister Keir Starmer in Paris on Wednesday.');
    expect(m).toMatchObject({ parties: ['france', 'ukraine', 'united-kingdom'], location: 'Paris' });
  });

  it('reads "travelled to Kyiv, where she met" as a meeting in Kyiv', () => {
    const [m] = talks("The EU's foreign policy chief Kaja Kallas travelled to Kyiv on Tuesday, where she met President Volodymyr Zelensky.");
    expect(m).toMatchObject({ parties: ['european-union', 'ukraine'], location: 'Kyiv' });
  });

  it('reads "held talks in Moscow with the Saudi foreign minister"', () => {
    const [m] = talks('Russian Foreign Minister Sergei Lavrov held talks in Moscow on Wednesday with Saudi Foreign Minister Prince Faisal bin Farhan.');
    expect(m).toMatchObject({ parties: ['russia', 'saudi-arabia'], location: 'Moscow' });
  });
});

describe('another meeting named inside the sentence of one', () => {
  it('reads a relative clause about the next round apart from the meeting told', () => {
    const [m] = talks('Russian Foreign Minister Sergei Lavrov held talks in Moscow on Wednesday with Saudi Foreign Minister Prince Faisal bin Farhan, whose country is preparing to host the next round of Russian-American-Ukrainian consultations in Riyadh.');
    expect(m).toMatchObject({ parties: ['russia', 'saudi-arabia'], location: 'Moscow', status: 'held' });
  });

  it('does not give a separate two-party track the sides of the talks before it through "their"', () => {
    const all = talks(
      'Delegations of Russia, Ukraine and the United States met in Istanbul on September 8. In a separate track, U.S. and Russian diplomats are to meet in Vienna on October 5 for a second round of talks on the functioning of their embassies.',
    );
    expect(all.find((c) => c.location === 'Vienna')).toMatchObject({ parties: ['russia', 'united-states'], status: 'scheduled', round: 2 });
  });

  it('reads "the three sides had agreed to hold a third round in X in MONTH" as scheduled, with the sides of the talks told', () => {
    const all = talks(
      "Delegations of Russia, Ukraine and the United States met in Istanbul on September 8.\n\nRussia's delegation said the three sides had agreed to hold a third round in Abu Dhabi in October.",
    );
    expect(all.find((c) => c.location === 'Abu Dhabi')).toMatchObject({ parties: ['russia', 'ukraine', 'united-states'], status: 'scheduled', round: 3, date: '2026-10' });
  });
});
