import { z } from 'zod';

/**
 * The claim vocabulary of ../shared/corpus/README.md, shared by every service.
 * Party ids are open-ended (a new conflict is a gazetteer change), so they are
 * validated by shape, not by a closed list.
 */
export const PartyId = z.string().regex(/^[a-z][a-z0-9-]{0,62}$/, 'party id must be a lowercase slug');
export type PartyId = z.infer<typeof PartyId>;

export const Population = z.enum(['military', 'civilian', 'mixed', 'unspecified']);
export type Population = z.infer<typeof Population>;

export const Measure = z.enum(['killed', 'wounded', 'missing', 'casualties', 'captured', 'displaced']);
export type Measure = z.infer<typeof Measure>;

export const Bound = z.enum(['exact', 'approx', 'at_least', 'at_most']);
export type Bound = z.infer<typeof Bound>;

export const Scope = z.enum(['cumulative', 'period']);
export type Scope = z.infer<typeof Scope>;

/** The window of a period figure: "in the past 24 hours" is day, "last week" week, "in January" month. */
export const PeriodWindow = z.enum(['day', 'week', 'month', 'other']);
export type PeriodWindow = z.infer<typeof PeriodWindow>;

export const TalksStatus = z.enum(['held', 'scheduled', 'cancelled']);
export type TalksStatus = z.infer<typeof TalksStatus>;

export const OutcomeType = z.enum([
  'prisoner_exchange',
  'bodies_repatriated',
  'ceasefire',
  'energy_truce',
  'dialogue_restored',
  'agreement',
]);
export type OutcomeType = z.infer<typeof OutcomeType>;

export const TargetType = z.enum([
  'energy',
  'residential',
  'transport',
  'port',
  'industrial',
  'military',
  'healthcare',
  'government',
  'unspecified',
]);
export type TargetType = z.infer<typeof TargetType>;

export const Weapon = z.enum(['missile', 'drone', 'glide-bomb', 'artillery', 'aircraft']);
export type Weapon = z.infer<typeof Weapon>;

/** A date at the precision the text supports: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDate>;

export type DatePrecision = 'year' | 'month' | 'day';

export function datePrecision(date: string): DatePrecision {
  if (date.length === 4) return 'year';
  if (date.length === 7) return 'month';
  return 'day';
}
