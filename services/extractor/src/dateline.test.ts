import { describe, expect, it } from 'vitest';
import { readingDate } from './dateline';

const clamped = '2026-12-05T10:00:00.000Z';

describe('readingDate', () => {
  it('keeps the published date when the feed gave none or the same one', () => {
    expect(readingDate(clamped, null)).toBe(clamped);
    expect(readingDate('2026-03-02T08:00:00Z', '2026-03-02T08:00:00Z')).toBe('2026-03-02T08:00:00Z');
  });

  it("reads relative dates against the feed's date when ingest clamped a date ahead of its clock", () => {
    expect(readingDate(clamped, 'Tue, 09 Feb 2027 18:30:00 GMT')).toBe('2027-02-09T18:30:00.000Z');
    expect(readingDate(clamped, '2027-01-14T09:00:00+02:00')).toBe('2027-01-14T07:00:00.000Z');
  });

  it('ignores a raw date that does not parse, lies behind, or is implausibly far ahead', () => {
    expect(readingDate(clamped, 'sometime next week')).toBe(clamped);
    expect(readingDate(clamped, '2026-11-01T00:00:00Z')).toBe(clamped);
    expect(readingDate(clamped, '2031-01-01T00:00:00Z')).toBe(clamped);
  });
});

describe('toArticleInput', () => {
  it('hands the extractor the reading date, not the clamped one', async () => {
    const { toArticleInput } = await import('./claim-events');
    const input = toArticleInput({
      articleId: `art_${'a'.repeat(24)}`,
      revision: 1,
      feedId: 'wire',
      guid: null,
      url: null,
      title: 'Strike on a port city',
      author: null,
      published: clamped,
      publishedRaw: 'Wed, 10 Feb 2027 07:00:00 GMT',
      firstSeen: clamped,
      language: 'en',
      summary: null,
      text: 'Two people were killed on Tuesday.',
      contentHash: 'b'.repeat(64),
    });
    expect(input.published).toBe('2027-02-10T07:00:00.000Z');
  });
});
