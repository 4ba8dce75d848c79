/** CSV as RFC 4180 writes it (CRLF line ends, quotes doubled), safe to open in a spreadsheet. */

export type CsvCell = string | number | boolean | null | undefined | readonly string[];

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
// a cell a spreadsheet would run as a formula (CWE-1236); tab and CR start formulas in some too
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text that would start a formula gets a leading ' unless it is a plain number. */
export function csvCell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  let s = typeof v === 'string' ? v : v.join('; ');
  if (FORMULA_START.test(s) && !NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One record, CRLF-terminated. */
export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
