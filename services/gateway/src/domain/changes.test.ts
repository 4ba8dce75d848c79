import { describe, expect, it } from 'vitest';
import { changeBetween, latestOf, withChanges } from './changes';

describe('changeBetween', () => {
  it('gives the delta, percent and days between two figures', () => {
    expect(changeBetween({ value: 43_000, asOf: '2024-12' }, { value: 55_000, asOf: '2026-02-04' })).toEqual({
      from: 43_000,
      to: 55_000,
      delta: 12_000,
      percent: 27.9,
      fromAsOf: '2024-12',
      toAsOf: '2026-02-04',
      days: 430,
    });
  });
  it('has no percent from zero and no days without dates', () => {
    expect(changeBetween({ value: 0, asOf: null }, { value: 5, asOf: '2026' })).toMatchObject({ delta: 5, percent: null, days: null });
  });
  it('shows a fall as a negative change', () => {
    expect(changeBetween({ value: 200, asOf: '2026-01-01' }, { value: 150, asOf: '2026-01-11' })).toMatchObject({ delta: -50, percent: -25, days: 10 });
  });
});

describe('withChanges', () => {
  it('compares each figure with the previous one of the same scope only', () => {
    const out = withChanges([
      { value: 100, asOf: '2026-01-01', scope: 'cumulative' },
      { value: 7, asOf: '2026-01-02', scope: 'period' },
      { value: 130, asOf: '2026-01-03', scope: 'cumulative' },
      { value: 9, asOf: '2026-01-04', scope: 'period' },
    ]);
    expect(out.map((f) => f.change?.delta ?? null)).toEqual([null, null, 30, 2]);
  });
});

describe('latestOf', () => {
  it('prefers the last cumulative figure over a newer period count', () => {
    const figs = [
      { id: 'a', scope: 'cumulative' },
      { id: 'b', scope: 'cumulative' },
      { id: 'c', scope: 'period' },
    ];
    expect(latestOf(figs)?.id).toBe('b');
    expect(latestOf([{ id: 'p', scope: 'period' }])?.id).toBe('p');
    expect(latestOf([])).toBeNull();
  });
});
