import { Counter, Histogram, type Registry } from 'prom-client';
import { DURATION_BUCKETS } from './buckets';
import { METRIC_PREFIX } from './registry';

export interface ExtractorMetrics {
  articles: Counter;
  /** Claims published, by kind (toll, talks, strike). */
  claims: Counter<'kind'>;
  extractionDuration: Histogram;
  /** Articles sent to the articles dead-letter topic, by reason. */
  deadLetters: Counter<'reason'>;
  onArticle(r: { claims: readonly { kind: string }[]; durationMs: number }): void;
  onDeadLetter(reason: string): void;
}

const CLAIM_KINDS = ['toll', 'talks', 'strike'];

export function createExtractorMetrics(registry: Registry): ExtractorMetrics {
  const registers = [registry];
  const articles = new Counter({
    name: `${METRIC_PREFIX}extractor_articles_processed_total`,
    help: 'Articles read and extracted (with or without claims); dead-lettered ones are counted in claimwire_extractor_dead_letters_total',
    registers,
  });
  const claims = new Counter({
    name: `${METRIC_PREFIX}extractor_claims_total`,
    help: 'Claims published to the claims topic, by kind',
    labelNames: ['kind'] as const,
    registers,
  });
  for (const kind of CLAIM_KINDS) claims.inc({ kind }, 0);
  const extractionDuration = new Histogram({
    name: `${METRIC_PREFIX}extractor_extraction_duration_seconds`,
    help: 'Time to decode one article and extract its claims',
    buckets: DURATION_BUCKETS,
    registers,
  });
  const deadLetters = new Counter({
    name: `${METRIC_PREFIX}extractor_dead_letters_total`,
    help: 'Articles sent to the articles dead-letter topic, by reason (bad_json, invalid_payload, extraction_failed, invalid_claim, …)',
    labelNames: ['reason'] as const,
    registers,
  });
  return {
    articles,
    claims,
    extractionDuration,
    deadLetters,
    onArticle(r) {
      articles.inc();
      extractionDuration.observe(r.durationMs / 1000);
      for (const c of r.claims) claims.inc({ kind: c.kind });
    },
    onDeadLetter(reason) {
      deadLetters.inc({ reason });
    },
  };
}
