import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { extractClaims, type ExtractedClaim } from './index';
import { listedDays, nearestMeetingDate, soonAfter, tellsWhenHeld, toldAsComing } from './talks-date';
import { testGazetteer } from './test-gazetteer';

// Sentences written for these specs: when a round of talks took place or is to take place.
const run = (text: string, published: string) => extractClaims({ id: 't', published, text }, testGazetteer());
const talks = (cs: ExtractedClaim[]) => cs.filter((c) => c.kind === 'talks');

describe('talks date predicates', () => {
  it('takes the date nearest the meeting, unless the sentence tells of an exchange carried out', () => {
    const t = "Missiles hit a substation on May 7, breaking the truce agreed at last month's talks in Riyadh.";
    expect(t.slice(nearestMeetingDate(findDates(t), t)!.start).startsWith('last month')).toBe(true);
    const u = 'Kyiv brought home 300 soldiers on June 6 in a swap agreed at the talks in Geneva earlier this week.';
    expect(u.slice(nearestMeetingDate(findDates(u), u)!.start).startsWith('June 6')).toBe(true);
  });

  it('reads a day a year back as this year only when it falls weeks after publication', () => {
    const pub = { y: 2026, m: 3, d: 6 };
    expect(soonAfter({ y: 2025, m: 3, d: 10 }, { y: 2026, m: 3, d: 10 }, pub)).toBe(true);
    expect(soonAfter({ y: 2025, m: 9, d: 10 }, { y: 2026, m: 9, d: 10 }, pub)).toBe(false);
    expect(soonAfter({ y: 2026, m: 3, d: 2 }, { y: 2026, m: 3, d: 9 }, pub)).toBe(false);
  });

  it('tells a meeting told as past from one told as coming, and a sentence that dates the meeting itself', () => {
    expect(toldAsComing('Delegations meet in Geneva on 10-11 March.')).toBe(true);
    expect(toldAsComing('Delegations met in Geneva on 10-11 March.')).toBe(false);
    expect(tellsWhenHeld('The two-day round, which opened on April 9, ended without a deal.')).toBe(true);
    expect(tellsWhenHeld('Umerov spoke on April 9.')).toBe(false);
  });
});

describe('talks dates in extraction', () => {
  it('reads a range of days before the month as the first day, this year, and a round to come', () => {
    const [r] = talks(run('Russian, Ukrainian and US delegations meet in Geneva on 10–11 March for the fourth round of trilateral talks.', '2026-03-06T07:00:00Z'));
    expect(r).toMatchObject({ location: 'Geneva', date: '2026-03-10', status: 'scheduled', round: 4 });
  });

  it('does not date a round by when an agreed truce starts, and takes the day the round opened', () => {
    const [r] = talks(
      run(
        'Kyiv and Moscow agreed to halt strikes on power plants for 30 days from midnight on April 13, Umerov said on April 10 after a round of trilateral talks with the United States in Riyadh. The two-day round, which opened on April 8, ended without a deal on territory.',
        '2026-04-10T19:10:00Z',
      ),
    );
    expect(r).toMatchObject({ location: 'Riyadh', date: '2026-04-08', status: 'held' });
  });

  it("dates talks told as last month's by their month, not by the day of an attack in the same sentence", () => {
    const [r] = talks(run("Russian missiles hit a substation in Sumy overnight on May 7, breaking the pause on energy strikes agreed at last month's trilateral talks in Riyadh.", '2026-05-07T08:15:00Z'));
    expect(r).toMatchObject({ location: 'Riyadh', date: '2026-04', status: 'held' });
  });

  it('does not give a called-off round the date of the round before it', () => {
    const cs = talks(run('Russian and Ukrainian delegations held talks in Geneva on Monday, June 15. The next round of the talks, planned for Istanbul, has been called off, officials said.', '2026-06-20T10:00:00Z'));
    expect(cs.map((c) => [c.location, c.status, c.date])).toEqual([
      ['Geneva', 'held', '2026-06-15'],
      ['Istanbul', 'cancelled', null],
    ]);
  });

  it('does not date or place a meeting by an earlier one told beside it', () => {
    const [a] = talks(run('Delegations from Russia and Ukraine, which last met in September, gathered in Riyadh on November 18 for a new round of talks.', '2026-11-20T10:00:00Z'));
    expect(a).toMatchObject({ location: 'Riyadh', date: '2026-11-18' });
    const [b] = talks(run('Russian and Ukrainian negotiators met in Riyadh on November 18, their first meeting since talks in Geneva in September.', '2026-11-20T10:00:00Z'));
    expect(b).toMatchObject({ location: 'Riyadh', date: '2026-11-18' });
  });

  it('dates a called-off meeting by the day in its own clause, not the day of an attack told first', () => {
    const [r] = talks(run('Russia struck Kharkiv on May 7, and a trilateral meeting with Ukraine and the US planned for Geneva on May 12 was called off, officials said.', '2026-05-09T10:00:00Z'));
    expect(r).toMatchObject({ location: 'Geneva', status: 'cancelled', date: '2026-05-12' });
  });

  it('reads a round whether it "would go ahead" as one to come', () => {
    const [r] = talks(run('Asked on Wednesday whether the trilateral round in Istanbul on May 12-13 would go ahead, Umerov said his delegation was ready.', '2026-05-07T08:15:00Z'));
    expect(r).toMatchObject({ location: 'Istanbul', date: '2026-05-12', status: 'scheduled' });
  });
});

describe('timelines of rounds', () => {
  it('reads each dated entry of a timeline as a round of the talks told before it, with its own outcome', () => {
    const cs = talks(
      run(
        'Russian, Ukrainian and US delegations will meet in Riyadh on 10 March for the fourth round of trilateral talks.\n\nTHE ROAD SO FAR\n- 20–21 January, Riyadh — Round 1. Delegations led by military officers. No agreement.\n- 3–4 February, Riyadh — Round 2. A prisoner exchange of 300, 150 from each side.\n- 16 February, Geneva — Round 3. Six hours of talks; no joint statement.',
        '2026-03-06T07:00:00Z',
      ),
    );
    expect(cs.map((c) => [c.location, c.date, c.status, c.round, c.outcomes.length])).toEqual([
      ['Riyadh', '2026-03-10', 'scheduled', 4, 0],
      ['Riyadh', '2026-01-20', 'held', 1, 0],
      ['Riyadh', '2026-02-03', 'held', 2, 1],
      ['Geneva', '2026-02-16', 'held', 3, 0],
    ]);
    expect(cs.every((c) => c.parties.join() === 'russia,ukraine,united-states')).toBe(true);
  });

  it('reads no round from a dated entry about something else', () => {
    const cs = talks(run('Russian and Ukrainian delegations met in Geneva on 2 March.\n\nTIMELINE\n- 20 January, Kharkiv — A missile hit a power plant.\n- 24 February, Kyiv — The foreign minister talks to reporters about the war.', '2026-03-06T07:00:00Z'));
    expect(cs.map((c) => c.location)).toEqual(['Geneva']);
  });
});

describe('several rounds in one sentence', () => {
  it('finds the days a sentence lists', () => {
    const t = 'They met on April 3, May 19 and June 30, officials said on Monday.';
    expect(listedDays(findDates(t), t).map((d) => t.slice(d.start, d.end))).toEqual(['April 3', 'May 19', 'June 30']);
    const u = 'They met on April 3 and signed a text in Minsk on May 19.';
    expect(listedDays(findDates(u), u)).toEqual([]);
  });

  it('gives one claim per round listed', () => {
    const cs = talks(run('Russian and Ukrainian negotiators have met three times in Geneva this year, on April 3, May 19 and June 30, without agreeing a truce.', '2026-08-10T07:00:00Z'));
    expect(cs.map((c) => [c.location, c.date])).toEqual([
      ['Geneva', '2026-04-03'],
      ['Geneva', '2026-05-19'],
      ['Geneva', '2026-06-30'],
    ]);
  });

  it('does not give the listed rounds a venue told in a clause of its own after the list', () => {
    const cs = talks(run('Russian and Ukrainian delegations held talks in Istanbul on Tuesday. So far, the two parties have met in person on three occasions – on April 3, April 9 and April 17 – on Polish territory, while on the 24th they met in Ankara.', '2026-05-02T07:00:00Z'));
    expect(cs.map((c) => [c.location, c.date])).toEqual([
      ['Istanbul', '2026-04-28'],
      [null, '2026-04-03'],
      [null, '2026-04-09'],
      [null, '2026-04-17'],
    ]);
  });

  it('keeps the days of one meeting together', () => {
    const cs = talks(run('Russian and Ukrainian delegations held talks in Geneva on Monday and Tuesday.', '2026-08-12T07:00:00Z'));
    expect(cs).toHaveLength(1);
  });
});

describe('a meeting to come of three named sides, and two-day meetings written "January 23 and 24"', () => {
  it('gives each of the earlier rounds listed so its own claim', () => {
    const cs = talks(
      run(
        'Russia, Ukraine and the United States will meet in Geneva next week for a third round. The first two rounds, held in Abu Dhabi on March 9 and 10 and March 23 and 24, dealt mostly with military questions.',
        '2026-04-01T10:00:00Z',
      ),
    );
    expect(cs.map((c) => [c.location, c.status, c.round])[0]).toEqual(['Geneva', 'scheduled', 3]);
    expect(cs.filter((c) => c.location === 'Abu Dhabi').map((c) => [c.round, c.date])).toEqual([
      [1, '2026-03-09'],
      [2, '2026-03-23'],
    ]);
  });

  it('reads "on May 16 and 24 people" as a day and a count', () => {
    const t = 'Shelling resumed on May 16 and 24 people were killed.';
    expect(findDates(t).map((d) => t.slice(d.start, d.end))).toEqual(['May 16']);
    const u = 'They met on May 16 and 17, in Istanbul.';
    expect(findDates(u).map((d) => u.slice(d.start, d.end))).toEqual(['May 16 and 17']);
  });
});
