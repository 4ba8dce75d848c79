/** Public types of the pure feed parser. */

export type FeedFormat = 'rss2' | 'rss1' | 'atom1' | 'atom03' | 'json1' | 'json11';

export type FeedErrorKind =
  | 'empty'
  | 'not_a_feed'
  | 'xml_unsafe'
  | 'malformed'
  | 'too_large';

export interface FeedError {
  kind: FeedErrorKind;
  message: string;
}

/** Where an item's `published` came from. */
export type DateSource = 'feed' | 'updated' | 'first_seen';

export interface FeedItem {
  /** Stable id: the guid, else the link, else a hash of title/date/body. */
  id: string;
  guid: string | null;
  link: string | null;
  title: string | null;
  /** Publication date (clamped to `now`); falls back to `updated`, then to `now` (first seen). */
  published: Date | null;
  publishedRaw: string | null;
  publishedSource: DateSource;
  updated: Date | null;
  updatedRaw: string | null;
  author: string | null;
  /** Summary reduced to plain text. */
  summary: string | null;
  /** Summary as HTML (text summaries are escaped). */
  summaryHtml: string | null;
  /** Full content as HTML (text content is escaped), or null when the item has none. */
  contentHtml: string | null;
  /** Readable plain text for the extractor: from content, else summary (no title). */
  text: string;
  /** Absolute (where resolvable) links found in the content/summary HTML. */
  links: string[];
  /** True when `published` or `updated` was in the future and clamped to `now`. */
  dateClamped: boolean;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  link: string | null;
  language: string | null;
  /** True when the input was not well-formed and was repaired to be parsed. */
  repaired: boolean;
  repairs: string[];
  /** Character encoding used to decode the body (lower-case label). */
  encoding: string;
  items: FeedItem[];
}

export type ParseResult = { ok: true; feed: ParsedFeed } | { ok: false; error: FeedError };

export interface ParseOptions {
  /** HTTP Content-Type header, e.g. `application/rss+xml; charset=koi8-r`. */
  contentType?: string;
  /** Final URL of the feed (after redirects): base for relative links. */
  url?: string;
  /** Current time: first-seen fallback and clamp for future dates. */
  now: Date;
}

/** Thrown inside the parser, turned into `{ ok: false }` at the API boundary. */
export class FeedParseError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'FeedParseError';
  }
}
