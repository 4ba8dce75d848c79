import type { EventLog } from '@claimwire/eventlog';
import type { Sql } from '@claimwire/sql';
import type { LetterEntry } from './letters';

export interface ReplayResult {
  /** Letters re-published by this run. */
  replayed: string[];
  /** Letters replayed before (by this or an earlier run): left alone. */
  alreadyReplayed: string[];
  /** Records that are not readable dead letters: nothing to re-publish. */
  unreadable: string[];
}

/** Header a replayed record carries, naming the letter it came from. */
export const REPLAYED_FROM_HEADER = 'cw-replayed-from';

/**
 * Re-publish the originals of `entries` to their source topics, each at most once: the row
 * in dlq_replays is inserted (primary key = the letter) in the same transaction that
 * publishes, and committed only after the broker acknowledged. A concurrent replay of the
 * same letter waits on that row and then skips it. A crash between the broker's ack and the
 * commit re-publishes that one letter on the next run; consumers dedupe it (article ids and
 * revisions, deterministic claim ids).
 */
export async function replayLetters(log: EventLog, sql: Sql, entries: LetterEntry[], by = 'dlq-cli', dryRun = false): Promise<ReplayResult> {
  const res: ReplayResult = { replayed: [], alreadyReplayed: [], unreadable: [] };
  for (const e of entries) {
    const l = e.letter;
    if (!l) {
      res.unreadable.push(e.id);
      continue;
    }
    const done = await sql.transaction(async (tx) => {
      const ins = await tx.query(
        `INSERT INTO dlq_replays (dlq_topic, dlq_partition, dlq_offset, source_topic, source_partition, source_offset, reason, replayed_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [e.dlqTopic, e.partition, e.offset, l.source.topic, l.source.partition, l.source.offset, l.reason, by],
      );
      if (ins.rowCount === 0) return false;
      if (dryRun) throw new DryRun();
      await log.publish(l.source.topic, [
        {
          key: l.original.key,
          value: l.original.valueBase64 === null ? Buffer.alloc(0) : Buffer.from(l.original.valueBase64, 'base64'),
          headers: { ...l.original.headers, [REPLAYED_FROM_HEADER]: e.id },
        },
      ]);
      return true;
    }).catch((err: unknown) => {
      if (err instanceof DryRun) return true;
      throw err;
    });
    (done ? res.replayed : res.alreadyReplayed).push(e.id);
  }
  return res;
}

class DryRun extends Error {}
