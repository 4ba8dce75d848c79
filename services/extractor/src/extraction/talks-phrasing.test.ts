import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';
import { testGazetteer } from './test-gazetteer';

// Sentences written for these specs (1.3.0 rules): talks phrased as timelines, newsletters,
// translated reports and narrative features.
const PUB = '2025-10-09T09:00:00Z'; // a Thursday
const talks = (text: string, published = PUB) =>
  extractClaims({ id: 't', published, text }, testGazetteer()).filter((c) => c.kind === 'talks') as Extract<ExtractedClaim, { kind: 'talks' }>[];

describe('talks in other phrasings', () => {
  it('reads sentence-initial "Delegations from X, Y and Z sat down in ..."', () => {
    const [t, ...rest] = talks('Delegations from Russia, Ukraine and the United States sat down in Riyadh on Tuesday for a day of closed-door talks.');
    expect(rest).toHaveLength(0);
    expect(t).toMatchObject({ parties: ['russia', 'ukraine', 'united-states'], location: 'Riyadh', status: 'held', date: '2025-10-07' });
  });

  it('reads "Negotiators from X and Y are expected to resume talks next month" as scheduled', () => {
    const [t] = talks('Negotiators from Ukraine and Russia are expected to resume talks next month, Swiss diplomats said on Wednesday.');
    expect(t).toMatchObject({ parties: ['russia', 'ukraine'], status: 'scheduled', date: '2025-11' });
  });

  it('splits a dated timeline into one claim per entry, with upper-case month headings', () => {
    const ts = talks(
      [
        'AUGUST 4 - Ukrainian and American negotiators met in Jeddah and agreed on a framework for a truce.',
        'AUGUST 19 - Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov met in Doha.',
        'SEPTEMBER 2 - A meeting of Russian and Ukrainian technical experts planned in Vienna for that day was called off.',
      ].join('\n\n'),
    );
    expect(ts.map((t) => [t.parties.join('+'), t.location, t.date, t.status])).toEqual([
      ['ukraine+united-states', 'Jeddah', '2025-08-04', 'held'],
      ['russia+united-states', 'Doha', '2025-08-19', 'held'],
      ['russia+ukraine', 'Vienna', '2025-09-02', 'cancelled'],
    ]);
  });

  it('gives "the same delegations met again" the sides of the earlier meeting', () => {
    const ts = talks(
      'MARCH 3 - Delegations from Russia, Ukraine and the United States met in Riyadh.\n\nMARCH 20 - The same three delegations met again in Riyadh for a second round; Kyiv and Moscow agreed to swap 90 prisoners each.',
    );
    expect(ts).toHaveLength(2);
    expect(ts[1]).toMatchObject({ parties: ['russia', 'ukraine', 'united-states'], round: 2, date: '2025-03-20' });
    expect(ts[1]!.outcomes).toEqual([{ type: 'prisoner_exchange', total: 180, released: { russia: 90, ukraine: 90 }, agreed: true }]);
  });

  it('takes the place of "The talks, hosted by Turkey, ..." when the sides come in the next sentence', () => {
    const [t, ...rest] = talks(
      'OCTOBER 6 - The talks, hosted by Turkey at a palace in Istanbul, lasted barely ninety minutes. Vladimir Medinsky led the Russian delegation and Rustem Umerov the Ukrainian one.',
    );
    expect(rest).toHaveLength(0);
    expect(t).toMatchObject({ parties: ['russia', 'ukraine'], location: 'Istanbul', date: '2025-10-06', participants: ['Medinsky', 'Umerov'] });
  });

  it('keeps a phone call only when it yields an agreement', () => {
    expect(talks('Trump and Zelensky spoke by phone on Monday about air defence. The White House called the call "constructive."')).toEqual([]);
    const [t] = talks('Presidents Donald Trump and Vladimir Putin spoke by phone on Tuesday. Putin agreed to a 30-day pause in strikes on energy facilities.');
    expect(t).toMatchObject({ parties: ['russia', 'united-states'], location: null, status: 'held', date: '2025-10-07' });
    expect(t!.outcomes.map((o) => o.type)).toEqual(['energy_truce']);
  });

  it('treats a Turkish minister who "opened the session" as the host, not a side', () => {
    const [t] = talks(
      'On Monday the Russian and Ukrainian delegations sat down in Istanbul for a third round of direct negotiations. Turkish Foreign Minister Hakan Fidan opened the session.',
    );
    expect(t).toMatchObject({ parties: ['russia', 'ukraine'], location: 'Istanbul', round: 3 });
    expect(t!.participants).not.toContain('Fidan');
  });

  it('reads "1,000 for 1,000" and a first round "in the same palace"', () => {
    const ts = talks(
      'On Monday the Russian and Ukrainian delegations sat down in Istanbul for the second round of direct negotiations. The first round, held in the same palace on May 16, produced an exchange of 500 for 500.',
    );
    expect(ts).toHaveLength(2);
    expect(ts[1]).toMatchObject({ parties: ['russia', 'ukraine'], location: 'Istanbul', round: 1, date: '2025-05-16' });
    expect(ts[1]!.outcomes[0]).toMatchObject({ type: 'prisoner_exchange', total: 1000 });
  });

  it('adds bodies "each way" in both directions and attaches a bodies sentence to the meeting', () => {
    const [t] = talks('Russian and Ukrainian negotiators gathered in Istanbul on Monday and agreed to hand over 3,000 bodies of fallen soldiers each way.');
    expect(t!.outcomes).toEqual([{ type: 'bodies_repatriated', total: 6000 }]);
    const [u] = talks('The Russian and Ukrainian delegations met in Istanbul on Monday and agreed on a new exchange. In addition, Kyiv will receive the bodies of 2,500 soldiers.');
    expect(u!.outcomes.map((o) => [o.type, o.total])).toEqual([['prisoner_exchange', undefined], ['bodies_repatriated', 2500]]);
  });

  it('dates "frozen since a meeting in Istanbul in July" by that meeting', () => {
    const [t] = talks('Direct negotiations between Russia and Ukraine have been frozen since a meeting in Istanbul in July, which ended with an agreement to exchange 800 prisoners.');
    expect(t).toMatchObject({ parties: ['russia', 'ukraine'], location: 'Istanbul', date: '2025-07', status: 'held' });
  });

  it('reads a scheduled follow-up "pencilled in for" a city and a trip "to Moscow to brief Putin"', () => {
    const ts = talks(
      'Army Secretary Dan Driscoll met a Russian delegation in Abu Dhabi on Monday. A follow-up session with the Russians that had been pencilled in for Abu Dhabi next week was called off, a US official said.',
    );
    expect(ts.map((t) => [t.parties.join('+'), t.location, t.status])).toEqual([
      ['russia+united-states', 'Abu Dhabi', 'held'],
      ['russia+united-states', 'Abu Dhabi', 'cancelled'],
    ]);
    const [w] = talks('Mr. Witkoff, who was not in Geneva, is expected to travel to Moscow next week to brief Mr. Putin.');
    expect(w).toMatchObject({ parties: ['russia', 'united-states'], location: 'Moscow', status: 'scheduled' });
  });

  it('does not take "no date set for the next round" as a meeting', () => {
    expect(talks('Peskov: no date set for next round with US, Ukraine.')).toEqual([]);
  });

  it('does not merge a newsletter remark into a new meeting, nor a Jeddah meeting into a phone call', () => {
    const ts = talks(
      'Rubio and Lavrov are set to sit down in New York next week. It would be their first in-person meeting since February.\n\nTrump and Zelensky spoke by phone on Monday.\n\nLast month\'s talks between US and Ukrainian officials in Jeddah collapsed after six hours.',
    );
    expect(ts.map((t) => [t.parties.join('+'), t.location, t.status])).toEqual([
      ['russia+united-states', 'New York', 'scheduled'],
      ['ukraine+united-states', 'Jeddah', 'held'],
    ]);
  });

  it('strips a "July 2 (Reuters) -" dateline so its date does not date the story', () => {
    const [t] = talks('July 2 (Reuters) - Negotiators from Russia and Ukraine are expected to resume talks next month, Turkish officials said.', '2025-07-02T10:00:00Z');
    expect(t).toMatchObject({ status: 'scheduled', date: '2025-08' });
  });

  it('reads "here" under an upper-case dateline as the dateline city', () => {
    const [t] = talks('VIENNA — For two days this week, American and Ukrainian negotiators huddled in a hotel here, trading drafts of a peace plan.');
    expect(t).toMatchObject({ parties: ['ukraine', 'united-states'], location: 'Vienna', status: 'held' });
  });
});

describe('talks that took place without a result', () => {
  it('keeps a round held "but without progress" a round, with the exchange it agreed', () => {
    const [t, ...rest] = talks('Ukrainian and Russian negotiators met for a second round of talks in Istanbul on Monday and agreed to swap 600 prisoners each, but made no progress on a truce, officials said.');
    expect(rest).toHaveLength(0);
    expect(t).toMatchObject({ parties: ['russia', 'ukraine'], location: 'Istanbul', round: 2, status: 'held', date: '2025-10-06' });
    expect(t?.outcomes).toEqual([expect.objectContaining({ type: 'prisoner_exchange', agreed: true })]);
  });

  it('still reads no round where the talks themselves are denied', () => {
    expect(talks('Russian and Ukrainian delegations did not meet in Istanbul on Monday, and no date was set for talks.')).toHaveLength(0);
  });
});

describe('an exchange whose sides each release the same number', () => {
  it('gives "each side released N" to the conflict\'s two sides, mediator apart', () => {
    const [t] = talks('Russia and Ukraine swapped 240 prisoners of war on Sunday after talks with the United States in Riyadh, officials said. Each side released 120 soldiers.');
    expect(t?.outcomes).toEqual([expect.objectContaining({ type: 'prisoner_exchange', total: 240, released: { russia: 120, ukraine: 120 } })]);
  });

  it('leaves the per-side count out when it does not add up to the total', () => {
    const [t] = talks('Russia and Ukraine swapped 250 prisoners of war on Sunday after talks with the United States in Riyadh, officials said. Each side released 120 soldiers.');
    expect(t?.outcomes[0]?.released).toBeUndefined();
  });
});

describe('a call with an outcome, under a photo caption', () => {
  it('reads "agreed ... during a call with" as a call that produced an outcome, whatever caption comes before', () => {
    const all = talks(
      'Putin signs a decree at the Kremlin in Moscow during a meeting on Tuesday (Contributor/Getty Images)\n\nRussian President Vladimir Putin has agreed to a 30-day pause in strikes on energy facilities during a call with U.S. President Donald Trump, the Kremlin said on Tuesday.',
      '2025-03-18T20:00:00Z',
    );
    expect(all.map((c) => [c.parties, c.location, c.outcomes.map((o) => o.type)])).toEqual([[['russia', 'united-states'], null, ['energy_truce']]]);
  });
});

describe('meetings only proposed, or agreed to with no day or place', () => {
  it('reads no meeting from an offer to resume talks', () => {
    expect(talks('The Kremlin leader has offered Kyiv to resume direct negotiations in Istanbul on May 15, his spokesman said.')).toEqual([]);
  });

  it('reads no meeting from an agreement to reconvene some day', () => {
    const all = talks('Russian and Ukrainian delegations met in Istanbul on Monday and agreed to swap 500 prisoners each. The host said the parties had also agreed in principle to reconvene for further negotiations.');
    expect(all.map((c) => [c.location, c.status])).toEqual([['Istanbul', 'held']]);
  });
});

describe('the round told as the subject after the meeting opened', () => {
  it('numbers the meeting from "The second round of direct negotiations ... ended in Istanbul"', () => {
    const all = talks('ANKARA, May 12 - The Turkish president welcomed the agreement between Russia and Ukraine on a prisoner exchange after talks in Istanbul on Monday.\n\nThe second round of direct negotiations between the Russian and Ukrainian delegations, which were held in Russian, ended in Istanbul.', '2025-05-12T18:00:00Z');
    expect(all.map((c) => [c.location, c.round])).toEqual([['Istanbul', 2]]);
  });
});

describe('the venue country hosting the war\'s two sides', () => {
  it('is no side when its side organised the meeting or its minister took part', () => {
    const all = talks('On March 10, on the sidelines of a forum in Antalya, the Turkish side organised a meeting of the Russian and Ukrainian foreign ministers Sergey Lavrov and Dmitry Kuleba with the participation of Turkish Foreign Minister Mevlut Cavusoglu.', '2022-03-12T10:00:00Z');
    expect(all.map((c) => [c.parties, c.location])).toEqual([[['russia', 'ukraine'], 'Antalya']]);
  });

  it('is no side when its leader received both delegations', () => {
    const all = talks('Russia and Ukraine resume talks in Istanbul: Erdogan asks them to end war\n\nThe Russian and Ukrainian delegations resumed negotiations on Tuesday at the Dolmabahce Palace in Istanbul, where President Erdogan received them.', '2022-03-29T18:00:00Z');
    expect(all.map((c) => [c.parties, c.location])).toEqual([[['russia', 'ukraine'], 'Istanbul']]);
  });
});
