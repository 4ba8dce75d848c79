import { describe, expect, it } from 'vitest';
import { ProblemError } from '../http/problem';
import { clampResume, resumeAfter } from './resume';

const problemOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ProblemError) return err.problem;
    throw err;
  }
  throw new Error('no problem thrown');
};

describe('where a stream resumes', () => {
  it('takes the Last-Event-ID header first, then the lastEventId parameter, else none', () => {
    expect(resumeAfter('17', 3)).toBe(17);
    expect(resumeAfter(undefined, 3)).toBe(3);
    expect(resumeAfter('', 3)).toBe(3);
    expect(resumeAfter('  ', undefined)).toBeUndefined();
    expect(resumeAfter('0', undefined)).toBe(0);
    expect(resumeAfter(' 5 ', undefined)).toBe(5);
  });

  it('refuses anything but a whole number of at most 15 digits, naming the header', () => {
    for (const bad of ['abc', '-1', '1.5', '1e3', '007', '0x10', '1234567890123456']) {
      const p = problemOf(() => resumeAfter(bad, undefined));
      expect(p, bad).toMatchObject({ status: 400, parameter: 'Last-Event-ID' });
    }
    expect(problemOf(() => resumeAfter(['1', '2'], undefined))).toMatchObject({ status: 400, parameter: 'Last-Event-ID' });
    expect(resumeAfter('123456789012345', undefined)).toBe(123456789012345);
  });

  it('starts at the newest without an id, and from the newest with an id ahead of it', () => {
    expect(clampResume(undefined, 40)).toBe(40);
    expect(clampResume(12, 40)).toBe(12);
    expect(clampResume(40, 40)).toBe(40);
    expect(clampResume(900, 40)).toBe(40);
  });
});
