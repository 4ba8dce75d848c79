import { EVENT_TYPES, decodeEvent, type ArticleExtracted, type ArticleIngested, type Claim } from '@claimwire/events';
import { sendToDeadLetter, type BatchHandler, type EventLog, type LogRecord } from '@claimwire/eventlog';
import type { Logger } from '@claimwire/logging';
import { PROJECTION_NAME, readCheckpointForUpdate, writeCheckpoint } from '@claimwire/readmodel';
import type { Sql, SqlExecutor } from '@claimwire/sql';
import { admitExtraction, applyArticle, applyClaim, type RecordPosition } from './apply';
import { applyRun } from './apply/batch';

export interface ProjectionOptions {
  sql: Sql;
  log: EventLog;
  logger: Logger;
  version: number;
  schema: string;
  /**
   * topic -> its dead-letter topic, for the topics whose unreadable records this handler
   * files. Records of other topics are skipped without a letter: another component files
   * them (the extractor, for articles), or they were filed already (a rebuild). One bad
   * record makes one letter.
   */
  deadLetterTopics: Record<string, string>;
  onApplied?: (stats: BatchStats) => void;
}

export interface BatchStats {
  topic: string;
  partition: number;
  applied: number;
  duplicates: number;
  /** Claims from an extraction older than the one that stands for their article (ignored). */
  superseded?: number;
  /** Claims taken out because a newer revision or extractor version of their article arrived. */
  retracted?: number;
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
  | { record: LogRecord; kind: 'claim'; data: Claim; time: string }
  | { record: LogRecord; kind: 'extraction'; data: ArticleExtracted; time: string };

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
      const ev = r.value.event;
      if (ev.type === EVENT_TYPES.articleIngested) ready.push({ record, kind: 'article', data: ev.data, time });
      else if (ev.type === EVENT_TYPES.articleExtracted) ready.push({ record, kind: 'extraction', data: ev.data, time });
      else ready.push({ record, kind: 'claim', data: ev.data, time });
    }

    const stats = await opts.sql.transaction(async (tx) => {
      const checkpoint = (await readCheckpointForUpdate(tx, key)) ?? 0n;
      const s: BatchStats = {
        topic: ctx.topic,
        partition: ctx.partition,
        applied: 0,
        duplicates: 0,
        superseded: 0,
        retracted: 0,
        skipped: 0,
        deadLettered: 0,
        nextOffset: checkpoint,
        newestEventTime: null,
      };
      // dead letters are published before the checkpoint moves past them: none is lost
      const dlqTopic = opts.deadLetterTopics[ctx.topic];
      for (const p of poison) {
        if (BigInt(p.record.offset) < checkpoint) continue;
        if (dlqTopic === undefined) {
          opts.logger.debug({ topic: ctx.topic, partition: ctx.partition, offset: p.record.offset, reason: p.reason }, 'unreadable event skipped (its letter is filed elsewhere)');
          continue;
        }
        await sendToDeadLetter(opts.log, dlqTopic, p.record, {
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
      const count = (item: Ready, outcome: EventOutcome) => {
        if (outcome.result === 'applied') s.applied++;
        else if (outcome.result === 'duplicate') s.duplicates++;
        else s.superseded = (s.superseded ?? 0) + 1;
        s.retracted = (s.retracted ?? 0) + outcome.retracted;
        opts.logger.debug({ ...idsOf(item), result: outcome.result, retracted: outcome.retracted }, `${item.kind} event projected`);
        if (!s.newestEventTime || item.time > s.newestEventTime) s.newestEventTime = item.time;
      };
      const posOf = (item: Ready) => ({ topic: ctx.topic, partition: ctx.partition, offset: item.record.offset, seenAt: item.time });
      // the batch's events in one run on the batched path; a run it declines (one holding a newer
      // extraction of an article, which retracts claims) is applied one event at a time
      const run: Ready[] = [];
      for (const item of ready) {
        if (BigInt(item.record.offset) < checkpoint) s.skipped++;
        else run.push(item);
      }
      if (run.length) {
        const outcomes = await applyRun(tx, opts.schema, run.map((i) => ({ ...i, pos: posOf(i) })));
        if (outcomes) run.forEach((item, i) => count(item, { result: outcomes[i] as EventOutcome['result'], retracted: 0 }));
        else for (const item of run) count(item, await applyEvent(tx, opts.schema, item, posOf(item)));
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

export type ProjectableEvent =
  | { kind: 'article'; data: ArticleIngested }
  | { kind: 'claim'; data: Claim }
  | { kind: 'extraction'; data: ArticleExtracted };

export interface EventOutcome {
  result: 'applied' | 'duplicate' | 'superseded';
  /** Claims taken out because this event's extraction of an article replaced an older one. */
  retracted: number;
}

function idsOf(e: ProjectableEvent): Record<string, string> {
  if (e.kind === 'claim') return { claimId: e.data.claimId, articleId: e.data.article.articleId };
  return { articleId: e.data.articleId };
}

/**
 * Fold one event into the read models of `schema`. A claim stands only when its article's
 * extraction (revision, extractor version) is the newest seen; a newer extraction — through
 * its claims or its manifest — retracts the claims of the older one.
 */
export async function applyEvent(tx: SqlExecutor, schema: string, e: ProjectableEvent, pos: RecordPosition): Promise<EventOutcome> {
  if (e.kind === 'article') {
    await applyArticle(tx, schema, e.data);
    return { result: 'applied', retracted: 0 };
  }
  if (e.kind === 'extraction') {
    const adm = await admitExtraction(tx, schema, e.data, pos.seenAt, e.data.claimIds.length);
    return adm.current ? { result: 'applied', retracted: adm.retracted } : { result: 'superseded', retracted: 0 };
  }
  const c = e.data;
  const extraction = { articleId: c.article.articleId, revision: c.article.revision, extractorVersion: c.extractorVersion };
  const adm = await admitExtraction(tx, schema, extraction, pos.seenAt);
  if (!adm.current) return { result: 'superseded', retracted: 0 };
  return { result: (await applyClaim(tx, schema, c, pos)) ? 'applied' : 'duplicate', retracted: adm.retracted };
}
