import { z } from 'zod';
import { CLAIM_KINDS, PartialDate, PartyId } from '@claimwire/events';
import { Cursor, DateParam, Evidence, Limit, MinConfidence, NextCursor, Source, Text, Timestamp } from './common';
import { Article } from './provenance';
import { Strike } from './strikes';

/** Schemas of the enumerating endpoints: GET /v1/claims, GET /v1/articles, GET /v1/strikes/{id}. */

const isInstant = (v: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v));

/** A point in time or a (partial) date: a date covers its whole year, month or day (UTC). */
export const SeenBound = z
  .string()
  .max(40, 'is too long')
  .refine((v) => PartialDate.safeParse(v).success || isInstant(v), 'must be YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 timestamp with a zone')
  .meta({ description: 'YYYY, YYYY-MM, YYYY-MM-DD (whole UTC days) or an ISO 8601 timestamp with Z or an offset.' });

export const ArticleIdParam = z
  .string()
  .max(200, 'is too long')
  .regex(/^art_[A-Za-z0-9+_-]+$/, 'must be an art_ id');

export const ClaimsQuery = z.object({
  kind: z.enum(CLAIM_KINDS).optional(),
  party: PartyId.optional().meta({ description: 'A party the claim names: a toll\'s party, a talks party, a strike\'s attacker or target.' }),
  reporter: Text.optional().meta({ description: 'Who reported a toll, matched like /v1/tolls reportedBy (case- and punctuation-insensitive, contained).' }),
  feed: Text.optional().meta({ description: 'The feed id the article came from.' }),
  article: ArticleIdParam.optional().meta({ description: 'Only claims read from this article (art_ id).' }),
  from: DateParam.optional().meta({ description: "On the claim's own date (a toll's asOf, a round's or strike's date): its first day on or after this. Claims without a date are left out." }),
  to: DateParam.optional().meta({ description: "On the claim's own date: its first day on or before the end of this." }),
  seenFrom: SeenBound.optional().meta({
    description:
      "On the claim's seenAt (its event's CloudEvents time, not when it was committed): at or after this; a date covers the whole UTC day, month or year. A filter, not the order: a claim committed late with an early seenAt still comes after the cursor that was current when it landed.",
  }),
  seenTo: SeenBound.optional().meta({ description: 'On seenAt: at or before this (a date: up to the end of it).' }),
  minConfidence: MinConfidence,
  limit: Limit,
  cursor: Cursor.optional(),
});
export type ClaimsQuery = z.infer<typeof ClaimsQuery>;

export const ClaimListItem = z
  .object({
    claimId: z.string(),
    kind: z.enum(CLAIM_KINDS),
    claim: z.record(z.string(), z.unknown()).meta({ description: 'The claim body (toll, talks or strike fields).' }),
    entityId: z.string().meta({ description: 'The figure, round or strike this claim is a source of.' }),
    confidence: z.number(),
    extractorVersion: z.string(),
    seenAt: Timestamp,
    articleId: z.string(),
    feedId: z.string(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    published: Timestamp.nullable(),
    evidence: Evidence,
  })
  .meta({ id: 'ClaimListItem', description: 'One claim with its evidence and where it was read.' });

export const ClaimsPage = z
  .object({ items: z.array(ClaimListItem), nextCursor: NextCursor })
  .meta({
    id: 'ClaimsPage',
    description: 'Claims in the order they were committed to the read models (the projection sequence GET /v1/stream numbers its events by), oldest first: a page never shifts when new claims land.',
  });

export const ArticlesQuery = z.object({
  feed: Text.optional().meta({ description: 'The feed id.' }),
  url: z.string().min(1).max(2000, 'is too long').optional().meta({ description: 'Exact article URL (as ingest recorded it).' }),
  from: DateParam.optional().meta({ description: 'Published on or after this.' }),
  to: DateParam.optional().meta({ description: 'Published on or before the end of this.' }),
  limit: Limit,
  cursor: Cursor.optional(),
});
export type ArticlesQuery = z.infer<typeof ArticlesQuery>;

export const ArticleListItem = Article.extend({ claimCount: z.number().int().meta({ description: 'Claims read from it (GET /v1/articles/{id} lists them).' }) }).meta({
  id: 'ArticleListItem',
});

export const ArticlesPage = z
  .object({ items: z.array(ArticleListItem), nextCursor: NextCursor })
  .meta({ id: 'ArticlesPage', description: 'Articles, newest published first, then article id.' });

export const StrikeReport = z
  .object({
    killed: z.number().int().nullable(),
    injured: z.number().int().nullable(),
    date: z.string().nullable(),
    source: Source,
  })
  .meta({ id: 'StrikeReport', description: 'What one source reported of the strike: its killed and injured as that article gave them.' });

export const StrikeDetail = Strike.extend({
  reports: z.array(StrikeReport).meta({ description: 'Every report of the strike, oldest first: how the toll was reported over time.' }),
}).meta({ id: 'StrikeDetail', description: 'One strike with the full history of its reported tolls.' });
