import { describe, expect, it } from 'vitest';
import { tokenize, WordTrie } from './tokens';
import { testGazetteer } from '../extraction/test-gazetteer';

const plain = (text: string) => tokenize(text).map((t) => ({ text: t.text, lower: t.lower, start: t.start, end: t.end, possessive: t.possessive }));

/** The definition the hand-written scanner follows. */
const WORD = /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*/gu;

describe('tokens', () => {
  it('splits words joined by dots, apostrophes and hyphens, and strips possessives', () => {
    expect(plain("Ukraine's U.S.-backed Zaporizhzhia-based troops' kit")).toEqual([
      { text: 'Ukraine', lower: 'ukraine', start: 0, end: 9, possessive: true },
      { text: 'U.S', lower: 'u.s', start: 10, end: 13, possessive: false },
      { text: 'backed', lower: 'backed', start: 15, end: 21, possessive: false },
      { text: 'Zaporizhzhia-based', lower: 'zaporizhzhia-based', start: 22, end: 40, possessive: false },
      { text: 'troops', lower: 'troops', start: 41, end: 47, possessive: true },
      { text: 'kit', lower: 'kit', start: 49, end: 52, possessive: false },
    ]);
  });

  it('finds the spans of the Unicode word pattern, astral letters and lone surrogates included', () => {
    let seed = 3;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
    const parts = ['a', 'Z', '1', ' ', '.', "'", '’', '-', 'é', 'Ж', '٣', '\uD835\uDC00', '\uD835', '\uDC00', '\uD83D\uDE00', "'s", '’s', 'İ', '\u212A'];
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: Math.floor(rnd() * 14) }, () => parts[Math.floor(rnd() * parts.length)]).join('');
      const spans = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
      expect(tokenize(text).map((t) => [t.start, t.end])).toEqual(spans);
      for (const t of tokenize(text)) {
        expect(t.lower).toBe(t.text.toLowerCase());
        expect(t.startsUpper()).toBe(/^[A-Z]/.test(t.text));
      }
    }
  });

  it('looks tokens up in a word trie as in the map it was built from', () => {
    const g = testGazetteer();
    const text = "The Kremlin said Russia's envoy met Ukraine's delegation in Istanbul; the U.S. and the ukrainian side, O’Brien and Zelensky’s aide.";
    for (const t of tokenize(text)) expect(g.indexTrie.get(t)).toBe(g.index.get(t.lower));
    const map = new Map([['o’brien', 1], ['ab', 2], ['a', 3], ['é-x', 4], ['k', 5]]);
    const trie = new WordTrie(map);
    for (const t of tokenize("O’Brien AB ab a A É-x é-X K \u212A abc b")) expect(trie.get(t)).toBe(map.get(t.lower));
  });
});
