export { extractClaims, extractScored, EXTRACTOR_VERSION, MAX_TEXT_LENGTH, type ScoredClaim } from './extract';
export { DEFAULT_MIN_CONFIDENCE, atOrAbove } from './threshold';
export { validateArticle, type ValidationResult } from './validate';
export * from './types';
export {
  ArticleInputSchema,
  ClaimBodySchema,
  TollClaimSchema,
  TalksClaimSchema,
  StrikeClaimSchema,
  EvidenceSchema,
  OutcomeSchema,
} from './schema';
export { loadGazetteer, parseGazetteer, parseGazetteerYaml, GazetteerError, type Gazetteer } from '../gazetteer';
