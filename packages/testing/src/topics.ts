import { randomBytes } from 'node:crypto';
import { topicNames, type Topics } from '@claimwire/config';
import { KafkaEventLog } from '@claimwire/eventlog';
import { silentLogger } from '@claimwire/logging';
import { ensureClaimwireTopics } from '@claimwire/runtime';
import { requiredEnv } from './env';

export function kafkaBrokers(): string {
  return requiredEnv('KAFKA_BROKERS');
}

export interface TestTopics {
  prefix: string;
  topics: Topics;
  log: KafkaEventLog;
  close(): Promise<void>;
}

/** Topics of their own for one spec (a random prefix), created with the real partition counts. */
export async function createTestTopics(partitions?: number): Promise<TestTopics> {
  const prefix = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}.`;
  const log = new KafkaEventLog({ brokers: kafkaBrokers().split(','), clientId: `test-${prefix}`, logger: silentLogger() });
  await ensureClaimwireTopics(log, prefix, partitions);
  return { prefix, topics: topicNames(prefix), log, close: () => log.close() };
}
