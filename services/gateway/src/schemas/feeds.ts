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

export const RejectedReload = z
  .object({
    at: Timestamp.meta({ description: 'When ingest rejected the reload.' }),
    problems: z.array(z.string()).meta({ description: 'Why: the first 20 validation problems, each cut to 300 characters.' }),
    problemCount: z.number().int().meta({ description: 'How many problems the file had (more than `problems` lists when they were cut).' }),
  })
  .meta({ id: 'RejectedReload' });

export const FeedsConfig = z
  .object({
    valid: z.boolean().meta({
      description: 'False while the last reload of the feeds file was rejected: the file on disk is not what ingest runs (as the claimwire_ingest_feeds_config_valid metric).',
    }),
    loadedAt: Timestamp.nullable().meta({
      description: 'When ingest loaded the config it runs on: at its start or at the last applied reload. Null before ingest recorded one.',
    }),
    rejectedReload: RejectedReload.nullable().meta({
      description: 'The last reload, when it did not validate: ingest kept running on the config it had. Null once a later reload is applied (or ingest restarts on a valid file).',
    }),
  })
  .meta({ id: 'FeedsConfig' });

export const FeedsResponse = z
  .object({
    items: z.array(Feed),
    config: FeedsConfig.meta({ description: "The feeds file ingest runs on: whether its last reload was rejected, when, and why." }),
  })
  .meta({ id: 'FeedsResponse' });
