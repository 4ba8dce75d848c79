import { z } from 'zod';
import { Measure, PartialDate, PartyId, Population, TalksStatus, TargetType, Weapon } from '@claimwire/events';

/** Query and response schemas, written once: handlers validate with them and /openapi.json is generated from them. */

export const MAX_LIMIT = 500;

export const Limit = z.coerce
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`)
  .default(100);

export const Cursor = z.string().max(500, 'cursor is too long').regex(/^[A-Za-z0-9_-]+$/, 'not a cursor this API issued');

const Text = z.string().trim().min(1, 'must not be empty').max(200, 'is too long');

export const DateParam = PartialDate.describe('YYYY, YYYY-MM or YYYY-MM-DD');

export const TollsQuery = z.object({
  party: PartyId.optional(),
  population: Population.optional(),
  measure: Measure.optional(),
  reportedBy: Text.optional(),
  limit: Limit,
  cursor: Cursor.optional(),
});

export const TalksQuery = z.object({
  party: PartyId.optional(),
  status: TalksStatus.optional(),
  location: Text.optional(),
  from: DateParam.optional(),
  to: DateParam.optional(),
  limit: Limit,
  cursor: Cursor.optional(),
});

export const StrikesFilter = z.object({
  attacker: PartyId.optional(),
  target: PartyId.optional(),
  targetType: TargetType.optional(),
  location: Text.optional(),
  weapon: Weapon.optional(),
  from: DateParam.optional(),
  to: DateParam.optional(),
});
export const StrikesQuery = StrikesFilter.extend({ limit: Limit, cursor: Cursor.optional() });

export const IdParam = (prefix: string) =>
  z.object({ id: z.string().max(200).regex(new RegExp(`^${prefix}_[A-Za-z0-9+_-]+$`), `must be a ${prefix}_ id`) });

export type TollsQuery = z.infer<typeof TollsQuery>;
export type TalksQuery = z.infer<typeof TalksQuery>;
export type StrikesFilter = z.infer<typeof StrikesFilter>;
export type StrikesQuery = z.infer<typeof StrikesQuery>;
