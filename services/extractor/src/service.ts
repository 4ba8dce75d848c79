import { topicNames } from '@claimwire/config';
import type { EventLog, Subscription } from '@claimwire/eventlog';
import type { Logger } from '@claimwire/logging';
import type { Gazetteer } from './extraction';
import { createExtractionHandler, type ExtractionHandlerOptions } from './handler';

export interface ExtractorDeps {
  log: EventLog;
  logger: Logger;
  topicPrefix: string;
  gazetteer: () => Gazetteer;
  /** Publish only claims at or above this confidence (MIN_CONFIDENCE; default DEFAULT_MIN_CONFIDENCE). */
  minConfidence?: number;
  onArticle?: ExtractionHandlerOptions['onArticle'];
  onDeadLetter?: ExtractionHandlerOptions['onDeadLetter'];
}

export function extractorGroupId(prefix: string): string {
  return `${prefix}extractor`;
}

/** Consume the articles topic as the extractor group and publish claims. */
export async function startExtractor(d: ExtractorDeps): Promise<Subscription> {
  const topics = topicNames(d.topicPrefix);
  const handleBatch = createExtractionHandler({
    log: d.log,
    logger: d.logger,
    gazetteer: d.gazetteer,
    claimsTopic: topics.claims,
    articlesDlq: topics.articlesDlq,
    ...(d.minConfidence !== undefined ? { minConfidence: d.minConfidence } : {}),
    ...(d.onArticle ? { onArticle: d.onArticle } : {}),
    ...(d.onDeadLetter ? { onDeadLetter: d.onDeadLetter } : {}),
  });
  const sub = await d.log.subscribe({
    groupId: extractorGroupId(d.topicPrefix),
    topics: [topics.articles],
    fromBeginning: true,
    handleBatch,
    onHandlerError: (err, where) => d.logger.warn({ err, ...where }, 'extraction batch failed (infrastructure); retrying'),
  });
  d.logger.info({ topic: topics.articles }, 'extractor started');
  return sub;
}
