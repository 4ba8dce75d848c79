import { articleId, type ArticleIngested } from '@claimwire/events';
import type { FeedItem } from '../feed';

const MAX_TEXT = 5_000_000;

function cap(s: string | null, n: number): string | null {
  return s === null ? null : s.length > n ? s.slice(0, n) : s;
}

/** Normalise a feed item into an ArticleIngested event body. Pure. */
export function toArticle(input: {
  feedId: string;
  key: string;
  item: FeedItem;
  revision: number;
  contentHash: string;
  firstSeen: Date;
  language: string | null;
  /** Replaces the feed's text (full-text mode) when given. */
  fullText?: string | null;
}): ArticleIngested {
  const { item } = input;
  const published = item.published ?? input.firstSeen;
  const text = input.fullText ?? item.text;
  return {
    articleId: articleId(input.feedId, input.key),
    revision: input.revision,
    feedId: input.feedId,
    guid: cap(item.guid, 4000),
    url: cap(item.link, 4000),
    title: cap(item.title, 2000),
    author: cap(item.author, 1000),
    published: published.toISOString(),
    publishedRaw: cap(item.publishedRaw, 200),
    firstSeen: input.firstSeen.toISOString(),
    language: cap(input.language, 35),
    summary: cap(item.summary, 20_000),
    text: text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text,
    contentHash: input.contentHash,
  };
}
