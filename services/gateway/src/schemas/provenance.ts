import { z } from 'zod';
import { Cursor, Evidence, Limit, NextCursor, Source, Timestamp } from './common';

const ClaimKind = z.enum(['toll', 'talks', 'strike']);

export const Article = z
  .object({
    articleId: z.string(),
    revision: z.number().int(),
    feedId: z.string(),
    guid: z.string().nullable(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    author: z.string().nullable(),
    published: Timestamp,
    firstSeen: Timestamp,
    language: z.string().nullable(),
    summary: z.string().nullable(),
    textLength: z.number().int(),
  })
  .meta({ id: 'Article' });

const ArticleRef = z.object({
  articleId: z.string(),
  feedId: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
});

const ClaimCore = {
  claimId: z.string(),
  kind: ClaimKind,
  claim: z.record(z.string(), z.unknown()).meta({ description: 'The claim body (toll, talks or strike fields).' }),
  entityId: z.string().meta({ description: 'The figure, round or strike this claim is a source of.' }),
  evidence: Evidence,
  confidence: z.number(),
};

export const ClaimDetail = z
  .object({
    ...ClaimCore,
    extractorVersion: z.string(),
    seenAt: Timestamp,
    article: z.union([Article, ArticleRef]).meta({ description: 'The article, or what the claim recorded of it when the article event is missing.' }),
  })
  .meta({ id: 'ClaimDetail' });

export const ArticleDetail = z
  .object({
    article: Article.nullable().meta({ description: 'Null when only claims of the article are known.' }),
    articleId: z.string(),
    claims: z.array(z.object(ClaimCore)),
  })
  .meta({ id: 'ArticleDetail' });

export const SourcesQuery = z.object({
  entity: z
    .string()
    .max(200, 'is too long')
    .regex(/^(fig|rnd|stk)_[A-Za-z0-9_-]+$/, 'must be a figure (fig_), round (rnd_) or strike (stk_) id')
    .meta({ description: 'The figure, round or strike whose sources to list (its id as served).' }),
  limit: Limit,
  cursor: Cursor.optional(),
});
export type SourcesQuery = z.infer<typeof SourcesQuery>;

export const SourcesPage = z
  .object({ entityId: z.string(), items: z.array(Source), nextCursor: NextCursor })
  .meta({ id: 'SourcesPage', description: 'Every source of one figure, round or strike, oldest first.' });
