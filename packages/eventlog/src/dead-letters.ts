import { buildDeadLetter } from '@claimwire/events';
import type { EventLog, LogRecord } from './port';

/** Send a record that can never be processed to its dead-letter topic, with the reason. */
export async function sendToDeadLetter(
  log: EventLog,
  dlqTopic: string,
  record: LogRecord,
  failure: { reason: string; error: string; failedBy: string },
): Promise<void> {
  const letter = buildDeadLetter({
    ...failure,
    topic: record.topic,
    partition: record.partition,
    offset: record.offset,
    key: record.key,
    value: record.value,
    headers: record.headers,
  });
  await log.publish(dlqTopic, [letter]);
}
