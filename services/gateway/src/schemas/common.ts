import { z } from 'zod';
import { PartialDate } from '@claimwire/events';
import { PROBLEM_TYPE_URIS } from '../problems/catalogue';

/** Building blocks of the query and response schemas. Written once: handlers validate with them and /openapi.json is generated from them. */

export const MAX_LIMIT = 500;

/** A page size of 1 to MAX_LIMIT, `size` when not given. */
export const pageLimit = (size: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`)
    .default(size)
    .meta({ description: `Page size, 1 to ${MAX_LIMIT} (default ${size}).` });

export const Limit = pageLimit(100);

export const Cursor = z
  .string()
  .max(500, 'cursor is too long')
  .regex(/^[A-Za-z0-9_-]+$/, 'not a cursor this API issued')
  .meta({ description: 'The nextCursor of the previous page.' });

export const Text = z.string().trim().min(1, 'must not be empty').max(200, 'is too long');

/** ?minConfidence=: only claims the extractor was at least this confident of (the claims list and the stream). */
export const MinConfidence = z.coerce
  .number({ error: 'must be a number' })
  .min(0, 'must be at least 0')
  .max(1, 'must be at most 1')
  .optional()
  .meta({ description: 'Only claims the extractor was at least this confident of (0 to 1).' });

export const DateParam = PartialDate.meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD; a coarse date covers its whole year or month.' });

export const Timestamp = z.string().meta({ description: 'ISO 8601 timestamp (UTC)', format: 'date-time' });
export const NullableDate = PartialDate.nullable();
export const Precision = z.enum(['year', 'month', 'day']).nullable().meta({ description: 'How precise the date is.' });
export const NextCursor = z.string().nullable().meta({ description: 'Pass as cursor= for the next page; null on the last page.' });

export const Evidence = z
  .object({ sentence: z.string(), start: z.number().int(), end: z.number().int() })
  .meta({ id: 'Evidence', description: 'The sentence a claim came from, with character offsets into the article text.' });

export const Source = z
  .object({
    claimId: z.string(),
    articleId: z.string(),
    articleRevision: z.number().int(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    feedId: z.string(),
    published: Timestamp.nullable(),
    seenAt: Timestamp,
    extractorVersion: z.string(),
    confidence: z.number(),
    evidence: Evidence,
  })
  .meta({ id: 'Source', description: 'One claim that reported this: where it was read and the sentence it came from.' });
export type Source = z.infer<typeof Source>;

export const Problem = z
  .object({
    type: z.enum(PROBLEM_TYPE_URIS).meta({
      description: 'What went wrong, as a URI relative to the request URL: GET it for a page that explains the problem (/problems/{type}).',
      format: 'uri-reference',
    }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    parameter: z.string().optional().meta({ description: 'The query or path parameter at fault.' }),
    errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' });

export const IdParam = (prefix: string, what: string) =>
  z.object({
    id: z
      .string()
      .max(200, 'is too long')
      .regex(new RegExp(`^${prefix}_[A-Za-z0-9+_-]+$`), `must be a ${prefix}_ id`)
      .meta({ description: `The ${what} id (${prefix}_...).` }),
  });

/** The query of an endpoint that takes no parameters (any given is refused). */
export const NoQuery = z.object({});
