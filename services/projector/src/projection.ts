import { EVENT_TYPES, decodeEvent, type ArticleIngested, type Claim } from '@claimwire/events';
import { sendToDeadLetter, type BatchHandler, type EventLog, type LogRecord } from '@claimwire/eventlog';
import type { Logger } from '@claimwire/logging';
import { PROJECTION_NAME, readCheckpointForUpdate, writeCheckpoint } from '@claimwire/readmodel';
import type { Sql } from '@claimwire/sql';
import { applyArticle, applyClaim } from './apply';

export interface ProjectionOptions {
  sql: Sql;
  log: EventLog;
  logger: Logger;
  version: number;
  schema: string;
  /** topic -> its dead-letter topic */
  deadLetterTopics: Record<string, string>;
  onApplied?: (stats: BatchStats) => void;
}

export interface BatchStats {
  topic: string;
  partition: number;
  applied: number;
  duplicates: number;
  skipped: number;
  deadLettered: number;
  nextOffset: bigint;
  newestEventTime: string | null;
  /** Records delivered in the batch (for metrics). */
  records?: number;
  /** Time to decode and project the batch, transaction included (for metrics). */
  durationMs?: number;
}

type Ready =
  | { record: LogRecord; kind: 'article'; data: ArticleIngested; time: string }
  | { record: LogRecord; kind: 'claim'; data: Claim; time: string };

/**
 * The projector's batch handler. Within one transaction it reads the partition's checkpoint,
 * skips records already covered, applies the rest, and moves the checkpoint: so a crash at
 * any point leaves the read models and the checkpoint consistent, and a re-delivered
 * batch changes nothing. Records that cannot be decoded go to the dead-letter topic first.
 */
export function createProjectionHandler(opts: ProjectionOptions): BatchHandler {
  const failedBy = `projector/v${opts.version}`;
  return async (records, ctx) => {
    const started = performance.now();
    const key = { name: PROJECTION_NAME, version: opts.version, topic: ctx.topic, partition: ctx.partition };
    const ready: Ready[] = [];
    const poison: { record: LogRecord; reason: string; error: string }[] = [];
    for (const record of records) {
      const r = decodeEvent(record);
      if (!r.ok) {
        poison.push({ record, reason: r.error.reason, error: r.error.message });
        continue;
      }
      const time = r.value.ce.time || new Date(Number(record.timestamp)).toISOString();
      if (r.value.event.type === EVENT_TYPES.articleIngested) ready.push({ record, kind: 'article', data: r.value.event.data, time });
      else ready.push({ record, kind: 'claim', data: r.value.event.data as Claim, time });
    }

    const stats = await opts.sql.transaction(async (tx) => {
      const checkpoint = (await readCheckpointForUpdate(tx, key)) ?? 0n;
      const s: BatchStats = {
        topic: ctx.topic,
        partition: ctx.partition,
        applied: 0,
        duplicates: 0,
        skipped: 0,
        deadLettered: 0,
        nextOffset: checkpoint,
        newestEventTime: null,
      };
      // dead letters are published before the checkpoint moves past them: none is lost
      for (const p of poison) {
        if (BigInt(p.record.offset) < checkpoint) continue;
        await sendToDeadLetter(opts.log, opts.deadLetterTopics[ctx.topic] ?? `${ctx.topic}.dlq`, p.record, {
          reason: p.reason,
          error: p.error,
          failedBy,
        });
        opts.logger.warn(
          {
            topic: ctx.topic,
            partition: ctx.partition,
            offset: p.record.offset,
            // the record key is the article id (articles) or the claim's subject (claims); ce_id the event id
            key: p.record.key,
            eventId: p.record.headers['ce_id'] ?? null,
            reason: p.reason,
            error: p.error,
          },
          'dead-lettered an unreadable event',
        );
        s.deadLettered++;
      }
      for (const item of ready) {
        if (BigInt(item.record.offset) < checkpoint) {
          s.skipped++;
          continue;
        }
        const pos = { topic: ctx.topic, partition: ctx.partition, offset: item.record.offset, seenAt: item.time };
        if (item.kind === 'article') {
          await applyArticle(tx, opts.schema, item.data);
          s.applied++;
          opts.logger.debug({ articleId: item.data.articleId, revision: item.data.revision }, 'article projected');
        } else if (await applyClaim(tx, opts.schema, item.data, pos)) {
          s.applied++;
          opts.logger.debug({ claimId: item.data.claimId, articleId: item.data.article.articleId, kind: item.data.kind }, 'claim projected');
        } else {
          s.duplicates++;
          opts.logger.debug({ claimId: item.data.claimId, articleId: item.data.article.articleId }, 'claim already projected');
        }
        if (!s.newestEventTime || item.time > s.newestEventTime) s.newestEventTime = item.time;
      }
      const last = records[records.length - 1];
      if (last) {
        const next = BigInt(last.offset) + 1n;
        if (next > checkpoint) {
          await writeCheckpoint(tx, key, next);
          s.nextOffset = next;
        }
      }
      return s;
    });
    opts.onApplied?.({ ...stats, records: records.length, durationMs: performance.now() - started });
  };
}
