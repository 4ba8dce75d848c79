export { parseFeed, MAX_FEED_BYTES } from './parse-feed';
export type {
  DateSource,
  FeedError,
  FeedErrorKind,
  FeedFormat,
  FeedItem,
  ParsedFeed,
  ParseOptions,
  ParseResult,
} from './types';
export { parseDate } from './dates';
export { htmlToText } from './html-to-text';
export { decodeBody } from './encoding';
