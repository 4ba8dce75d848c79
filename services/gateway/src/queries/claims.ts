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

export type ClaimRow = SourceRow & { kind: 'toll' | 'talks' | 'strike'; body: Record<string, unknown>; seen_key: string };

/** seen_at to the microsecond, as a cursor key (toISOString would drop the microseconds and skip rows). */
export const SEEN_KEY = `to_char(seen_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

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

/** The WHERE of a claims query (the list and the CSV export share it). */
export function claimsWhere(q: Omit<ClaimsQuery, 'limit'>): Where {
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
  if (q.cursor) {
    const key = decodeCursor(q.cursor, 2);
    if (!key || typeof key[0] !== 'string' || typeof key[1] !== 'string' || Number.isNaN(Date.parse(key[0]))) {
      throw badRequest([{ parameter: 'cursor', message: 'not a cursor this endpoint issued' }]);
    }
    w.add('(seen_at, claim_id) > (?::timestamptz, ?)', key[0], key[1]);
  }
  return w;
}

export const CLAIM_LIST_COLUMNS = `${SOURCE_COLUMNS}, kind, body, ${SEEN_KEY} AS seen_key`;
export const CLAIM_ORDER = 'ORDER BY seen_at, claim_id';

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

/** Claims in the order they were seen, a page at a time (keyset on seen_at, claim_id). */
export async function listClaims(db: SqlExecutor, schema: string, q: ClaimsQuery) {
  const w = claimsWhere(q);
  const rows = (
    await db.query<ClaimRow>(
      `SELECT ${CLAIM_LIST_COLUMNS} FROM ${quoteIdent(schema)}.claims ${w.sql()} ${CLAIM_ORDER} LIMIT ${w.param(q.limit + 1)}`,
      w.params,
    )
  ).rows;
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toClaimListItem),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.seen_key, last.claim_id]) : null,
  };
}

/** The CSV export's columns: one row per claim, with its source URL and evidence sentence. */
export const CLAIM_CSV_COLUMNS = [
  ['claim_id', 'The claim id (GET /v1/claims/{id}).'],
  ['kind', 'toll, talks or strike.'],
  ['entity_id', 'The figure, round or strike it is a source of.'],
  ['seen_at', 'When it was projected (ISO 8601, UTC).'],
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

/** Every claim the filter selects (paging ignored), streamed from a cursor, as CSV records. */
export async function claimCsvRows(db: Sql, schema: string, q: Omit<ClaimsQuery, 'limit' | 'cursor'>): Promise<AsyncIterable<CsvCell[][]>> {
  const w = claimsWhere({ ...q, cursor: undefined });
  return csvStream<ClaimRow>(db, `SELECT ${CLAIM_LIST_COLUMNS} FROM ${quoteIdent(schema)}.claims ${w.sql()} ${CLAIM_ORDER}`, w.params, (r) => {
    const s = toSource(r);
    return [r.claim_id, r.kind, r.entity_id, s.seenAt, s.confidence, s.extractorVersion, s.feedId, s.articleId, s.url, s.title, s.published, s.evidence.sentence, JSON.stringify(r.body)];
  });
}
