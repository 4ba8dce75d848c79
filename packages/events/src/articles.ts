import { z } from 'zod';

/** An article as ingest publishes it: normalised from a feed item, text ready for extraction. */
export const ArticleIngested = z.object({
  articleId: z.string().regex(/^art_[0-9a-f]{24}$/),
  /** 1 for the first sighting; +1 each time the item's content hash changes. */
  revision: z.number().int().positive(),
  feedId: z.string().min(1).max(200),
  guid: z.string().max(4000).nullable(),
  url: z.string().max(4000).nullable(),
  title: z.string().max(2000).nullable(),
  author: z.string().max(1000).nullable(),
  /** ISO 8601; when the feed gives no usable date this is the first-seen time. */
  published: z.string().datetime({ offset: true }),
  publishedRaw: z.string().max(200).nullable(),
  firstSeen: z.string().datetime({ offset: true }),
  language: z.string().max(35).nullable(),
  summary: z.string().max(20_000).nullable(),
  text: z.string().max(5_000_000),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ArticleIngested = z.infer<typeof ArticleIngested>;
