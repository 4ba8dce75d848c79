import { quoteIdent, type Sql, type SqlExecutor } from '@claimwire/sql';
import type { CsvCell } from '../domain/csv';
import type { z } from 'zod';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import { dateRange } from '../domain/dates';
import { badRequest } from '../http/problem';
import type { ClaimListItem, ClaimsQuery } from '../schemas';
import { SOURCE_COLUMNS, toSource, type SourceRow } from './sources';
import { csvStream } from './csv-stream';
import { reporterFilter } from './reporter';
import { Where } from './sql-builder';

export type ClaimRow = SourceRow & { kind: 'toll' | 'talks' | 'strike'; body: Record<string, unknown> };

/** The claim's own date (a toll's asOf, a round's or strike's date) as its first day, text YYYY-MM-DD. */
const CLAIM_DAY = `(CASE length(COALESCE(body->>'asOf', body->>'date'))
  WHEN 4 THEN COALESCE(body->>'asOf', body->>'date') || '-01-01'
  WHEN 7 THEN COALESCE(body->>'asOf', body->>'date') || '-01'
  ELSE COALESCE(body->>'asOf', body->>'date') END)`;


/** The first instant a seen bound covers (a date: its first day, 00:00 UTC). */
export function seenStart(v: string): string {
  return v.includes('T') ? v : `${dateRange(v).first}T00:00:00Z`;
}
/** The condition for "seen at or before v" (a date: before the day after its last day). */
export function seenEndCond(w: Where, column: string, v: string): void {
  if (v.includes('T')) w.add(`${column} <= ?::timestamptz`, v);
  else w.add(`${column} < (?::date + 1)::timestamptz`, dateRange(v).last);
}

/** The WHERE of a claims query's filters (the list and the CSV export share it; the list adds its cursor). */
export function claimsWhere(q: Omit<ClaimsQuery, 'limit' | 'cursor'>): Where {
  const w = new Where();
  if (q.kind) w.add('kind = ?', q.kind);
  if (q.party) {
    w.add(
      `(body->>'party' = ? OR body->>'attacker' = ? OR body->>'target' = ? OR body->'parties' @> jsonb_build_array(?::text))`,
      q.party,
      q.party,
      q.party,
      q.party,
    );
  }
  if (q.reporter) reporterFilter(w, { written: "body->>'reportedBy'", entityName: "body->>'reporterName'", entityId: "body->>'reporterId'" }, q.reporter);
  if (q.feed) w.add('feed_id = ?', q.feed);
  if (q.article) w.add('article_id = ?', q.article);
  if (q.from) w.add(`${CLAIM_DAY} >= ?`, dateRange(q.from).first);
  if (q.to) w.add(`${CLAIM_DAY} <= ?`, dateRange(q.to).last);
  if (q.seenFrom) w.add('seen_at >= ?::timestamptz', seenStart(q.seenFrom));
  if (q.seenTo) seenEndCond(w, 'seen_at', q.seenTo);
  if (q.minConfidence !== undefined) w.add('confidence >= ?::real', q.minConfidence);
  return w;
}

/**
 * Where a /v1/claims cursor resumes: after the projection sequence number (projected_claims.seq)
 * of the last claim served, in the version (`schema`) that numbered it. A cursor of another
 * version (the read models were rebuilt and seq starts again) and one issued before claims paged
 * in commit order (seen time and claim id) are refused with a 400 that says how to go on.
 */
export function claimsCursorSeq(cursor: string, schema: string): number {
  const key = decodeCursor(cursor, 2);
  if (key && typeof key[0] === 'number' && Number.isSafeInteger(key[0]) && key[0] >= 0 && typeof key[1] === 'string') {
    if (key[1] !== schema) {
      throw badRequest([
        { parameter: 'cursor', message: 'issued before the read models were rebuilt (their claims are numbered anew); page again from the start, or from seenFrom= the last seenAt you kept' },
      ]);
    }
    return key[0];
  }
  if (key && typeof key[0] === 'string' && typeof key[1] === 'string' && !Number.isNaN(Date.parse(key[0]))) {
    throw badRequest([
      {
        parameter: 'cursor',
        message: `a cursor of the old seen-time order (claims now page in the order they were committed); resume once with seenFrom=${key[0]} (claims seen at that instant come again), then follow nextCursor`,
      },
    ]);
  }
  throw badRequest([{ parameter: 'cursor', message: 'not a cursor this endpoint issued' }]);
}

/** The cursor after a claim of `schema` with this projection sequence number. */
export const claimsCursor = (seq: number, schema: string) => encodeCursor([seq, schema]);

export const CLAIM_LIST_COLUMNS = `${SOURCE_COLUMNS}, kind, body`;

/**
 * The claims with their projection sequence number `seq` (projected_claims, stamped at commit,
 * so it grows in commit order: what GET /v1/stream's event ids are): the list and the export
 * read from here and keep to CLAIM_ORDER.
 */
export const claimsWithSeq = (schema: string) =>
  `${quoteIdent(schema)}.claims JOIN (SELECT seq, claim_id AS stamped_id FROM ${quoteIdent(schema)}.projected_claims) p ON p.stamped_id = claims.claim_id`;
export const CLAIM_ORDER = 'ORDER BY p.seq';

export function toClaimListItem(r: ClaimRow): z.input<typeof ClaimListItem> {
  const s = toSource(r);
  return {
    claimId: r.claim_id,
    kind: r.kind,
    claim: r.body,
    entityId: r.entity_id,
    confidence: s.confidence,
    extractorVersion: s.extractorVersion,
    seenAt: s.seenAt,
    articleId: s.articleId,
    feedId: s.feedId,
    url: s.url,
    title: s.title,
    published: s.published,
    evidence: s.evidence,
  };
}

/**
 * Claims in the order they were committed (projected), a page at a time: keyset on the
 * projection sequence number, so a claim committed after a page was read always comes after
 * that page's cursor, whatever its event time (a lagging partition, a replayed dead letter).
 */
export async function listClaims(db: SqlExecutor, schema: string, q: ClaimsQuery) {
  const w = claimsWhere(q);
  if (q.cursor) w.add('p.seq > ?', claimsCursorSeq(q.cursor, schema));
  const rows = (
    await db.query<ClaimRow & { seq: string }>(
      `SELECT ${CLAIM_LIST_COLUMNS}, p.seq FROM ${claimsWithSeq(schema)} ${w.sql()} ${CLAIM_ORDER} LIMIT ${w.param(q.limit + 1)}`,
      w.params,
    )
  ).rows;
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toClaimListItem),
    nextCursor: rows.length > q.limit && last ? claimsCursor(Number(last.seq), schema) : null,
  };
}

/** The CSV export's columns: one row per claim, with its source URL and evidence sentence. */
export const CLAIM_CSV_COLUMNS = [
  ['claim_id', 'The claim id (GET /v1/claims/{id}).'],
  ['kind', 'toll, talks or strike.'],
  ['entity_id', 'The figure, round or strike it is a source of.'],
  ['seen_at', 'The claim event\'s time (its CloudEvents time; ISO 8601, UTC). Rows come in the order claims were committed, which this need not follow.'],
  ['confidence', 'The extractor\'s confidence, 0 to 1.'],
  ['extractor_version', 'The extractor release that read it.'],
  ['feed_id', 'The feed the article came from.'],
  ['article_id', 'The article id.'],
  ['source_url', 'The article URL.'],
  ['source_title', 'The article title.'],
  ['published', 'When the article was published (ISO 8601).'],
  ['evidence_sentence', 'The sentence the claim was read from.'],
  ['claim', 'The claim body as JSON (the fields of its kind).'],
] as const;

/** Every claim the filter selects (paging ignored), in the list's order (committed), streamed from a cursor, as CSV records. */
export async function claimCsvRows(db: Sql, schema: string, q: Omit<ClaimsQuery, 'limit' | 'cursor'>): Promise<AsyncIterable<CsvCell[][]>> {
  const w = claimsWhere(q);
  return csvStream<ClaimRow>(db, `SELECT ${CLAIM_LIST_COLUMNS} FROM ${claimsWithSeq(schema)} ${w.sql()} ${CLAIM_ORDER}`, w.params, (r) => {
    const s = toSource(r);
    return [r.claim_id, r.kind, r.entity_id, s.seenAt, s.confidence, s.extractorVersion, s.feedId, s.articleId, s.url, s.title, s.published, s.evidence.sentence, JSON.stringify(r.body)];
  });
}
