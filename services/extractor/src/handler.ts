import { ZodError } from 'zod';
import { decodeArticle, encodeArticleExtracted, encodeClaim, type Claim } from '@claimwire/events';
import { sendToDeadLetter, type BatchHandler, type EventLog, type LogRecord, type OutgoingRecord } from '@claimwire/eventlog';
import type { Logger } from '@claimwire/logging';
import { toArticleInput, toClaims } from './claim-events';
import { atOrAbove, DEFAULT_MIN_CONFIDENCE, EXTRACTOR_VERSION, extractClaims, type Gazetteer } from './extraction';

export interface ExtractionHandlerOptions {
  log: EventLog;
  logger: Logger;
  gazetteer: () => Gazetteer;
  claimsTopic: string;
  articlesDlq: string;
  source?: string;
  /** Claims below this confidence are not published (the extractor abstains); default DEFAULT_MIN_CONFIDENCE. */
  minConfidence?: number;
  onArticle?: (r: { articleId: string; claims: Claim[]; durationMs: number }) => void;
  onDeadLetter?: (reason: string) => void;
  /** Bytes of claims (values) a publish carries while the batch goes on; default PUBLISH_CHUNK_BYTES. */
  publishChunkBytes?: number;
}

type Outcome =
  | { ok: true; articleId: string; revision: number; claims: Claim[]; messages: OutgoingRecord[] }
  | { ok: false; reason: string; error: string };

/**
 * Articles in, claims out. An article that cannot be read or extracted goes to the articles
 * dead-letter topic with its reason, and the batch moves on. The claims of a whole batch are
 * published before the adapter commits the batch's offsets, so a crash re-extracts rather
 * than loses; claim ids are deterministic, so the projector drops the repeats.
 */
export function createExtractionHandler(o: ExtractionHandlerOptions): BatchHandler {
  const source = o.source ?? `claimwire/extractor/${EXTRACTOR_VERSION}`;
  const minConfidence = o.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const chunkBytes = o.publishChunkBytes ?? PUBLISH_CHUNK_BYTES;
  const process = (record: LogRecord): Outcome => {
    const decoded = decodeArticle(record);
    if (!decoded.ok) return { ok: false, reason: decoded.error.reason, error: decoded.error.message };
    const article = decoded.value.event.data;
    let claims: Claim[];
    try {
      claims = toClaims(article, atOrAbove(extractClaims(toArticleInput(article), o.gazetteer()), minConfidence), EXTRACTOR_VERSION);
    } catch (err) {
      return { ok: false, reason: 'extraction_failed', error: (err as Error).message };
    }
    // encoding validates each claim against its schema (once): an invalid one fails the article
    const messages: OutgoingRecord[] = [];
    for (const c of claims) {
      try {
        messages.push(encodeClaim(c, source));
      } catch (err) {
        if (!(err instanceof ZodError)) throw err;
        const detail = err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        return { ok: false, reason: 'invalid_claim', error: `extractor produced an invalid ${c.kind} claim: ${detail}` };
      }
    }
    return { ok: true, articleId: article.articleId, revision: article.revision, claims, messages };
  };

  return async (records) => {
    // the batch's claims go out in chunks while the rest of the batch is extracted: each
    // chunk's publish starts after the one before it resolves (the order is the batch's, as in
    // one publish), and the work yields to the event loop every few milliseconds so the broker's
    // answers are read meanwhile. The handler resolves only once every chunk is acknowledged,
    // so the adapter commits the batch's offsets after all its claims are in the log, as before;
    // a failed chunk fails the batch (later chunks are not sent) and the batch is retried.
    let pending: Promise<void> = Promise.resolve();
    let failed = false;
    let out: OutgoingRecord[] = [];
    let outBytes = 0;
    const flush = () => {
      const chunk = out;
      out = [];
      outBytes = 0;
      pending = pending.then(() => o.log.publish(o.claimsTopic, chunk));
      // marks the chain handled until it is awaited below, and stops the batch early
      pending.catch(() => {
        failed = true;
      });
    };
    let sliceStarted = performance.now();
    try {
      for (const record of records) {
        if (failed) break;
        const started = performance.now();
        if (started - sliceStarted >= YIELD_EVERY_MS) {
          await yieldToEventLoop();
          sliceStarted = performance.now();
        }
        const r = process(record);
        const articleId = record.key;
        if (!r.ok) {
          await sendToDeadLetter(o.log, o.articlesDlq, record, { reason: r.reason, error: r.error, failedBy: source });
          o.logger.warn({ articleId, offset: record.offset, partition: record.partition, reason: r.reason, error: r.error }, 'article dead-lettered');
          o.onDeadLetter?.(r.reason);
          continue;
        }
        for (const m of r.messages) {
          out.push(m);
          outBytes += m.value.length;
        }
        // the manifest follows the claims: it lets the projector retract what an older
        // revision or extractor version said about this article, even when nothing is found now
        const manifest = encodeArticleExtracted(
          { articleId: r.articleId, revision: r.revision, extractorVersion: EXTRACTOR_VERSION, claimIds: r.claims.map((c) => c.claimId) },
          source,
        );
        out.push(manifest);
        outBytes += manifest.value.length;
        const durationMs = performance.now() - started;
        o.logger.info({ articleId, claims: r.claims.length, claimIds: r.claims.map((c) => c.claimId), durationMs: Math.round(durationMs) }, 'article extracted');
        if (articleId) o.onArticle?.({ articleId, claims: r.claims, durationMs });
        if (outBytes >= chunkBytes) flush();
      }
    } catch (err) {
      // a bug, not the broker: let the chunks already on their way settle before the retry
      await pending.catch(() => undefined);
      throw err;
    }
    if (out.length > 0 && !failed) flush();
    await pending;
  };
}

/** Claims' bytes (values) a publish carries while the batch goes on (the adapter may split it further). */
const PUBLISH_CHUNK_BYTES = 256 * 1024;
/** Longest run of extraction between two looks at the event loop. */
const YIELD_EVERY_MS = 10;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
