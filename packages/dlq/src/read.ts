import { topicNames } from '@claimwire/config';
import { TopicNotFoundError, type EventLog } from '@claimwire/eventlog';
import type { SqlExecutor } from '@claimwire/sql';
import { toEntry, type LetterEntry } from './letters';

export function deadLetterTopics(prefix: string): string[] {
  const t = topicNames(prefix);
  return [t.articlesDlq, t.claimsDlq];
}

/** Every letter in the given dead-letter topics, in topic, partition and offset order. */
export async function readLetters(log: EventLog, topics: string[]): Promise<LetterEntry[]> {
  if (!log.readAll) throw new Error(`the ${log.kind} event log cannot be read from the start by a tool; use Kafka`);
  const out: LetterEntry[] = [];
  for (const t of topics) {
    let records;
    try {
      records = await log.readAll(t);
    } catch (err) {
      if (err instanceof TopicNotFoundError) throw new MissingDeadLetterTopicError(t);
      throw err;
    }
    for (const r of records) out.push(toEntry(r));
  }
  return out;
}

/** A dead-letter topic is not there: most often TOPIC_PREFIX differs from the deployment's. */
export class MissingDeadLetterTopicError extends Error {
  constructor(public readonly topic: string) {
    const prefix = process.env.TOPIC_PREFIX ?? '';
    super(
      `no topic ${topic} on the broker: is TOPIC_PREFIX right? (it is ${prefix ? `"${prefix}"` : 'unset'}; ` +
        "set it to the deployment's prefix, or run `npm run setup` to create the topics)",
    );
    this.name = 'MissingDeadLetterTopicError';
  }
}

/** Ids of the letters already replayed (from dlq_replays). */
export async function replayedIds(db: SqlExecutor, topics: string[]): Promise<Set<string>> {
  const r = await db.query<{ dlq_topic: string; dlq_partition: number; dlq_offset: string }>(
    'SELECT dlq_topic, dlq_partition, dlq_offset FROM dlq_replays WHERE dlq_topic = ANY($1::text[])',
    [topics],
  );
  return new Set(r.rows.map((x) => `${x.dlq_topic}/${x.dlq_partition}/${x.dlq_offset}`));
}
