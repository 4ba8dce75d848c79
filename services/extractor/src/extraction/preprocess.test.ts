import { describe, expect, it } from 'vitest';
import { prepareText } from './preprocess';

describe('prepareText', () => {
  it.each([
    ['LVIV, Ukraine (AP) — Drones hit a depot.', 'Drones hit a depot.'],
    ['ODESA, March 4 (Reuters) - A missile hit the port.', 'A missile hit the port.'],
    ['MOSCOW, March 4. /TASS/. The ministry said.', 'The ministry said.'],
    ['BRUSSELS — Ministers met.', 'Ministers met.'],
    ['Kyiv (AFP) - A missile hit a station.', 'A missile hit a station.'],
    ['Kharkiv, Ukraine (Reuters) — Glide bombs fell.', 'Glide bombs fell.'],
    ['Kyiv — not a dateline in mixed case.', 'Kyiv — not a dateline in mixed case.'],
    [' date 2024-01-09 A woman was killed by shelling.', 'A woman was killed by shelling.'],
    ['2025-04-04T18:20 Missiles struck the city.', 'Missiles struck the city.'],
    [' date 2024-01-16 (Ukrinform) The mission said.', '(Ukrinform) The mission said.'],
  ])('blanks the dateline of %s', (input, rest) => {
    const p = prepareText(input);
    expect(p.text.length).toBe(input.length);
    expect(p.text.trim()).toBe(rest);
  });

  it('blanks liveblog stamps and remembers the entries', () => {
    const input = 'Intro line.\n\n09:15 — Drones hit Sumy.\n\n10:02 GMT: Officials met.';
    const p = prepareText(input);
    expect(p.text).toContain('        Drones hit Sumy.');
    expect(p.stamped).toEqual([input.indexOf('09:15'), input.indexOf('10:02')]);
    expect(p.text.length).toBe(input.length);
  });

  it('drops all-caps headline lines but keeps acronyms in prose', () => {
    const p = prepareText('UKRAINE, RUSSIA SWAP 200 POWS\n\nThe UN and the IOM said 40 were hurt.');
    expect(p.text.trim()).toBe('The UN and the IOM said 40 were hurt.');
  });

  it('treats a stamp on its own line as the start of a liveblog entry', () => {
    const input = 'Summary of the day.\n\n16.05 BST\n\nBodies were exchanged.\n\n15:20\nA drone hit Sumy.';
    const p = prepareText(input);
    expect(p.text.length).toBe(input.length);
    expect(p.text).not.toContain('16.05');
    expect(p.stamped).toEqual([input.indexOf('Bodies'), input.indexOf('A drone')]);
  });
});
