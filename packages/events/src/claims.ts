import { z } from 'zod';
import {
  Bound,
  Measure,
  OutcomeType,
  PartialDate,
  PartyId,
  PeriodWindow,
  Population,
  Scope,
  TalksStatus,
  TargetType,
  Weapon,
} from './vocabulary';

const Count = z.number().int().nonnegative();

/** The bodies of claims exactly as the corpus format defines them. */
export const TollBody = z.object({
  kind: z.literal('toll'),
  party: PartyId,
  population: Population,
  measure: Measure,
  value: z.number().int().positive(),
  bound: Bound,
  asOf: PartialDate.nullable(),
  reportedBy: z.string().min(1).max(200).nullable(),
  scope: Scope,
  /** For `scope: period`, the window the figure covers; absent or null for running totals. */
  period: PeriodWindow.nullable().optional(),
  /** The country the reporter belongs to when the text ties it to one ("Britain's defence ministry"). */
  reporterCountry: PartyId.nullable().optional(),
  /**
   * The reporter as an entity of the gazetteer ("ua-general-staff"), when the name resolves to
   * one: the read models key a series by it, so "General Staff" and "Ukraine's General Staff"
   * are one reporter while Britain's and Russia's defence ministries are two.
   */
  reporterId: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(100).nullable().optional(),
  /** The entity's display name ("UK Ministry of Defence"); reportedBy keeps the words as written. */
  reporterName: z.string().min(1).max(200).nullable().optional(),
});
export type TollBody = z.infer<typeof TollBody>;

export const Outcome = z.object({
  type: OutcomeType,
  total: Count.optional(),
  released: z.record(PartyId, Count).optional(),
  /** True when the text reports an exchange or handover agreed but not (yet) carried out. */
  agreed: z.boolean().optional(),
});
export type Outcome = z.infer<typeof Outcome>;

export const TalksBody = z.object({
  kind: z.literal('talks'),
  parties: z.array(PartyId).min(1).max(20),
  location: z.string().min(1).max(200).nullable(),
  date: PartialDate.nullable(),
  status: TalksStatus,
  round: z.number().int().positive().max(1000).nullable(),
  participants: z.array(z.string().min(1).max(200)).max(50),
  outcomes: z.array(Outcome).max(50),
  /**
   * The two sides of the conflict the talks are about, when both take part (mediators such
   * as the United States in a trilateral round are not sides). The read model files rounds
   * under these, so a round reported with and without its mediator is one round.
   */
  sides: z.array(PartyId).length(2).optional(),
});
export type TalksBody = z.infer<typeof TalksBody>;

export const StrikeBody = z.object({
  kind: z.literal('strike'),
  attacker: PartyId.nullable(),
  target: PartyId.nullable(),
  targetType: TargetType,
  locations: z.array(z.string().min(1).max(200)).max(50),
  date: PartialDate.nullable(),
  weapons: z.array(Weapon).max(10),
  killed: Count.nullable(),
  injured: Count.nullable(),
  /**
   * The locations under their gazetteer names, in the same order ("Kharkov" -> "Kharkiv",
   * "Odessa district" -> "Odesa district"): what the read model matches reports of one attack
   * by, while `locations` keeps the words as written.
   */
  places: z.array(z.string().min(1).max(200)).max(50).optional(),
});
export type StrikeBody = z.infer<typeof StrikeBody>;

export const ClaimBody = z.discriminatedUnion('kind', [TollBody, TalksBody, StrikeBody]);
export type ClaimBody = z.infer<typeof ClaimBody>;
export type ClaimKind = ClaimBody['kind'];
export const CLAIM_KINDS = ['toll', 'talks', 'strike'] as const satisfies readonly ClaimKind[];

/** The sentence a claim came from, with character offsets into the article text. */
export const Evidence = z
  .object({
    sentence: z.string().min(1).max(5000),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .refine((e) => e.end > e.start, { message: 'evidence end must be after start' });
export type Evidence = z.infer<typeof Evidence>;

/** Where the claim was read: enough to cite it without a join. */
export const ArticleRef = z.object({
  articleId: z.string().min(1).max(200),
  revision: z.number().int().positive(),
  feedId: z.string().min(1).max(200),
  url: z.string().max(4000).nullable(),
  title: z.string().max(2000).nullable(),
  published: z.string().datetime({ offset: true }).nullable(),
});
export type ArticleRef = z.infer<typeof ArticleRef>;

const ClaimEnvelopeFields = {
  claimId: z.string().regex(/^clm_[0-9a-f]{24}$/),
  extractorVersion: z.string().min(1).max(50),
  article: ArticleRef,
  evidence: Evidence,
  confidence: z.number().min(0).max(1),
};

export const TollClaim = TollBody.extend(ClaimEnvelopeFields);
export type TollClaim = z.infer<typeof TollClaim>;
export const TalksClaim = TalksBody.extend(ClaimEnvelopeFields);
export type TalksClaim = z.infer<typeof TalksClaim>;
export const StrikeClaim = StrikeBody.extend(ClaimEnvelopeFields);
export type StrikeClaim = z.infer<typeof StrikeClaim>;
export const Claim = z.discriminatedUnion('kind', [TollClaim, TalksClaim, StrikeClaim]);
export type Claim = z.infer<typeof Claim>;
