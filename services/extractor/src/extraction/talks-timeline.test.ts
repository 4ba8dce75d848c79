import { describe, expect, it } from 'vitest';
import { claimsOfKind } from './test-gazetteer';

// Own text: an explainer timeline whose entries open on a "DATE — City." heading.
const talks = (text: string, published = '2026-03-02T09:00:00Z') => claimsOfKind('talks', text, published);

const TIMELINE = [
  'The road to a settlement has run through many capitals. The main stops so far:',
  'April 7, 2025 — Geneva. Ukrainian and Russian delegations headed by Rustem Umerov and Vladimir Medinsky meet at a lakeside hotel. The talks end without a statement.',
  'June 4, July 9 and August 20, 2025 — Doha. Russia and Ukraine hold three rounds of direct talks under Qatari mediation. The first round produces a 500-for-500 prisoner exchange; the second an agreement to return the bodies of 2,000 soldiers; the third ends within two hours.',
  'January 12 and February 2, 2026 — Riyadh. US envoy Steve Witkoff sits down with Russian and Ukrainian negotiators for the first and second rounds of trilateral talks. The second round produces an agreement to exchange 240 prisoners.',
  'Next: officials say a third trilateral round is being prepared for Vienna in April.',
].join('\n\n');

describe('a timeline of "DATE — City." entries', () => {
  const all = talks(TIMELINE);

  it('gives each entry the heading city and day, over what the prose adds', () => {
    expect(all.find((c) => c.date === '2025-04-07')).toMatchObject({ location: 'Geneva', parties: ['russia', 'ukraine'] });
  });

  it('makes one claim per listed day, numbered and given its own outcome by ordinal', () => {
    const doha = all.filter((c) => c.location === 'Doha').sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
    expect(doha.map((c) => [c.date, c.round])).toEqual([
      ['2025-06-04', 1],
      ['2025-07-09', 2],
      ['2025-08-20', 3],
    ]);
    expect(doha[0]!.outcomes).toEqual([{ type: 'prisoner_exchange', total: 1000, released: { russia: 500, ukraine: 500 } }]);
    expect(doha[1]!.outcomes.map((o) => o.type)).toEqual(['bodies_repatriated']);
    expect(doha[2]!.outcomes).toEqual([]);
  });

  it('numbers "the first and second rounds" in date order, the outcome going to the one named', () => {
    const riyadh = all.filter((c) => c.location === 'Riyadh').sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
    expect(riyadh.map((c) => c.round)).toEqual([1, 2]);
    expect(riyadh[0]!.outcomes).toEqual([]);
    expect(riyadh[1]!.outcomes.map((o) => o.total)).toEqual([240]);
  });

  it('reads a round "being prepared for" a city as scheduled', () => {
    expect(all.find((c) => c.location === 'Vienna')).toMatchObject({ status: 'scheduled', round: 3, date: '2026-04' });
  });
});

describe('rounds recalled or announced in a report on another', () => {
  it('reads "The first and second rounds, held in X on D1 and D2" as two numbered rounds of the talks told', () => {
    const all = talks(
      'Delegations from Ukraine, Russia and the United States will meet in Vienna on Thursday for a third round of trilateral talks, officials said. The first and second rounds, held in Riyadh on January 12 and February 2, ended without a deal on territory.',
      '2026-03-02T09:00:00Z',
    );
    const riyadh = all.filter((c) => c.location === 'Riyadh').sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
    expect(riyadh.map((c) => [c.date, c.round, c.status])).toEqual([
      ['2026-01-12', 1, 'held'],
      ['2026-02-02', 2, 'held'],
    ]);
    for (const c of riyadh) expect(c.parties).toEqual(['russia', 'ukraine', 'united-states']);
  });

  it('keeps "expected the next, fourth round to take place in X in April" apart from the exchange told first', () => {
    const all = talks(
      [
        'Ukraine brought home 300 soldiers on March 19 under the agreement reached at last week\'s trilateral talks in Vienna, President Volodymyr Zelensky said.',
        'Russia received 300 of its servicemen in return.',
        'Relatives gathered at the border crossing.',
        'Zelensky said he expected the next, fourth round of trilateral talks to take place in Vienna in April.',
      ].join(' '),
      '2026-03-19T15:00:00Z',
    );
    expect(all.find((c) => c.status === 'scheduled')).toMatchObject({ location: 'Vienna', round: 4, date: '2026-04' });
    expect(all.find((c) => c.status === 'held')?.outcomes[0]).toMatchObject({ type: 'prisoner_exchange', total: 600 });
  });
});

describe('rounds counted and listed by month', () => {
  it('reads "three rounds of direct Russian–Ukrainian talks in Doha in May, June and July of last year" as three rounds', () => {
    const all = talks('Qatar hosted three rounds of direct Russian–Ukrainian talks in Doha in May, June and July of last year, which produced two prisoner exchanges.', '2026-04-20T10:00:00Z');
    expect(all.map((c) => [c.location, c.date, c.parties.join('+')])).toEqual([
      ['Doha', '2025-05', 'russia+ukraine'],
      ['Doha', '2025-06', 'russia+ukraine'],
      ['Doha', '2025-07', 'russia+ukraine'],
    ]);
  });

  it('does not split months the sentence does not count as meetings', () => {
    const all = talks('Russian and Ukrainian negotiators met in Doha in May, after talks stalled in March and April.', '2026-06-20T10:00:00Z');
    expect(all.filter((c) => c.location === 'Doha').length).toBeLessThanOrEqual(1);
  });
});

describe('an exchange "a day after" the round that agreed it', () => {
  it('dates the round back and keeps its number on the round, not on the exchange', () => {
    const all = talks(
      [
        'Russia and Ukraine exchanged 240 prisoners of war on Sunday, a day after the third round of talks between the two sides and the United States in Vienna, officials said.',
        'The swap was agreed at the talks, where U.S. envoy Steve Witkoff met Ukrainian negotiator Rustem Umerov.',
      ].join('\n\n'),
      '2026-03-08T16:00:00Z',
    );
    const ex = all.find((c) => c.outcomes.length > 0);
    const round = all.find((c) => c.outcomes.length === 0);
    expect(ex).toMatchObject({ date: '2026-03-08', round: null, location: 'Vienna' });
    expect(round).toMatchObject({ date: '2026-03-07', round: 3, location: 'Vienna', status: 'held' });
  });
});
