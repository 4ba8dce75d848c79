import { describe, expect, it } from 'vitest';
import { dateSortKey, datesCompatible, daysBetween, mergeDates } from './dates';

describe('partial dates', () => {
  it('sort by their first day', () => {
    expect([dateSortKey('2026'), dateSortKey('2026-02'), dateSortKey('2026-02-04'), dateSortKey(null)]).toEqual(['2026-01-01', '2026-02-01', '2026-02-04', null]);
  });
  it('count days between them', () => {
    expect(daysBetween('2025-12', '2026-02-04')).toBe(65);
    expect(daysBetween(null, '2026-02-04')).toBeNull();
  });
  it('are compatible when one contains the other or days are close', () => {
    expect(datesCompatible('2026-02', '2026-02-28')).toBe(true);
    expect(datesCompatible('2026-02-01', '2026-02-03', 1)).toBe(false);
    expect(datesCompatible('2026-01', '2026-02')).toBe(false);
  });
  it('merge to the finer when nested, else the earlier', () => {
    expect(mergeDates('2026', '2026-02-04')).toBe('2026-02-04');
    expect(mergeDates('2026-02-05', '2026-02-04')).toBe('2026-02-04');
    expect(mergeDates(null, '2026-02')).toBe('2026-02');
  });
});
