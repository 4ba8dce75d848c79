import { describe, expect, it } from 'vitest';
import { ConfigError } from '@claimwire/config';
import { parseFeedsFile } from './load';
import { resolveFeeds } from './schema';

describe('feeds.yaml', () => {
  it('applies defaults and parses durations', () => {
    const f = parseFeedsFile(
      `defaults:\n  interval: 15m\nfeeds:\n  - id: a\n    url: https://example.org/rss\n  - id: b\n    url: https://example.org/atom\n    interval: 90\n    fullText: true\n    enabled: false\n`,
      'feeds.yaml',
    );
    expect(resolveFeeds(f)).toEqual([
      { id: 'a', url: 'https://example.org/rss', title: null, intervalMs: 900_000, fullText: false, enabled: true, headers: {} },
      { id: 'b', url: 'https://example.org/atom', title: null, intervalMs: 90_000, fullText: true, enabled: false, headers: {} },
    ]);
  });

  it.each([
    ['a bad url', 'feeds:\n  - id: a\n    url: ftp://x\n', /feeds\[0\]\.url: must be an http\(s\) URL \(feed "a"\)/],
    ['a bad interval', 'feeds:\n  - id: a\n    url: https://x.org/\n    interval: soon\n', /feeds\[0\]\.interval.*not a duration/],
    ['an unknown field', 'feeds:\n  - id: a\n    url: https://x.org/\n    intervall: 5m\n', /feeds\[0\]/],
    ['a duplicate id', 'feeds:\n  - id: a\n    url: https://x.org/1\n  - id: a\n    url: https://x.org/2\n', /feeds\[1\]\.id: duplicate feed id "a"/],
    ['a bad id', 'feeds:\n  - id: "Not OK"\n    url: https://x.org/\n', /feeds\[0\]\.id/],
    ['broken YAML', 'feeds: [\n', /not valid YAML/],
    ['a bad header name', 'feeds:\n  - id: ok\n    url: https://x.org/\n  - id: desk\n    url: https://x.org/\n    headers:\n      "Bad Header": x\n', /feeds\[1\]\.headers.*\(feed "desk"\)/],
  ])('refuses %s, naming the feed and field', (_name, text, message) => {
    expect(() => parseFeedsFile(text, 'feeds.yaml')).toThrow(ConfigError);
    expect(() => parseFeedsFile(text, 'feeds.yaml')).toThrow(message);
  });
});
