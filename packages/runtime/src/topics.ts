import { TOPIC_PARTITIONS, topicNames } from '@claimwire/config';
import type { EventLog } from '@claimwire/eventlog';

/**
 * Create claimwire's topics if they are missing: explicit partition counts, and the
 * articles and claims topics (the source of truth) and their dead letters kept forever.
 */
export async function ensureClaimwireTopics(log: EventLog, prefix: string, partitions = TOPIC_PARTITIONS): Promise<void> {
  const t = topicNames(prefix);
  const forever = { 'retention.ms': '-1', 'retention.bytes': '-1' };
  await log.ensureTopics([
    { topic: t.articles, partitions, config: forever },
    { topic: t.claims, partitions, config: forever },
    { topic: t.articlesDlq, partitions, config: forever },
    { topic: t.claimsDlq, partitions, config: forever },
  ]);
}
