import { z } from 'zod';

/**
 * Claim bodies are the corpus format, defined once in @claimwire/events (the same schemas
 * the claim events are validated with); re-exported here under the extractor's names.
 */
export {
  Bound,
  ClaimBody as ClaimBodySchema,
  Evidence as EvidenceSchema,
  Measure,
  Outcome as OutcomeSchema,
  OutcomeType,
  Population,
  Scope,
  StrikeBody as StrikeClaimSchema,
  TalksBody as TalksClaimSchema,
  TalksStatus,
  TargetType,
  TollBody as TollClaimSchema,
  Weapon,
} from '@claimwire/events';

/** The article fields extraction needs. */
export const ArticleInputSchema = z.object({
  id: z.string().min(1, 'id must be a non-empty string'),
  published: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'published must be an ISO date-time'),
  text: z.string(),
  title: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
});
