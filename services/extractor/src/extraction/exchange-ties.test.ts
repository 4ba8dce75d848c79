import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';
import { claimsOfKind, testGazetteer } from './test-gazetteer';

// Own sentences: exchanges told in state-agency and presidential-office styles.
const talks = (text: string, published: string) => claimsOfKind('talks', text, published);
const exchange = (c: ReturnType<typeof talks>[number]) => c.outcomes.find((o) => o.type === 'prisoner_exchange');

describe('exchanges tied to the round that agreed them', () => {
  const text = [
    'Some 120 Russian soldiers were brought back from Ukrainian-held territory on Thursday, the Russian Defence Ministry said. In return, 120 prisoners of war of the Armed Forces of Ukraine were handed over, it added.',
    'The swap had been agreed at the Russian-Ukrainian talks held in Istanbul on July 2-3.',
  ].join('\n\n');
  const all = talks(text, '2026-07-09T10:00:00Z');

  it('gives the exchange the city of the talks the article ties it to', () => {
    const ex = all.find((c) => exchange(c));
    expect(ex?.location).toBe('Istanbul');
    expect(ex?.date).toBe('2026-07-09');
  });

  it('reads "of the Armed Forces of Ukraine" as whose people, and adds the total', () => {
    const ex = all.map(exchange).find(Boolean);
    expect(ex?.released).toEqual({ russia: 120, ukraine: 120 });
    expect(ex?.total).toBe(240);
  });

  it('keeps the round itself apart, with its own date', () => {
    const round = all.find((c) => !exchange(c));
    expect(round?.location).toBe('Istanbul');
    expect(round?.date).toBe('2026-07-02');
  });

  it('takes the city of the talks that agreed it, not of a later meeting', () => {
    const two = talks(
      'Kyiv brought home 80 soldiers on Monday. The exchange was agreed at talks held in Geneva on May 4. A later meeting was held in Riyadh on May 20, where the sides agreed to keep talking.',
      '2026-05-25T10:00:00Z',
    );
    expect(two.find((c) => exchange(c))?.location).toBe('Geneva');
  });

  it('does not tie an exchange to a round held after it', () => {
    const later = talks('Ukraine brought home 60 soldiers on June 1. The next exchange was agreed at talks held in Geneva on June 20.', '2026-06-22T10:00:00Z');
    expect(later.find((c) => c.date === '2026-06-01')?.location ?? null).toBeNull();
  });
});

describe('exchange counts and dates across a short report', () => {
  it('gives "received the same number" in the same sentence to the other side, dated by the lead', () => {
    const [ex] = talks(
      'Kyiv and Moscow carried out another prisoner swap on Tuesday. 96 Ukrainian soldiers came home, the presidential office said; Russia received the same number of its servicemen.',
      '2026-09-17T16:00:00Z',
    );
    expect(exchange(ex!)).toMatchObject({ total: 192, released: { ukraine: 96, russia: 96 } });
    expect(ex?.date).toBe('2026-09-15');
  });

  it('reads "the capital of the United Arab Emirates" as Abu Dhabi', () => {
    const [round] = talks('Delegations of Russia, Ukraine and the United States met in the capital of the United Arab Emirates on October 6.', '2026-10-07T10:00:00Z');
    expect(round?.location).toBe('Abu Dhabi');
  });
});

describe('a round recalled after the exchange it produced', () => {
  const all = talks(
    [
      'Ukraine brought home 150 soldiers on October 9 in an exchange agreed at trilateral talks with Russia and the United States in Riyadh earlier this week, the presidential office said.',
      'The Riyadh round on October 5-6 was the fourth such meeting and the first since the Doha round was called off in May.',
    ].join(' '),
    '2026-10-09T18:00:00Z',
  );

  it('keeps the round and the exchange apart when their days are apart', () => {
    const held = all.filter((c) => c.status === 'held');
    expect(held.map((c) => c.date).sort()).toEqual(['2026-10-05', '2026-10-09']);
    for (const c of held) expect(c.location).toBe('Riyadh');
    // the called-off meeting it recalls stands apart (talks-recalled.ts)
    expect(all.find((c) => c.status === 'cancelled')).toMatchObject({ location: 'Doha', date: '2026-05' });
  });

  it('does not read "called off in May" as a hypothetical, nor as this round called off', () => {
    expect(all.find((c) => c.date === '2026-10-05')?.status).toBe('held');
  });
});

describe('"in May" is a month, not a modal', () => {
  it('keeps a toll for the month of May', () => {
    const claims = extractClaims({ id: 't', published: '2026-06-10T10:00:00Z', text: 'The UN monitoring mission said 140 civilians were killed in May.' }, testGazetteer());
    expect(claims.filter((c) => c.kind === 'toll').map((c) => (c.kind === 'toll' ? c.value : 0))).toEqual([140]);
  });
});

describe('each side\'s count when only one-way counts are told', () => {
  it('reads "brought home N of its citizens — a breakdown —" and "received M in return" as the two sides, summed', () => {
    const all = talks(
      'Ukraine brought home 240 of its citizens on August 14 — 230 soldiers and 10 civilians — in a prisoner exchange agreed at talks with Russia in Istanbul last week, the presidential office said. Russia received 230 of its servicemen in return.',
      '2026-08-14T17:00:00Z',
    );
    const ex = all.map(exchange).find(Boolean);
    expect(ex).toMatchObject({ total: 470, released: { ukraine: 240, russia: 230 } });
  });

  it('does not take a past truce named in passing as one agreed', () => {
    const all = talks(
      'Delegations of Russia and Ukraine met in Istanbul on August 5 and agreed only to keep working on the energy file, a nod to the moratorium that lapsed in June.',
      '2026-08-06T10:00:00Z',
    );
    expect(all[0]?.outcomes.map((o) => o.type) ?? []).not.toContain('energy_truce');
  });
});

describe('a repatriation told one direction per sentence', () => {
  it('adds the bodies returned the other way, and does not read "soldiers from Russia" as Russia\'s dead', () => {
    const [r] = talks(
      "KYIV, Mar 8 - Ukraine received the bodies of 900 soldiers from Russia on Sunday under an agreement reached at the Istanbul talks, the coordination headquarters said.\n\nRussia received the bodies of 27 of its soldiers in return, the headquarters said.",
      '2026-03-08T14:30:00Z',
    );
    expect(r).toMatchObject({ location: 'Istanbul', outcomes: [{ type: 'bodies_repatriated', total: 927 }] });
  });
});

describe('an exchange told as "N prisoners for N"', () => {
  it('counts N from each side', () => {
    const [r] = talks('The Russian and Ukrainian delegations met in Istanbul on Tuesday. Umerov said Russia and Ukraine had agreed to exchange 150 prisoners for 150, to be carried out within days.', '2026-06-03T10:00:00Z');
    expect(exchange(r!)).toMatchObject({ total: 300, released: { russia: 150, ukraine: 150 } });
  });
});

describe('exchanges recalled beside the one reported', () => {
  it('reads "when 210 POWs were exchanged" as a swap of 210 between the two sides', () => {
    const cs = talks('The last reported swap was in August, when 210 POWs were exchanged, in a deal mediated by the UAE.', '2024-10-19T09:00:00Z');
    expect(cs.map((c) => [c.date, c.parties, exchange(c)?.total])).toEqual([['2024-08', ['russia', 'ukraine'], 210]]);
  });

  it('files the bodies received "earlier Friday" with Friday\'s swap, not with the swap recalled before them', () => {
    const cs = talks(
      "Russia said Friday that it had swapped 97 Ukrainian soldiers for an equal number of Russian troops.\n\nThe last reported swap was in August, when 210 POWs were exchanged.\n\nEarlier Friday, Kyiv said it had received the bodies of 480 soldiers killed fighting Russian forces.",
      '2024-10-19T09:00:00Z',
    );
    const bodies = (c: (typeof cs)[number]) => c.outcomes.find((o) => o.type === 'bodies_repatriated')?.total ?? null;
    expect(cs.map((c) => [c.date, bodies(c)])).toEqual([
      ['2024-10-18', 480],
      ['2024-08', null],
    ]);
  });
});

describe('a handover carried out on its own day after a meeting that only agreed it', () => {
  it('is an occasion of its own, at the city where it was agreed when the text ties it there', () => {
    const all = talks(
      'Russian and Ukrainian delegations met for a second round in Istanbul last week and agreed to swap 900 prisoners of war. Kyiv said the first stage of that exchange took place on Sunday, when 210 Ukrainian soldiers came home.',
      '2026-09-16T10:00:00Z',
    );
    expect(all).toHaveLength(2);
    const [round, stage] = all;
    expect(round).toMatchObject({ location: 'Istanbul', round: 2 });
    expect(exchange(round!)).toMatchObject({ total: 900, agreed: true });
    expect(exchange(round!)?.released).toBeUndefined();
    expect(stage).toMatchObject({ location: 'Istanbul', date: '2026-09-13', round: null });
    expect(exchange(stage!)?.released).toEqual({ ukraine: 210 });
  });

  it('stays with a meeting that carried it out the same day', () => {
    const all = talks('Russia and Ukraine held talks in Istanbul on Sunday and agreed to swap 900 prisoners. The exchange took place on Sunday evening, when 210 Ukrainian soldiers came home.', '2026-09-16T10:00:00Z');
    expect(all).toHaveLength(1);
  });
});

describe('a swap told by both sides as what they each did', () => {
  it('gives each side the count', () => {
    const [c] = talks('KYIV (AP) — Russia and Ukraine said Thursday they had each swapped 146 prisoners of war, the latest in a series of exchanges.', '2025-06-12T10:00:00Z');
    expect(exchange(c!)).toMatchObject({ total: 292, released: { russia: 146, ukraine: 146 } });
  });
});

describe('counts of people that are no handover', () => {
  it.each([
    'Last month the president said 41,000 Ukrainian soldiers had been killed since 2022, and 360,000 wounded troops had received treatment.',
    'Reporters have identified by name 91,300 Russian soldiers who died in the war, and some bodies were returned to their families.',
  ])('%s', (text) => {
    expect(talks(text, '2025-01-10T10:00:00Z')).toEqual([]);
  });

  it('still reads a handover told well after its count', () => {
    const [c] = talks('A total of 64 Russian soldiers who had been held in dire conditions in Ukrainian custody have been returned home, the ministry said.', '2025-01-10T10:00:00Z');
    expect(exchange(c!)?.released).toEqual({ russia: 64 });
  });
});

describe('an occasion told as the exchange itself', () => {
  it('gives "a prisoner exchange took place between Russia and Ukraine" its outcome', () => {
    const [c] = talks('On March 3, a prisoner exchange took place between Russia and Ukraine, mediated by the United Arab Emirates.', '2026-03-04T10:00:00Z');
    expect(c).toMatchObject({ parties: ['russia', 'ukraine'], date: '2026-03-03' });
    expect(exchange(c!)).toBeDefined();
  });
});
