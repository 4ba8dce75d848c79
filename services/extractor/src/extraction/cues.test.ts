import { describe, expect, it } from 'vitest';
import { cueFound, cueGroup, hasCue, scanCues } from './cues';

describe('cue words', () => {
  it('finds every group with a literal in the text, overlapping and nested ones too', () => {
    const a = cueGroup(['bomb', 'strik']);
    const b = cueGroup(['bombard']);
    const c = cueGroup(['ombar', 'x y']);
    const d = cueGroup(['zzz']);
    const cues = scanCues('they bombarded it');
    expect([a, b, c, d].map((g) => hasCue(cues, g))).toEqual([true, true, true, false]);
    expect(hasCue(scanCues('a x y z'), c)).toBe(true);
    expect(hasCue(scanCues('a x  y'), c)).toBe(false);
  });

  it('agrees with a plain substring search on random texts', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
    const alphabet = 'abcab c-é';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    const lits = Array.from({ length: 40 }, () => word(1 + Math.floor(rnd() * 4)).replace(/é/g, 'a'));
    const groups = Array.from({ length: 8 }, (_, k) => cueGroup(lits.slice(k * 5, k * 5 + 5)));
    for (let i = 0; i < 2000; i++) {
      const text = word(Math.floor(rnd() * 30));
      const cues = scanCues(text);
      for (const g of groups) expect(hasCue(cues, g)).toBe(g.literals.some((w) => text.includes(w)));
    }
  });

  it('fails open for a group registered after the scan (and reports it not found)', () => {
    const cues = scanCues('nothing here');
    const late = cueGroup(['absent', 'here']);
    expect(hasCue(cues, late)).toBe(true);
    expect(cueFound(cues, late)).toBe(false);
    expect(hasCue(scanCues('nothing'), late)).toBe(false);
    expect(cueFound(scanCues('nothing here'), late)).toBe(true);
  });

  it('ignores the case of ASCII letters, and reads the long s and the Kelvin sign as s and k', () => {
    const g = cueGroup(['casualties', 'kill']);
    expect(hasCue(scanCues('CasUALTIES'), g)).toBe(true);
    expect(hasCue(scanCues('caſualties'), g)).toBe(true);
    expect(hasCue(scanCues('\u212Aill'), g)).toBe(true);
    expect(hasCue(scanCues('cas\u00fcalties'), g)).toBe(false);
    // what case-insensitive Unicode patterns match too
    expect(/casualties/iu.test('caſualties') && /kill/iu.test('\u212Aill')).toBe(true);
  });

  it('reads every white-space character as a space', () => {
    const g = cueGroup(['town of ']);
    for (const ws of [' ', '\t', '\n', '\u00a0', '\u2009', '\u3000']) expect(hasCue(scanCues(`the town${ws}of${ws}Izium`), g)).toBe(true);
    expect(hasCue(scanCues('the town  of Izium'), g)).toBe(false);
  });

  it('takes lower-case ASCII literals only', () => {
    expect(() => cueGroup(['Kyiv'])).toThrow();
    expect(() => cueGroup(['київ'])).toThrow();
  });
});
