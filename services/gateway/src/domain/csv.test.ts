import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv';

describe('csv', () => {
  it('quotes per RFC 4180 so an outside parser gives the values back', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quotes"', 'two\r\nlines', 'lf\nonly'],
      [42, -3, null, true, ['Odesa', 'Izmail']],
    ] as const;
    const text = rows.map(csvLine).join('');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parse(text, { relax_column_count: false })).toEqual([
      ['plain', 'with, comma', 'with "quotes"', 'two\r\nlines', 'lf\nonly'],
      ['42', '-3', '', 'true', 'Odesa; Izmail'],
    ]);
  });

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+7 killed')).toBe("'+7 killed");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell('+3')).toBe('+3');
    expect(csvCell('Kyiv = capital')).toBe('Kyiv = capital');
  });
});
