import { describe, expect, it } from 'vitest';
import { fixtures } from '@claimwire/testing';
import { foldRound, matchRound, mergeOutcomes, statusWins, type RoundState } from './fold';
import { trackId, trackOf } from './ids';

const TRACK = trackId(['russia', 'ukraine', 'united-states']);
const T0 = '2026-01-20T08:00:00.000Z';
const T1 = '2026-02-05T08:00:00.000Z';
const parties = ['russia', 'ukraine', 'united-states'];

function round(over: Parameters<typeof fixtures.talks>[0]): RoundState {
  return foldRound(null, fixtures.talks({ parties, ...over }), TRACK, T0);
}

describe('matchRound', () => {
  it('matches by round number first', () => {
    const r1 = round({ round: 1, location: 'Abu Dhabi', date: '2026-01-23' });
    const r2 = round({ round: 2, location: 'Abu Dhabi', date: '2026-02-04' });
    expect(matchRound([r1, r2], fixtures.talks({ parties, round: 2, location: null, date: null }))?.roundId).toBe(r2.roundId);
  });

  it('never joins a claim to a round with another number', () => {
    const r1 = round({ round: 1, location: 'Abu Dhabi', date: '2026-02' });
    expect(matchRound([r1], fixtures.talks({ parties, round: 2, location: 'Abu Dhabi', date: '2026-02-04' }))).toBeNull();
  });

  it('joins an unnumbered report to the round at the same venue and a compatible date', () => {
    const sched = round({ round: null, location: 'Abu Dhabi', date: '2026-02', status: 'scheduled' });
    const held = fixtures.talks({ parties, round: 2, location: 'abu dhabi', date: '2026-02-04', status: 'held' });
    expect(matchRound([sched], held)?.roundId).toBe(sched.roundId);
  });

  it('keeps rounds at the same venue weeks apart separate', () => {
    const r = round({ round: null, location: 'Geneva', date: '2026-01-10' });
    expect(matchRound([r], fixtures.talks({ parties, round: null, location: 'Geneva', date: '2026-02-20' }))).toBeNull();
  });

  it('sends an undated report at a venue to the latest round there', () => {
    const a = round({ round: 1, location: 'Istanbul', date: '2025-05-16' });
    const b = round({ round: 2, location: 'Istanbul', date: '2025-06-02' });
    expect(matchRound([a, b], fixtures.talks({ parties, round: null, location: 'Istanbul', date: null }))?.roundId).toBe(b.roundId);
  });

  it('prefers the closest date among compatible rounds', () => {
    const a = round({ round: null, location: 'Geneva', date: '2026-02-01' });
    const b = round({ round: null, location: 'Geneva', date: '2026-02-08' });
    expect(matchRound([a, b], fixtures.talks({ parties, round: null, location: 'Geneva', date: '2026-02-07' }))?.roundId).toBe(b.roundId);
  });

  it('matches nothing for a report with neither venue nor date', () => {
    const a = round({ round: null, location: 'Geneva', date: '2026-02-01' });
    expect(matchRound([a], fixtures.talks({ parties, round: null, location: null, date: null }))).toBeNull();
  });
});

describe('meetings days apart with no venue', () => {
  it('keeps "met on February 28, March 3 and March 7" three meetings, and one moved by days one round', () => {
    const feb28 = round({ round: null, location: null, date: '2022-02-28', status: 'held' });
    expect(matchRound([feb28], fixtures.talks({ parties, round: null, location: null, date: '2022-03-03', status: 'held' }))).toBeNull();
    expect(matchRound([feb28], fixtures.talks({ parties, round: null, location: null, date: '2022-03-01', status: 'held' }))?.roundId).toBe(feb28.roundId);
    const planned = round({ round: null, location: null, date: '2022-02-28', status: 'scheduled' });
    expect(matchRound([planned], fixtures.talks({ parties, round: null, location: null, date: '2022-03-03', status: 'held' }))?.roundId).toBe(planned.roundId);
  });

  it('keeps a call with no venue apart from a round at a venue days later', () => {
    const riyadh = round({ round: null, location: 'Riyadh', date: '2025-03-24', status: 'held' });
    const call = fixtures.talks({ parties, round: null, location: null, date: '2025-03-18', status: 'held', outcomes: [{ type: 'energy_truce' }] });
    expect(matchRound([riyadh], call)).toBeNull();
    // the same meeting reported without its venue, a day off, is still that round
    expect(matchRound([riyadh], { ...call, date: '2025-03-23' })?.roundId).toBe(riyadh.roundId);
  });

  it('keeps a round told at a venue by its month apart from a meeting told by its day without one', () => {
    const jeddah = round({ round: null, location: 'Jeddah', date: '2025-03', status: 'held' });
    const met = fixtures.talks({ parties, round: null, location: null, date: '2025-03-25', status: 'held' });
    expect(matchRound([jeddah], met)).toBeNull();
    const placeless = round({ round: null, location: null, date: '2025-03-25', status: 'held' });
    expect(matchRound([placeless], fixtures.talks({ parties, round: null, location: 'Jeddah', date: '2025-03', status: 'held' }))).toBeNull();
    // a round number still settles it
    const second = round({ round: 2, location: 'Jeddah', date: '2025-03', status: 'held' });
    expect(matchRound([second], { ...met, round: 2 })?.roundId).toBe(second.roundId);
  });
});

describe('statusWins', () => {
  it('lets a later report move scheduled to cancelled and back', () => {
    expect(statusWins({ status: 'scheduled', statusReportedAt: T0 }, { status: 'cancelled', reportedAt: T1 })).toBe(true);
    expect(statusWins({ status: 'cancelled', statusReportedAt: T0 }, { status: 'scheduled', reportedAt: T1 })).toBe(true);
    expect(statusWins({ status: 'cancelled', statusReportedAt: T1 }, { status: 'scheduled', reportedAt: T0 })).toBe(false);
  });

  it('makes held final, whatever order reports arrive in', () => {
    expect(statusWins({ status: 'held', statusReportedAt: T0 }, { status: 'scheduled', reportedAt: T1 })).toBe(false);
    expect(statusWins({ status: 'scheduled', statusReportedAt: T1 }, { status: 'held', reportedAt: T0 })).toBe(true);
  });

  it('ranks held > cancelled > scheduled for reports of the same moment', () => {
    expect(statusWins({ status: 'scheduled', statusReportedAt: T0 }, { status: 'cancelled', reportedAt: T0 })).toBe(true);
    expect(statusWins({ status: 'cancelled', statusReportedAt: T0 }, { status: 'scheduled', reportedAt: T0 })).toBe(false);
  });
});

describe('foldRound', () => {
  it('moves a scheduled round to held and takes the date it was held on', () => {
    const sched = foldRound(
      null,
      fixtures.talks({ parties, round: null, location: 'Abu Dhabi', date: '2026-02-01', status: 'scheduled', published: T0 }),
      TRACK,
      T0,
    );
    const held = foldRound(
      sched,
      fixtures.talks({ parties, round: 2, location: 'Abu Dhabi', date: '2026-02-04', status: 'held', published: T1, participants: ['Witkoff'] }),
      TRACK,
      T1,
    );
    expect(held).toMatchObject({ roundId: sched.roundId, status: 'held', round: 2, date: '2026-02-04', datePrecision: 'day', participants: ['Witkoff'], sourceCount: 2 });
  });

  it('refines the date without moving it when the status stays', () => {
    const a = foldRound(null, fixtures.talks({ parties, date: '2026-02', status: 'held' }), TRACK, T0);
    expect(foldRound(a, fixtures.talks({ parties, date: '2026-02-04', status: 'held', evidenceStart: 3 }), TRACK, T1).date).toBe('2026-02-04');
  });
});

describe('mergeOutcomes', () => {
  it('merges by type, keeping the highest totals and per-party releases', () => {
    const m = mergeOutcomes(
      [{ type: 'prisoner_exchange', total: 300, released: { ukraine: 150 } }],
      [{ type: 'prisoner_exchange', total: 314, released: { russia: 157 } }, { type: 'energy_truce' }],
    );
    expect(m).toEqual([{ type: 'energy_truce' }, { type: 'prisoner_exchange', total: 314, released: { russia: 157, ukraine: 150 } }]);
  });
});

describe('rounds across venues, mediators and exchanges', () => {
  it('keeps the same round number at another venue months apart a different round', () => {
    const istanbul = round({ round: 1, location: 'Istanbul', date: '2025-05-16' });
    expect(matchRound([istanbul], fixtures.talks({ parties, round: 1, location: 'Abu Dhabi', date: '2026-01-23' }))).toBeNull();
    expect(matchRound([istanbul], fixtures.talks({ parties, round: 1, location: null, date: '2026-01-23' }))).toBeNull();
  });

  it('files a trilateral round and the same round reported without its mediator under one track', () => {
    const withMediator = fixtures.talks({ parties, sides: ['russia', 'ukraine'] });
    const without = fixtures.talks({ parties: ['ukraine', 'russia'], sides: ['russia', 'ukraine'] });
    expect(trackOf(withMediator)).toBe(trackOf(without));
    expect(trackOf(fixtures.talks({ parties: ['russia', 'united-states'] }))).toBe(trackId(['russia', 'united-states']));
  });

  it('keeps every party of a round, mediators included', () => {
    const r = foldRound(round({ parties: ['russia', 'ukraine'] }), fixtures.talks({ parties }), TRACK, T1);
    expect(r.parties).toEqual(['russia', 'ukraine', 'united-states']);
  });

  it('files an exchange carried out days after a held round under that round, not a new one', () => {
    const r4 = round({ round: 4, location: 'Abu Dhabi', date: '2026-03-10', status: 'held' });
    const r3 = round({ round: 3, location: 'Geneva', date: '2026-02-17', status: 'held' });
    const swap = fixtures.talks({ parties, round: null, location: null, date: '2026-03-28', outcomes: [{ type: 'prisoner_exchange', total: 410 }] });
    expect(matchRound([r3, r4], swap)?.roundId).toBe(r4.roundId);
    // not before the round, not a month later, not an exchange only agreed
    expect(matchRound([r4], { ...swap, date: '2026-02-25' })).toBeNull();
    expect(matchRound([r4], { ...swap, date: '2026-04-20' })).toBeNull();
    expect(matchRound([r4], { ...swap, outcomes: [{ type: 'prisoner_exchange', total: 410, agreed: true }] })).toBeNull();
  });

  it('files an exchange under the round it carries out, not under a vague report of talks that month', () => {
    const r2 = round({ round: 2, location: 'Istanbul', date: '2025-06-02', status: 'held' });
    const vague = round({ round: null, location: null, date: '2025-06', status: 'held' });
    const swap = fixtures.talks({ parties, round: null, location: null, date: '2025-06-14', outcomes: [{ type: 'prisoner_exchange' }] });
    expect(matchRound([vague, r2], swap)?.roundId).toBe(r2.roundId);
    expect(matchRound([r2, vague], swap)?.roundId).toBe(r2.roundId);
    // with no round it carries out, the vague report is still the one it can be
    expect(matchRound([vague], swap)?.roundId).toBe(vague.roundId);
    // a report that is no exchange still joins the vague one
    expect(matchRound([vague, r2], { ...swap, outcomes: [] })?.roundId).toBe(vague.roundId);
  });
});

describe('agreed and carried-out exchanges', () => {
  it('keeps an exchange only agreed apart from one carried out in the same round', () => {
    const merged = mergeOutcomes([{ type: 'prisoner_exchange', total: 1000, agreed: true }], [{ type: 'prisoner_exchange', total: 314, released: { ukraine: 157, russia: 157 } }]);
    expect(merged).toEqual([
      { type: 'prisoner_exchange', total: 314, released: { russia: 157, ukraine: 157 } },
      { type: 'prisoner_exchange', total: 1000, agreed: true },
    ]);
  });
});
