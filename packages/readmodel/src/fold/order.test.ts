import { describe, expect, it } from 'vitest';
import type { StrikeClaim, TalksClaim, TollClaim } from '@claimwire/events';
import { fixtures } from '@claimwire/testing';
import { reportOf, type Report } from './reports';
import { foldStrikes, linked } from '../strikes/fold';
import { foldTrack } from '../talks/fold';
import { foldSeries, type SeriesState } from '../tolls/fold';
import { trackOf } from '../talks/ids';

/**
 * The folds over a whole set of reports (foldTrack, foldStrikes, foldSeries) are pure and do
 * not depend on the order of their input: every permutation of a set folds alike. And a set of
 * strike reports folds, neighbourhood by neighbourhood, as it does whole.
 */

function permutations<T>(xs: readonly T[], seed: number, n: number): T[][] {
  let s = seed >>> 0;
  const r = () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
  return Array.from({ length: n }, () => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  });
}

const day = (d: number) => `2026-02-${String(d).padStart(2, '0')}T08:00:00.000Z`;
const parties = ['russia', 'ukraine'];
const sides = ['russia', 'ukraine'];

const TALKS: Report<TalksClaim>[] = [
  fixtures.talks({ parties, sides, round: 1, location: 'Istanbul', date: '2026-01-10', status: 'held', published: day(1) }),
  fixtures.talks({ parties, sides, round: null, location: 'istanbul', date: '2026-01-10', status: 'held', published: day(2), participants: ['Umerov'] }),
  fixtures.talks({ parties, sides, round: 2, location: 'Geneva', date: '2026-02-17', status: 'scheduled', published: day(3) }),
  fixtures.talks({ parties, sides, round: 2, location: 'Geneva', date: '2026-02-16', status: 'held', published: day(16), outcomes: [{ type: 'prisoner_exchange', total: 500, agreed: true }] }),
  fixtures.talks({ parties, sides, round: null, location: null, date: '2026-02-28', status: 'held', published: day(28), outcomes: [{ type: 'prisoner_exchange', total: 300 }] }),
  fixtures.talks({ parties: [...parties, 'united-states'], sides, round: 2, location: 'Geneva', date: '2026-02', status: 'held', published: day(17) }),
].map((c, i) => reportOf(c, day(i + 1)));

const STRIKES: Report<StrikeClaim>[] = [
  fixtures.strike({ locations: ['Odesa'], date: '2026-02-03', killed: 2, published: day(3) }),
  fixtures.strike({ locations: ['Odessa'], places: ['Odesa'], date: '2026-02-04', killed: 4, published: day(4) }),
  fixtures.strike({ locations: ['Odesa', 'Izmail'], date: '2026-02-02', killed: 5, published: day(5) }),
  fixtures.strike({ locations: ['Izmail'], date: '2026-02-04', published: day(5), evidenceStart: 9 }),
  fixtures.strike({ locations: ['Odesa'], date: '2026-02-09', killed: 1, published: day(9) }),
  fixtures.strike({ locations: ['Odesa'], date: '2026-02-10', injured: 3, published: day(10) }),
  fixtures.strike({ locations: ['Odesa'], date: null, published: day(11) }),
  fixtures.strike({ locations: ['Odesa'], date: null, published: day(12), evidenceStart: 4 }),
  fixtures.strike({ locations: ['Kharkiv'], date: '2026-02-03', published: day(3) }),
  fixtures.strike({ locations: ['Kharkiv'], date: '2026-02-03', attacker: 'ukraine', published: day(3) }),
  // target types that may name one attack, and one that may not
  fixtures.strike({ locations: ['Kharkiv'], date: '2026-02-03', targetType: 'unspecified', published: day(4), evidenceStart: 3 }),
  fixtures.strike({ locations: ['Kharkiv'], date: '2026-02-04', targetType: 'residential', published: day(4), evidenceStart: 5 }),
  fixtures.strike({ locations: ['Kharkiv'], date: '2026-02-04', targetType: 'unspecified', published: day(2), evidenceStart: 6 }),
  fixtures.strike({ locations: ['Odesa'], date: '2026-02-03', targetType: 'industrial', published: day(6), evidenceStart: 11 }),
].map((c, i) => reportOf(c, day(i + 1)));

describe('foldTrack', () => {
  it('gives the same rounds, ids and claims-to-rounds whatever order the reports come in', () => {
    const track = trackOf(TALKS[0]?.claim as TalksClaim);
    const expected = foldTrack(track, TALKS);
    expect(expected.rounds.map((r) => [r.location, r.round, r.date, r.status, r.sourceCount])).toEqual(
      expect.arrayContaining([
        ['Istanbul', 1, '2026-01-10', 'held', 2],
        ['Geneva', 2, '2026-02-16', 'held', 4],
      ]),
    );
    expect(expected.rounds).toHaveLength(2);
    for (const p of permutations(TALKS, 7, 30)) expect(foldTrack(track, p)).toEqual(expected);
  });
});

describe('foldStrikes', () => {
  it('gives the same strikes, ids and claims-to-strikes whatever order the reports come in', () => {
    const expected = foldStrikes(STRIKES);
    for (const p of permutations(STRIKES, 11, 30)) expect(foldStrikes(p)).toEqual(expected);
  });

  it('folds each neighbourhood (reports linked to each other) as it folds within the whole set', () => {
    const whole = foldStrikes(STRIKES);
    // the neighbourhoods: connected components of `linked`
    const comp = new Map<string, number>();
    STRIKES.forEach((r, i) => comp.set(r.claim.claimId, i));
    const find = (id: string): number => comp.get(id) as number;
    for (const a of STRIKES) {
      for (const b of STRIKES) {
        if (!linked(a.claim, b.claim)) continue;
        const [x, y] = [find(a.claim.claimId), find(b.claim.claimId)];
        if (x !== y) for (const [id, c] of comp) if (c === y) comp.set(id, x);
      }
    }
    const groups = new Map<number, Report<StrikeClaim>[]>();
    for (const r of STRIKES) groups.set(find(r.claim.claimId), [...(groups.get(find(r.claim.claimId)) ?? []), r]);
    expect(groups.size).toBeGreaterThan(3);
    const pieces = [...groups.values()].map((g) => foldStrikes(g));
    expect(pieces.flatMap((p) => p.strikes).sort((a, b) => (a.strikeId < b.strikeId ? -1 : 1))).toEqual(whole.strikes);
    expect(new Map(pieces.flatMap((p) => [...p.strikeOf]))).toEqual(whole.strikeOf);
  });

  it('links reports sharing a place a day apart, and vague ones only to their exact twins', () => {
    const [a, b, , , e, f, g, h, k, l] = STRIKES.map((r) => r.claim) as StrikeClaim[];
    expect(linked(a as StrikeClaim, b as StrikeClaim)).toBe(true);
    expect(linked(a as StrikeClaim, e as StrikeClaim)).toBe(false);
    expect(linked(e as StrikeClaim, f as StrikeClaim)).toBe(true);
    expect(linked(g as StrikeClaim, h as StrikeClaim)).toBe(true);
    expect(linked(a as StrikeClaim, g as StrikeClaim)).toBe(false);
    expect(linked(k as StrikeClaim, l as StrikeClaim)).toBe(false);
  });
});

describe('foldSeries', () => {
  it('names the reporter in the words of the earliest report, whatever order they come in', () => {
    const reports: [TollClaim, string][] = [
      [fixtures.toll({ reportedBy: 'the General Staff' }), day(2)],
      [fixtures.toll({ reportedBy: 'General Staff', evidenceStart: 5 }), day(1)],
      [fixtures.toll({ reportedBy: 'The general staff', evidenceStart: 9 }), day(1)],
      [fixtures.toll({ reportedBy: 'general staff', evidenceStart: 12 }), day(3)],
    ];
    const fold = (xs: [TollClaim, string][]) => xs.reduce<SeriesState | null>((s, [c, at]) => foldSeries(s, c, at), null);
    const expected = fold(reports);
    expect(expected).toMatchObject({ reportedBy: 'General Staff', firstSeen: day(1), lastSeen: day(3) });
    for (const p of permutations(reports, 3, 24)) expect(fold(p)).toEqual(expected);
  });
});
