import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH, splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits on sentence ends and keeps exact offsets', () => {
    const text = 'First point here. Dr. Smith met U.S. officials on Monday.\n\nA new paragraph! "Quoted end." Last one';
    const ss = splitSentences(text);
    expect(ss.map((s) => s.text)).toEqual([
      'First point here.',
      'Dr. Smith met U.S. officials on Monday.',
      'A new paragraph!',
      '"Quoted end."',
      'Last one',
    ]);
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(ss.map((s) => s.paragraph)).toEqual([0, 0, 1, 1, 1]);
  });

  it('caps sentence length', () => {
    const ss = splitSentences('word '.repeat(2000));
    expect(ss.length).toBeGreaterThan(1);
    for (const s of ss) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH + 1);
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ... !!! \n')).toEqual([]);
  });
});
