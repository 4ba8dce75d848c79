import { z } from 'zod';
import { Timestamp } from './common';

export const Feed = z
  .object({
    feedId: z.string(),
    url: z.string(),
    title: z.string().nullable(),
    enabled: z.boolean(),
    intervalSeconds: z.number().int(),
    status: z.enum(['ok', 'failing', 'paused', 'pending']),
    health: z.string().meta({ description: 'Ingest health status of the feed.' }),
    healthReason: z
      .string()
      .nullable()
      .meta({
        description:
          'The health in one sentence: what is wrong, since when, and when the feed is tried next. Worded when the response is made, from the status and the times ingest stored: "last success 2 h ago" is two hours before this response, not before the fetch. Null for a status this gateway does not know.',
      }),
    lastAttemptAt: Timestamp.nullable(),
    lastSuccessAt: Timestamp.nullable(),
    httpStatus: z.number().int().nullable(),
    error: z.object({ kind: z.string(), message: z.string().nullable() }).nullable(),
    consecutiveFailures: z.number().int(),
    nextAttemptAt: Timestamp.nullable(),
    repaired: z.boolean(),
    movedTo: z
      .string()
      .nullable()
      .meta({ description: 'Where the feed permanently redirects (301/308); config still names the URL that is fetched.' }),
    itemsSeen: z.number().int().meta({ description: 'Distinct items ever seen in the feed.' }),
    itemsPublished: z.number().int(),
  })
  .meta({ id: 'Feed' });

export const FeedsResponse = z.object({ items: z.array(Feed) }).meta({ id: 'FeedsResponse' });
