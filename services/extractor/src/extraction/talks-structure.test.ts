import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';
import type { TalksFrame } from './talks';
import { mergeRepeats } from './talks-repeats';
import { claimsOfKind, testGazetteer } from './test-gazetteer';

// Sentences written for these specs: the structure of a talks report (sides, hosts, venue, time,
// status) phrased as wires, state agencies and newsletters phrase it.
const PUB = '2026-06-10T09:00:00Z'; // a Wednesday
type Talks = Extract<ExtractedClaim, { kind: 'talks' }>;
const talks = (text: string, published = PUB) => extractClaims({ id: 't', published, text }, testGazetteer()).filter((c): c is Talks => c.kind === 'talks');

describe('sides and hosts', () => {
  it('reads hyphenated compounds of sides: "Russian-Ukrainian consultations"', () => {
    const [t, ...rest] = talks('Russian-Ukrainian consultations took place in Doha on Monday, the foreign ministry in Moscow said.');
    expect(rest).toHaveLength(0);
    expect(t).toMatchObject({ parties: ['russia', 'ukraine'], location: 'Doha', date: '2026-06-08', status: 'held' });
  });

  it('reads three sides in one compound and leaves a "-hosted" host out', () => {
    const [t] = talks('Delegates wrapped up two days of Qatari-hosted Russian-American-Ukrainian talks in Doha on Tuesday.');
    expect(t).toMatchObject({ parties: ['russia', 'ukraine', 'united-states'], location: 'Doha' });
  });

  it('leaves out a party that "will host" the meeting of two others', () => {
    const [t, ...rest] = talks('Turkey said on Monday that it will host a meeting between Russian and Ukrainian negotiators in Istanbul on June 20.');
    expect(rest).toHaveLength(0);
    expect(t).toMatchObject({ parties: ['russia', 'ukraine'], location: 'Istanbul', status: 'scheduled', date: '2026-06-20' });
  });

  it('keeps a host that is itself one of the two sides', () => {
    const [t] = talks('US-hosted talks between American and Ukrainian negotiators opened in Miami on Tuesday.');
    expect(t).toMatchObject({ parties: ['ukraine', 'united-states'], location: 'Miami', status: 'held' });
  });

  it('leaves out a mediator whose officials speak of the exchanges it has mediated', () => {
    const [t] = talks(
      'Delegations from Russia, Ukraine and the United States met in Abu Dhabi on Monday. Emirati officials said the country has mediated many such meetings.',
    );
    expect(t!.parties).toEqual(['russia', 'ukraine', 'united-states']);
  });
});

describe('one meeting told twice', () => {
  const frame = (location: string | null, date: string, participants: string[] = []): TalksFrame => ({
    claim: { kind: 'talks', parties: ['russia', 'ukraine'], location, date, status: 'scheduled', round: null, participants, outcomes: [] },
    first: 0,
    last: 0,
    negotiators: [],
    leaders: [],
    hosts: new Set(),
    dateParts: null,
    dateFromStatement: false,
    signals: 1,
  });

  it('merges a summary line without a place into the fuller report of the same day', () => {
    const merged = mergeRepeats([frame(null, '2026-06-24'), frame('Oslo', '2026-06-24', ['Zuppi'])]);
    expect(merged.map((f) => [f.claim.location, f.claim.participants])).toEqual([['Oslo', ['Zuppi']]]);
  });

  it('keeps meetings on other days or at other places apart', () => {
    expect(mergeRepeats([frame(null, '2026-06-24'), frame('Oslo', '2026-06-25')])).toHaveLength(2);
    expect(mergeRepeats([frame('Geneva', '2026-06-24'), frame('Oslo', '2026-06-24')])).toHaveLength(2);
    expect(mergeRepeats([frame(null, '2026-06'), frame('Oslo', '2026-06')])).toHaveLength(2);
  });
});

describe('sides after "talks with"', () => {
  it('reads a two-word side before "and": "talks with the United States and Russia"', () => {
    const [t] = talks('Ukrainian negotiators will hold the next round of talks with the United States and Russia in Geneva next week.');
    expect(t).toMatchObject({ parties: ['russia', 'ukraine', 'united-states'], location: 'Geneva', status: 'scheduled' });
  });
});

describe('an exchange agreed is not an exchange carried out', () => {
  it('marks "agreed to swap" as agreed', () => {
    const [t] = talks('Russian and Ukrainian negotiators met in Istanbul on Monday and agreed to swap 300 prisoners of war each.');
    expect(t!.outcomes).toEqual([{ type: 'prisoner_exchange', total: 600, released: { russia: 300, ukraine: 300 }, agreed: true }]);
  });

  it('leaves an exchange carried out without the flag', () => {
    const [t] = talks('Russian and Ukrainian negotiators met in Istanbul on Monday, and the two sides exchanged 300 prisoners of war each the same day.');
    expect(t!.outcomes[0]!.agreed).toBeUndefined();
  });
});

describe('a swap written as a ratio', () => {
  it('reads "the 150-for-150 exchange" as 300 in all', () => {
    const [t] = talks('Russian and Ukrainian negotiators met in Istanbul on Monday; the 150-for-150 exchange they settled on went ahead on Tuesday.');
    expect(t!.outcomes[0]).toMatchObject({ type: 'prisoner_exchange', total: 300 });
  });

  it('reads "a hundred-for-hundred swap"', () => {
    const [t] = talks('Russian and Ukrainian delegations met in Geneva on Monday and settled on a hundred-for-hundred swap.');
    expect(t!.outcomes[0]).toMatchObject({ type: 'prisoner_exchange', total: 200, released: { russia: 100, ukraine: 100 } });
  });
});

describe('a running count of many swaps', () => {
  it('is not the outcome of the round', () => {
    const [t] = talks(
      'Russian and Ukrainian delegations met in Doha on Monday. Qatari officials said the country has mediated 15 exchanges since 2023, freeing over 3,000 prisoners in all.',
    );
    expect(t!.outcomes.filter((o) => o.total !== undefined)).toEqual([]);
  });
});

describe('a side at a trilateral table', () => {
  it('stays a side when a later sentence speaks of its mediation', () => {
    const cs = claimsOfKind(
      'talks',
      'Trilateral negotiations between Ukraine, Russia, and the United States ended in Abu Dhabi on Saturday without an agreement. The two-day meeting was the first direct public discussion between Moscow and Kyiv in years, with American mediation aimed at ending the war.',
      '2026-02-07T18:00:00Z',
    );
    expect(cs.map((c) => c.parties)).toEqual([['russia', 'ukraine', 'united-states']]);
  });
});

describe('a call told ahead', () => {
  it('is no talks claim without an outcome, even beside a round of negotiations', () => {
    const cs = claimsOfKind(
      'talks',
      'The President of France, Emmanuel Macron, will hold a new telephone call with his Russian counterpart, Vladimir Putin, on Tuesday, at a time when Ukraine and Turkey have started a round of negotiations.',
      '2022-03-29T12:00:00Z',
    );
    expect(cs.filter((c) => c.parties.includes('france'))).toEqual([]);
  });
});

describe('talks in shapes of published reporting', () => {
  it('reads a proposal agreed to in a call as the call\'s outcome, not a hypothetical', () => {
    const cs = claimsOfKind('talks', "Putin agreed to Trump's proposal for a 30-day halt to attacks on energy infrastructure during their phone call on Tuesday, the Kremlin said.", '2025-03-19T10:00:00Z');
    expect(cs.map((c) => [c.parties, c.outcomes.map((o) => o.type)])).toEqual([[['russia', 'united-states'], ['energy_truce']]]);
  });

  it('makes "met separately with Ukrainian and Russian representatives" two meetings', () => {
    const cs = claimsOfKind('talks', 'U.S. experts met separately with Ukrainian and Russian representatives in the Saudi capital of Riyadh on Monday.', '2025-03-25T10:00:00Z');
    expect(cs.map((c) => [c.parties, c.location])).toEqual([
      [['ukraine', 'united-states'], 'Riyadh'],
      [['russia', 'united-states'], 'Riyadh'],
    ]);
  });

  it('splits "met separately" with words between it and "with" into two meetings', () => {
    const cs = claimsOfKind('talks', 'American negotiators met separately over two days in the Saudi capital Riyadh with the Ukrainian and Russian delegations.', '2025-03-25T10:00:00Z');
    expect(cs.map((c) => [c.parties, c.location])).toEqual([
      [['ukraine', 'united-states'], 'Riyadh'],
      [['russia', 'united-states'], 'Riyadh'],
    ]);
  });

  it('leaves the round to its two sides when a host met each of them apart before it', () => {
    const cs = claimsOfKind('talks', "Turkey's foreign minister held separate meetings with the Russian and Ukrainian delegations before the start of the third round of talks in Istanbul on Wednesday.", '2025-07-25T10:00:00Z');
    expect(cs.map((c) => [c.parties, c.location, c.round])).toEqual([[['russia', 'ukraine'], 'Istanbul', 3]]);
  });

  it('names a city as the venue, never a state ("in Alaska" is no city; "Anchorage, Alaska" is)', () => {
    expect(claimsOfKind('talks', 'Trump and Putin met in Alaska on Friday for nearly three hours of talks.', '2025-08-16T08:00:00Z').map((c) => [c.parties, c.location])).toEqual([
      [['russia', 'united-states'], null],
    ]);
    expect(claimsOfKind('talks', 'Trump and Putin met in Anchorage, Alaska, on Friday for nearly three hours of talks.', '2025-08-16T08:00:00Z').map((c) => [c.parties, c.location])).toEqual([
      [['russia', 'united-states'], 'Anchorage'],
    ]);
  });

  it('keeps talks that "failed to make progress": a result denied, not the meeting', () => {
    expect(claimsOfKind('talks', 'Russian and Ukrainian delegations held talks in Istanbul on Monday but failed to make progress toward a ceasefire.', '2025-06-03T08:00:00Z').map((c) => [c.parties, c.location, c.status])).toEqual([
      [['russia', 'ukraine'], 'Istanbul', 'held'],
    ]);
    expect(claimsOfKind('talks', 'Russia and Ukraine agreed on another exchange of prisoners during peace talks in Istanbul, but failed to reach a breakthrough.', '2025-06-03T08:00:00Z').map((c) => [c.parties, c.location, c.status])).toEqual([
      [['russia', 'ukraine'], 'Istanbul', 'held'],
    ]);
    // a meeting that did not happen stays out (a guard)
    expect(claimsOfKind('talks', 'Russia failed to send a delegation to the talks in Istanbul on Monday.', '2025-06-03T08:00:00Z')).toEqual([]);
  });

  it('gives each round of "the first round ... on Jan. 23-24, with the second round taking place Feb. 4-5" its own day and number', () => {
    expect(claimsOfKind('talks', 'The first round of trilateral talks between Russia, Ukraine and the United States was held in Abu Dhabi on Jan. 22-23, with the second round taking place Feb. 3-4.', '2026-02-05T20:00:00Z').map((c) => [c.location, c.date, c.round])).toEqual([
      ['Abu Dhabi', '2026-01-22', 1],
      ['Abu Dhabi', '2026-02-03', 2],
    ]);
  });

  it('leaves out a leader told as absent ("without Zelensky", "Zelensky was not invited")', () => {
    for (const text of ['Trump and Putin met in Anchorage on Friday; Zelensky was not invited.', 'Trump and Putin met in Anchorage on Friday without Zelensky.'])
      expect(claimsOfKind('talks', text, '2025-08-16T10:00:00Z').map((c) => [c.parties, c.participants]), text).toEqual([[['russia', 'united-states'], ['Trump', 'Putin']]]);
    // one who was there stays (a guard)
    expect(claimsOfKind('talks', 'Trump met Zelensky in Washington on Monday.', '2025-08-16T10:00:00Z').map((c) => c.parties)).toEqual([['ukraine', 'united-states']]);
  });

  it('takes an aim to hold talks for no scheduled meeting', () => {
    expect(claimsOfKind('talks', 'Erdogan said Ankara will seek to hold further talks with Putin and Trump in the coming weeks.', '2025-07-25T10:00:00Z')).toEqual([]);
    expect(claimsOfKind('talks', 'The Turkish leader said he will explore the possibility of hosting a summit between Putin and Zelensky in Istanbul.', '2025-07-25T10:00:00Z')).toEqual([]);
  });
});
