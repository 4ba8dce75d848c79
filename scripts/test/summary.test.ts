import { describe, expect, it } from 'vitest';
import { addCounts, closingLine, countReport } from './summary.mjs';

const file = (status: string, tests: string[]) => ({ name: 'x.test.ts', status, assertionResults: tests.map((s) => ({ status: s })) });

describe('countReport', () => {
  it('counts passed, failed and deliberately skipped tests of files that ran', () => {
    expect(countReport({ testResults: [file('passed', ['passed', 'passed', 'skipped']), file('failed', ['passed', 'failed'])] }, 1)).toEqual({ passed: 3, failed: 1, skipped: 1 });
  });

  it('counts a file that failed to load as failed', () => {
    expect(countReport({ testResults: [file('passed', ['passed']), file('failed', [])] }, 1)).toEqual({ passed: 1, failed: 1, skipped: 0 });
  });

  it('counts the tests a failed hook kept from running as failed, not skipped', () => {
    expect(countReport({ testResults: [file('failed', ['skipped', 'skipped', 'skipped'])] }, 1)).toEqual({ passed: 0, failed: 3, skipped: 0 });
  });

  it('fails a run that exited non-zero without a failed test, and one without a report', () => {
    expect(countReport({ testResults: [file('passed', ['passed'])] }, 1)).toEqual({ passed: 1, failed: 1, skipped: 0 });
    expect(countReport(null, 1)).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });

  it('prints the plain closing line', () => {
    expect(closingLine(addCounts([{ passed: 2, failed: 0, skipped: 1 }, { passed: 3, failed: 1, skipped: 0 }]))).toBe('tests: 5 passed, 1 failed, 1 skipped');
  });
});
