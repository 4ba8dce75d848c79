import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH, splitSentences } from './sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

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

  it('ends a sentence whose page lost the space after the stop, and keeps domains and dotted acronyms whole', () => {
    expect(texts('The war began in 2022.Officials do not publish losses.According to the count, 90 died.')).toEqual([
      'The war began in 2022.',
      'Officials do not publish losses.',
      'According to the count, 90 died.',
    ]);
    expect(texts('He wrote on kyivpost.com about the U.S.Army and St.Petersburg.')).toHaveLength(1);
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

  it('keeps abbreviations, titles, initials and dated months inside a sentence', () => {
    expect(texts('Gen. Oleksandr Syrskyi met Lt. Col. Ivanenko in St. Petersburg on Oct. 14. It rained.')).toEqual([
      'Gen. Oleksandr Syrskyi met Lt. Col. Ivanenko in St. Petersburg on Oct. 14.',
      'It rained.',
    ]);
    expect(texts('U.S. Vice President J. D. Vance spoke to U.K. and U.N. officials about approx. 300 troops. They agreed.')).toEqual([
      'U.S. Vice President J. D. Vance spoke to U.K. and U.N. officials about approx. 300 troops.',
      'They agreed.',
    ]);
    expect(texts('Brigade No. 47 held the line since Feb. 24, 2022, its commander said.')).toHaveLength(1);
  });

  it('ends a sentence at an abbreviation when a sentence opener follows', () => {
    expect(texts('The delegation flew to the U.S. The talks begin on Monday.')).toEqual([
      'The delegation flew to the U.S.',
      'The talks begin on Monday.',
    ]);
    expect(texts('Sirens sounded at 3 a.m. Officials said two drones were downed.')).toHaveLength(2);
    expect(texts('The strike came in late Oct. Russia denied it.')).toEqual(['The strike came in late Oct.', 'Russia denied it.']);
    expect(texts('Asked whether he would go, he said no. The trip was cancelled.')).toHaveLength(2);
  });

  it('keeps offsets exact around abbreviations', () => {
    const t = 'Sen. Graham and Maj. Gen. Budanov met in D.C. on Feb. 3. Nothing was agreed.';
    const ss = splitSentences(t);
    expect(ss).toHaveLength(2);
    for (const s of ss) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
});
