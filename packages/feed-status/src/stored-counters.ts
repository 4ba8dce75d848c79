import { z } from 'zod';
import type { HealthCounters } from './health-reason';

// each field on its own: one odd value loses that part of the sentence, not the whole feed
const storedDate = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s))
  .optional()
  .catch(undefined);
const storedText = z.string().optional().catch(undefined);

/**
 * The parts of feeds.counters (jsonb, ingest's FeedFetchCounters as JSON: dates are ISO
 * strings) that the health wording reads and that have no column of their own. Consecutive
 * failures and the last attempt and success come from their columns.
 */
export const StoredHealthCounters = z
  .object({
    failingSince: storedDate,
    lastChangedAt: storedDate,
    lastOutcomeKind: storedText,
    lastError: storedText,
  })
  .catch({});

export type StoredHealthCounters = Pick<HealthCounters, 'failingSince' | 'lastChangedAt' | 'lastOutcomeKind' | 'lastError'>;
