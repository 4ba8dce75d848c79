import { describe, expect, it } from 'vitest';
import type { FeedItem } from '../feed';
import { diffItems } from './diff';
import { identifyItems, itemContentHash } from './identity';

function item(over: Partial<FeedItem>): FeedItem {
  return {
    id: 'x',
    guid: null,
    link: null,
    title: 'Title',
    published: null,
    publishedRaw: null,
    publishedSource: 'first_seen',
    updated: null,
    updatedRaw: null,
    author: null,
    summary: null,
    summaryHtml: null,
    contentHtml: null,
    text: 'Body text.',
    links: [],
    dateClamped: false,
    ...over,
  };
}

describe('item identity', () => {
  it('prefers the guid, then the link, then a hash of title and date', () => {
    const ids = identifyItems([
      item({ guid: 'g1', link: 'https://a/1' }),
      item({ link: 'https://a/2', title: 'Two' }),
      item({ title: 'Three', publishedRaw: 'Mon, 02 Feb 2026 10:00:00 GMT' }),
    ]);
    expect(ids.map((i) => i.keySource)).toEqual(['guid', 'link', 'hash']);
    expect(ids[0]?.key).toBe('guid:g1');
    expect(ids[1]?.key).toBe('link:https://a/2');
  });

  it('falls back to links when a feed repeats one guid for different items', () => {
    const ids = identifyItems([
      item({ guid: 'same', link: 'https://a/1', title: 'One' }),
      item({ guid: 'same', link: 'https://a/2', title: 'Two' }),
    ]);
    expect(ids.map((i) => i.key)).toEqual(['link:https://a/1', 'link:https://a/2']);
  });

  it('falls back to a hash when guids and links both repeat, keeping distinct items apart', () => {
    const ids = identifyItems([
      item({ guid: 'g', link: 'https://a/', title: 'One', publishedRaw: 'd1' }),
      item({ guid: 'g', link: 'https://a/', title: 'Two', publishedRaw: 'd2' }),
    ]);
    expect(new Set(ids.map((i) => i.key)).size).toBe(2);
    expect(ids.every((i) => i.keySource === 'hash')).toBe(true);
  });

  it('keeps one copy of an item listed twice verbatim', () => {
    const same = item({ title: 'Dup', publishedRaw: 'd' });
    expect(identifyItems([same, { ...same }])).toHaveLength(1);
  });

  it('is stable across fetches', () => {
    const a = identifyItems([item({ title: 'T', publishedRaw: 'd' })]);
    const b = identifyItems([item({ title: 'T', publishedRaw: 'd' })]);
    expect(a[0]?.key).toBe(b[0]?.key);
  });
});

describe('item changes', () => {
  const base = item({ guid: 'g1', text: 'First version.' });
  const [idd] = identifyItems([base]);

  it('a new item is revision 1', () => {
    expect(diffItems([idd!], new Map())[0]).toMatchObject({ kind: 'new', revision: 1 });
  });

  it('an edited item is an update with the next revision, not a new article', () => {
    const seen = new Map([['guid:g1', { key: 'guid:g1', contentHash: itemContentHash(base), revision: 3 }]]);
    const [edited] = identifyItems([{ ...base, text: 'Corrected version.' }]);
    expect(diffItems([edited!], seen)[0]).toMatchObject({ kind: 'updated', revision: 4 });
  });

  it('an unchanged item is a duplicate', () => {
    const seen = new Map([['guid:g1', { key: 'guid:g1', contentHash: itemContentHash(base), revision: 1 }]]);
    expect(diffItems([idd!], seen)[0]?.kind).toBe('unchanged');
  });

  it('a date-only change is not an edit', () => {
    expect(itemContentHash(base)).toBe(itemContentHash({ ...base, published: new Date() }));
  });
});
