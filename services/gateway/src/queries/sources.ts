import { quoteIdent, type Sql, type SqlExecutor } from '@claimwire/sql';
import type { CsvCell } from '../domain/csv';
import { csvStream } from './csv-stream';

export type { Source } from '../schemas';
import type { Source } from '../schemas';

export interface SourceRow {
  claim_id: string;
  entity_id: string;
  article_id: string;
  article_revision: number;
  article_url: string | null;
  article_title: string | null;
  feed_id: string;
  article_published: Date | null;
  seen_at: Date;
  extractor_version: string;
  confidence: number;
  evidence_sentence: string;
  evidence_start: number;
  evidence_end: number;
}

export const SOURCE_COLUMNS = `claim_id, entity_id, article_id, article_revision, article_url, article_title, feed_id,
  article_published, seen_at, extractor_version, confidence, evidence_sentence, evidence_start, evidence_end`;

export function toSource(r: SourceRow): Source {
  return {
    claimId: r.claim_id,
    articleId: r.article_id,
    articleRevision: r.article_revision,
    url: r.article_url,
    title: r.article_title,
    feedId: r.feed_id,
    published: r.article_published ? r.article_published.toISOString() : null,
    seenAt: r.seen_at.toISOString(),
    extractorVersion: r.extractor_version,
    confidence: roundConfidence(r.confidence),
    evidence: { sentence: r.evidence_sentence, start: r.evidence_start, end: r.evidence_end },
  };
}

/**
 * Sources embedded in a figure, round or strike: the first ones to report it, oldest first —
 * EMBEDDED_SOURCES.list in list responses, .detail in a series' or track's own history. The
 * entity's `sourceCount` is the full number, and GET /v1/sources?entity= pages through all
 * of them, so responses stay bounded however widely something is reported.
 */
export const EMBEDDED_SOURCES = { list: 5, detail: 50 } as const;

/** A timestamptz as the API writes it (toISOString: UTC, milliseconds, Z). */
export const isoTimestamp = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The same sources as `sourcesFor`, as a correlated subquery a list's own SELECT embeds: the
 * first `perEntity` sources of the entity `entityExpr` (a column of the outer query), oldest
 * first, as a JSON array in the API's Source shape except for two things Postgres writes its
 * own way — timestamps (ISO with an offset) and the unrounded confidence —, which
 * `embeddedSources` puts right. One round trip for a whole page.
 */
export function embeddedSourcesSql(schema: string, entityExpr: string, perEntity: number): string {
  return `(SELECT COALESCE(json_agg(json_build_object(
      'claimId', c.claim_id, 'articleId', c.article_id, 'articleRevision', c.article_revision, 'url', c.article_url,
      'title', c.article_title, 'feedId', c.feed_id, 'published', c.article_published, 'seenAt', c.seen_at,
      'extractorVersion', c.extractor_version, 'confidence', c.confidence,
      'evidence', json_build_object('sentence', c.evidence_sentence, 'start', c.evidence_start, 'end', c.evidence_end)
    ) ORDER BY c.seen_at, c.claim_id), '[]'::json)
    FROM (SELECT * FROM ${quoteIdent(schema)}.claims WHERE entity_id = ${entityExpr} ORDER BY seen_at, claim_id LIMIT ${Number(perEntity)}) c)`;
}

/** The sources `embeddedSourcesSql` gave, as `toSource` writes them (timestamps, rounding). */
export function embeddedSources(json: Source[] | null): Source[] {
  return (json ?? []).map((x) => ({
    ...x,
    published: x.published === null ? null : new Date(x.published).toISOString(),
    seenAt: new Date(x.seenAt).toISOString(),
    confidence: roundConfidence(x.confidence),
  }));
}

const roundConfidence = (c: number) => Math.round(c * 1000) / 1000;

export async function sourcesFor(
  db: SqlExecutor,
  schema: string,
  entityIds: string[],
  perEntity: number,
): Promise<Map<string, Source[]>> {
  const out = new Map<string, Source[]>();
  if (entityIds.length === 0) return out;
  // a top-N per entity that walks the (entity_id, seen_at, claim_id) index, however many sources there are
  const { rows } = await db.query<SourceRow>(
    `SELECT c.* FROM unnest($1::text[]) AS e(id)
       CROSS JOIN LATERAL (
         SELECT ${SOURCE_COLUMNS} FROM ${quoteIdent(schema)}.claims
          WHERE entity_id = e.id ORDER BY seen_at, claim_id LIMIT $2) c`,
    [[...new Set(entityIds)], perEntity],
  );
  for (const r of rows) {
    const list = out.get(r.entity_id) ?? [];
    list.push(toSource(r));
    out.set(r.entity_id, list);
  }
  return out;
}

/** Every source of one entity, oldest first, a page at a time (keyset on seen_at, claim_id). */
export async function pageSources(
  db: SqlExecutor,
  schema: string,
  entityId: string,
  limit: number,
  after: { seenAt: string; claimId: string } | null,
): Promise<{ items: Source[]; next: { seenAt: string; claimId: string } | null }> {
  const params: unknown[] = [entityId, limit + 1];
  let cond = '';
  if (after) {
    params.push(after.seenAt, after.claimId);
    cond = 'AND (seen_at, claim_id) > ($3::timestamptz, $4)';
  }
  const { rows } = await db.query<SourceRow>(
    `SELECT ${SOURCE_COLUMNS} FROM ${quoteIdent(schema)}.claims WHERE entity_id = $1 ${cond} ORDER BY seen_at, claim_id LIMIT $2`,
    params,
  );
  const page = rows.slice(0, limit).map(toSource);
  const last = page[page.length - 1];
  return { items: page, next: rows.length > limit && last ? { seenAt: last.seenAt, claimId: last.claimId } : null };
}

/** The CSV export of GET /v1/sources: one row per source of the entity, as the JSON page gives it. */
export const SOURCE_CSV_COLUMNS = [
  ['entity_id', 'The figure, round or strike it is a source of.'],
  ['claim_id', 'The claim id (GET /v1/claims/{id}).'],
  ['article_id', 'The article id (GET /v1/articles/{id}).'],
  ['article_revision', 'The revision of the article the claim was read from.'],
  ['feed_id', 'The feed the article came from.'],
  ['source_url', 'The article URL.'],
  ['source_title', 'The article title.'],
  ['published', 'When the article was published (ISO 8601, UTC).'],
  ['seen_at', 'The claim event\'s time (ISO 8601, UTC).'],
  ['extractor_version', 'The extractor release that read it.'],
  ['confidence', 'The extractor\'s confidence, 0 to 1.'],
  ['evidence_sentence', 'The sentence the claim was read from.'],
  ['evidence_start', 'Where that sentence starts in the article text (characters).'],
  ['evidence_end', 'Where it ends.'],
] as const;

/** Every source of one entity (paging ignored), oldest first, streamed from a cursor, as CSV records. */
export function sourceCsvRows(db: Sql, schema: string, entityId: string): AsyncIterable<CsvCell[][]> {
  return csvStream<SourceRow>(
    db,
    `SELECT ${SOURCE_COLUMNS} FROM ${quoteIdent(schema)}.claims WHERE entity_id = $1 ORDER BY seen_at, claim_id`,
    [entityId],
    (r) => {
      const s = toSource(r);
      return [r.entity_id, s.claimId, s.articleId, s.articleRevision, s.feedId, s.url, s.title, s.published, s.seenAt, s.extractorVersion,
        s.confidence, s.evidence.sentence, s.evidence.start, s.evidence.end];
    },
  );
}

/**
 * The first source (oldest seen) of the entity `entityExpr`, as a LATERAL join aliased `src`
 * with its article URL, title, publication time and evidence sentence: what a CSV row cites.
 */
export function firstSourceJoin(schema: string, entityExpr: string): string {
  return `LEFT JOIN LATERAL (SELECT article_url, article_title, article_published, evidence_sentence FROM ${quoteIdent(schema)}.claims
     WHERE entity_id = ${entityExpr} ORDER BY seen_at, claim_id LIMIT 1) src ON true`;
}

/** The columns `firstSourceJoin` adds to a CSV row, in this order. */
export const FIRST_SOURCE_CSV_COLUMNS = [
  ['source_url', 'The URL of the first article that reported it.'],
  ['source_title', 'That article\'s title.'],
  ['evidence_sentence', 'The sentence it was read from there.'],
] as const;

export interface FirstSourceRow {
  article_url: string | null;
  article_title: string | null;
  evidence_sentence: string | null;
}

export const firstSourceCells = (r: FirstSourceRow) => [r.article_url, r.article_title, r.evidence_sentence];
