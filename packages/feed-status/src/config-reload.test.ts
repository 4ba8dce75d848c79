import { describe, expect, it } from 'vitest';
import { boundProblems, FeedsConfigStatusRow, MAX_PROBLEM_CHARS, MAX_PROBLEMS } from './config-reload';

describe('boundProblems', () => {
  it('keeps a short list as it is', () => {
    expect(boundProblems(['feeds[0].url: must be an http(s) URL'])).toEqual({ problems: ['feeds[0].url: must be an http(s) URL'], problemCount: 1 });
    expect(boundProblems([])).toEqual({ problems: [], problemCount: 0 });
  });

  it('keeps the first problems, each cut, and counts them all', () => {
    const many = Array.from({ length: 500 }, (_, i) => `feeds[${i}].id: ${'x'.repeat(1000)}`);
    const b = boundProblems(many);
    expect(b.problemCount).toBe(500);
    expect(b.problems).toHaveLength(MAX_PROBLEMS);
    expect(b.problems[0]).toHaveLength(MAX_PROBLEM_CHARS);
    expect(b.problems[0]).toMatch(/^feeds\[0\]\.id: x+…$/);
    expect(b.problems.join('').length).toBeLessThanOrEqual(MAX_PROBLEMS * MAX_PROBLEM_CHARS);
  });
});

describe('FeedsConfigStatusRow (the feeds_config_status row, checked at the boundary)', () => {
  const loaded = new Date('2030-01-01T00:00:00Z');
  const rejected = new Date('2030-01-01T01:00:00Z');

  it('reads a rejected reload with its problems and count', () => {
    expect(FeedsConfigStatusRow.parse({ loaded_at: loaded, rejected_at: rejected, problems: ['a', 'b'], problem_count: 30 })).toEqual({
      loadedAt: loaded,
      rejectedReload: { at: rejected, problems: ['a', 'b'], problemCount: 30 },
    });
  });

  it('reads an applied config as no rejection', () => {
    expect(FeedsConfigStatusRow.parse({ loaded_at: loaded, rejected_at: null, problems: [], problem_count: 0 })).toEqual({ loadedAt: loaded, rejectedReload: null });
  });

  it('refuses a row of another shape', () => {
    expect(() => FeedsConfigStatusRow.parse({ loaded_at: '2030-01-01', rejected_at: null, problems: [], problem_count: 0 })).toThrow();
    expect(() => FeedsConfigStatusRow.parse({ loaded_at: loaded, rejected_at: rejected, problems: 'a', problem_count: 1 })).toThrow();
  });
});
