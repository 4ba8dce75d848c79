// The closing line of a test run, counted from vitest's JSON reports. A file that failed to
// load or whose hooks failed counts as failed, and so do the tests it could not run: a
// skipped test is only one a spec skipped on purpose in a file that ran.

/**
 * @typedef {{ status: string }} AssertionResult
 * @typedef {{ name: string, status: string, message?: string, assertionResults: AssertionResult[] }} FileResult
 * @typedef {{ testResults: FileResult[] }} VitestReport
 * @typedef {{ passed: number, failed: number, skipped: number }} Counts
 */

/** @param {VitestReport | null} report @param {number} exitCode @returns {Counts} */
export function countReport(report, exitCode) {
  /** @type {Counts} */
  const c = { passed: 0, failed: 0, skipped: 0 };
  if (!report) return { ...c, failed: 1 }; // vitest ended before it wrote a report
  for (const file of report.testResults) {
    const fileFailed = file.status === 'failed';
    let failedHere = 0;
    for (const t of file.assertionResults) {
      if (t.status === 'passed') c.passed++;
      else if (t.status === 'failed' || fileFailed) failedHere++;
      else c.skipped++;
    }
    // a file that failed without a failed test (it did not load, or a hook threw)
    if (fileFailed && failedHere === 0) failedHere = 1;
    c.failed += failedHere;
  }
  // an error outside any test (e.g. an unhandled rejection) fails the run
  if (exitCode !== 0 && c.failed === 0) c.failed = 1;
  return c;
}

/** @param {Counts[]} all @returns {Counts} */
export const addCounts = (all) => all.reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }), { passed: 0, failed: 0, skipped: 0 });

/** @param {Counts} c */
export const closingLine = (c) => `tests: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
