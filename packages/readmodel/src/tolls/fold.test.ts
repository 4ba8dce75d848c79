import { describe, expect, it } from 'vitest';
import { fixtures } from '@claimwire/testing';
import { foldFigure, placeToll, strongerBound } from './fold';

const T0 = '2026-02-05T10:00:00.000Z';
const T1 = '2026-02-06T10:00:00.000Z';

describe('placeToll', () => {
  it('keys series by reporter, so different reporters never share a series', () => {
    const a = placeToll(fixtures.toll({ reportedBy: 'Zelensky' }));
    const b = placeToll(fixtures.toll({ reportedBy: 'General Staff' }));
    expect(a.seriesId).not.toBe(b.seriesId);
  });

  it('gives figures told without a source a series per article, never one across outlets', () => {
    const a = placeToll(fixtures.toll({ reportedBy: null, value: 160_000, articleId: 'art_a' }));
    const a2 = placeToll(fixtures.toll({ reportedBy: null, value: 150_000, articleId: 'art_a' }));
    const b = placeToll(fixtures.toll({ reportedBy: null, value: 5_937, articleId: 'art_b' }));
    expect(a.seriesId).toBe(a2.seriesId);
    expect(a.seriesId).not.toBe(b.seriesId);
  });

  it('treats "the BBC" and "BBC" as one reporter', () => {
    expect(placeToll(fixtures.toll({ reportedBy: 'the BBC' })).seriesId).toBe(placeToll(fixtures.toll({ reportedBy: 'BBC' })).seriesId);
  });

  it('makes the same cumulative value one figure whatever its bound or date', () => {
    const a = placeToll(fixtures.toll({ value: 55_000, bound: 'exact', asOf: '2026-02-04' }));
    const b = placeToll(fixtures.toll({ value: 55_000, bound: 'approx', asOf: '2026-02-05' }));
    expect(a.figureId).toBe(b.figureId);
  });

  it('keeps period figures of different dates apart', () => {
    const a = placeToll(fixtures.toll({ value: 30, scope: 'period', asOf: '2026-02-04' }));
    const b = placeToll(fixtures.toll({ value: 30, scope: 'period', asOf: '2026-02-05' }));
    expect(a.figureId).not.toBe(b.figureId);
  });

  it('keeps a cumulative and a period figure of the same value apart', () => {
    expect(placeToll(fixtures.toll({ scope: 'period' })).figureId).not.toBe(placeToll(fixtures.toll({ scope: 'cumulative' })).figureId);
  });
});

describe('foldFigure', () => {
  it('starts a figure from its first report', () => {
    const f = foldFigure(null, fixtures.toll({ value: 43_000, asOf: '2025-12' }), T0);
    expect(f).toMatchObject({ value: 43_000, asOf: '2025-12', asOfPrecision: 'month', sortDate: '2025-12-01', sourceCount: 1, firstSeen: T0 });
  });

  it('counts sources, keeps the earliest first-seen and the most committal bound', () => {
    const a = foldFigure(null, fixtures.toll({ bound: 'approx', asOf: '2026-02-04' }), T1);
    const b = foldFigure(a, fixtures.toll({ bound: 'exact', asOf: '2026-02-04', evidenceStart: 5 }), T0);
    expect(b).toMatchObject({ bound: 'exact', firstSeen: T0, sourceCount: 2 });
  });

  it('refines a coarse date and otherwise keeps the earlier one', () => {
    const a = foldFigure(null, fixtures.toll({ asOf: '2026-02' }), T0);
    expect(foldFigure(a, fixtures.toll({ asOf: '2026-02-04' }), T1).asOf).toBe('2026-02-04');
    const c = foldFigure(null, fixtures.toll({ asOf: '2026-02-05' }), T0);
    expect(foldFigure(c, fixtures.toll({ asOf: '2026-02-04' }), T1).asOf).toBe('2026-02-04');
  });

  it('orders an undated figure by the day it was first seen', () => {
    expect(foldFigure(null, fixtures.toll({ asOf: null }), T0).sortDate).toBe('2026-02-05');
  });

  it('gives the same figure whatever order its reports come in', () => {
    const x = fixtures.toll({ bound: 'at_least', asOf: '2026-02' });
    const y = fixtures.toll({ bound: 'exact', asOf: '2026-02-04', evidenceStart: 9 });
    const ab = foldFigure(foldFigure(null, x, T0), y, T1);
    const ba = foldFigure(foldFigure(null, y, T1), x, T0);
    expect(ab).toEqual(ba);
  });
});

describe('strongerBound', () => {
  it('prefers exact over approx over at_least over at_most', () => {
    expect(strongerBound('at_most', 'at_least')).toBe('at_least');
    expect(strongerBound('approx', 'exact')).toBe('exact');
    expect(strongerBound('exact', 'approx')).toBe('exact');
  });
});

describe('series identity', () => {
  it('keeps running totals and each window of period figures in series of their own', () => {
    const total = placeToll(fixtures.toll({ scope: 'cumulative' }));
    const daily = placeToll(fixtures.toll({ scope: 'period', period: 'day' }));
    const weekly = placeToll(fixtures.toll({ scope: 'period', period: 'week' }));
    expect(new Set([total.seriesId, daily.seriesId, weekly.seriesId]).size).toBe(3);
    expect(daily.period).toBe('day');
    expect(total.period).toBeNull();
  });

  it('keys a series by the reporter entity when the extractor resolved one', () => {
    const a = placeToll(fixtures.toll({ reportedBy: 'General Staff', reporterId: 'ua-general-staff' }));
    const b = placeToll(fixtures.toll({ reportedBy: "Ukraine's General Staff", reporterId: 'ua-general-staff' }));
    const uk = placeToll(fixtures.toll({ reportedBy: 'defence ministry', reporterId: 'uk-defence-ministry' }));
    const ru = placeToll(fixtures.toll({ reportedBy: 'defence ministry', reporterId: 'ru-defence-ministry' }));
    expect(a.seriesId).toBe(b.seriesId);
    expect(uk.seriesId).not.toBe(ru.seriesId);
  });
});
