import { z } from 'zod';

/** Claim bodies exactly as in the corpus README (field names are part of the contract). */
const PartyId = z.string().min(1);
const IsoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD');

export const Population = z.enum(['military', 'civilian', 'mixed', 'unspecified']);
export const Measure = z.enum(['killed', 'wounded', 'missing', 'casualties', 'captured', 'displaced']);
export const Bound = z.enum(['exact', 'approx', 'at_least', 'at_most']);
export const Scope = z.enum(['cumulative', 'period']);
export const TalksStatus = z.enum(['held', 'scheduled', 'cancelled']);
export const OutcomeType = z.enum([
  'prisoner_exchange',
  'bodies_repatriated',
  'ceasefire',
  'energy_truce',
  'dialogue_restored',
  'agreement',
]);
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
export const Weapon = z.enum(['missile', 'drone', 'glide-bomb', 'artillery', 'aircraft']);

export const TollClaimSchema = z.object({
  kind: z.literal('toll'),
  party: PartyId,
  population: Population,
  measure: Measure,
  value: z.number().int().nonnegative(),
  bound: Bound,
  asOf: IsoDate.nullable(),
  reportedBy: z.string().nullable(),
  scope: Scope,
});

export const OutcomeSchema = z.object({
  type: OutcomeType,
  total: z.number().int().nonnegative().optional(),
  released: z.record(z.string(), z.number().int().nonnegative()).optional(),
});

export const TalksClaimSchema = z.object({
  kind: z.literal('talks'),
  parties: z.array(PartyId),
  location: z.string().nullable(),
  date: IsoDate.nullable(),
  status: TalksStatus,
  round: z.number().int().positive().nullable(),
  participants: z.array(z.string()),
  outcomes: z.array(OutcomeSchema),
});

export const StrikeClaimSchema = z.object({
  kind: z.literal('strike'),
  attacker: PartyId.nullable(),
  target: PartyId.nullable(),
  targetType: TargetType,
  locations: z.array(z.string()),
  date: IsoDate.nullable(),
  weapons: z.array(Weapon),
  killed: z.number().int().nonnegative().nullable(),
  injured: z.number().int().nonnegative().nullable(),
});

export const ClaimBodySchema = z.discriminatedUnion('kind', [TollClaimSchema, TalksClaimSchema, StrikeClaimSchema]);

export const EvidenceSchema = z.object({
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** The article fields extraction needs. */
export const ArticleInputSchema = z.object({
  id: z.string().min(1, 'id must be a non-empty string'),
  published: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'published must be an ISO date-time'),
  text: z.string(),
  title: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
});
