import type { z } from 'zod';
import type {
  Bound,
  Measure,
  OutcomeSchema,
  Population,
  Scope,
  TalksStatus,
  TargetType,
  Weapon,
} from './schema';

export type ArticleInput = { id: string; published: string; text: string; title?: string | null; url?: string | null };
export type Evidence = { sentence: string; start: number; end: number };

export type Outcome = z.infer<typeof OutcomeSchema>;

export type TollClaim = {
  kind: 'toll';
  party: string;
  population: z.infer<typeof Population>;
  measure: z.infer<typeof Measure>;
  value: number;
  bound: z.infer<typeof Bound>;
  asOf: string | null;
  reportedBy: string | null;
  scope: z.infer<typeof Scope>;
  /** the window of a period figure (day, week, month, other); absent for running totals */
  period?: 'day' | 'week' | 'month' | 'other' | null;
  /** the reporter's country when the text ties it to one */
  reporterCountry?: string | null;
  /** the reporter as a gazetteer entity, when its name resolves to one (gazetteer/reporters.ts) */
  reporterId?: string | null;
  reporterName?: string | null;
};
export type TalksClaim = {
  kind: 'talks';
  parties: string[];
  location: string | null;
  date: string | null;
  status: z.infer<typeof TalksStatus>;
  round: number | null;
  participants: string[];
  outcomes: Outcome[];
  /** the conflict's two sides when both take part, mediators apart (gazetteer/sides.ts) */
  sides?: [string, string];
};
export type StrikeClaim = {
  kind: 'strike';
  attacker: string | null;
  target: string | null;
  targetType: z.infer<typeof TargetType>;
  locations: string[];
  date: string | null;
  weapons: z.infer<typeof Weapon>[];
  killed: number | null;
  injured: number | null;
  /** the locations under their gazetteer names, in the same order (gazetteer/places.ts) */
  places?: string[];
};
export type ClaimBody = TollClaim | TalksClaim | StrikeClaim;
export type ExtractedClaim = ClaimBody & { evidence: Evidence; confidence: number };
export type BoundT = TollClaim['bound'];
export type MeasureT = TollClaim['measure'];
export type PopulationT = TollClaim['population'];
export type TargetTypeT = StrikeClaim['targetType'];
export type WeaponT = StrikeClaim['weapons'][number];
