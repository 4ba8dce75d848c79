import { topicNames } from '@claimwire/config';
import type { EventLog } from '@claimwire/eventlog';
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
  for (const t of topics) for (const r of await log.readAll(t)) out.push(toEntry(r));
  return out;
}

/** Ids of the letters already replayed (from dlq_replays). */
export async function replayedIds(db: SqlExecutor, topics: string[]): Promise<Set<string>> {
  const r = await db.query<{ dlq_topic: string; dlq_partition: number; dlq_offset: string }>(
    'SELECT dlq_topic, dlq_partition, dlq_offset FROM dlq_replays WHERE dlq_topic = ANY($1::text[])',
    [topics],
  );
  return new Set(r.rows.map((x) => `${x.dlq_topic}/${x.dlq_partition}/${x.dlq_offset}`));
}
