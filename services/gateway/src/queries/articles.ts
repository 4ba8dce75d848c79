import { quoteIdent, type Sql, type SqlExecutor } from '@claimwire/sql';
import type { CsvCell } from '../domain/csv';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import { dateRange } from '../domain/dates';
import { badRequest } from '../http/problem';
import type { ArticlesQuery } from '../schemas';
import { csvStream } from './csv-stream';
import { Where } from './sql-builder';

export interface ArticleListRow {
  article_id: string;
  revision: number;
  feed_id: string;
  guid: string | null;
  url: string | null;
  title: string | null;
  author: string | null;
  published: Date;
  first_seen: Date;
  language: string | null;
  summary: string | null;
  text_length: number;
  claim_count: string;
  published_key: string;
}

export function articlesWhere(q: Omit<ArticlesQuery, 'limit'>): Where {
  const w = new Where();
  if (q.feed) w.add('a.feed_id = ?', q.feed);
  if (q.url) w.add('a.url = ?', q.url);
  if (q.from) w.add('a.published >= ?::timestamptz', `${dateRange(q.from).first}T00:00:00Z`);
  if (q.to) w.add('a.published < (?::date + 1)::timestamptz', dateRange(q.to).last);
  if (q.cursor) {
    const key = decodeCursor(q.cursor, 2);
    if (!key || typeof key[0] !== 'string' || typeof key[1] !== 'string' || Number.isNaN(Date.parse(key[0]))) {
      throw badRequest([{ parameter: 'cursor', message: 'not a cursor this endpoint issued' }]);
    }
    w.add('(a.published < ?::timestamptz OR (a.published = ?::timestamptz AND a.article_id > ?))', key[0], key[0], key[1]);
  }
  return w;
}

export const articleListSelect = (schema: string) => {
  const s = quoteIdent(schema);
  return `SELECT a.article_id, a.revision, a.feed_id, a.guid, a.url, a.title, a.author, a.published, a.first_seen, a.language,
                 a.summary, a.text_length,
                 (SELECT count(*) FROM ${s}.claims c WHERE c.article_id = a.article_id) AS claim_count,
                 to_char(a.published AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS published_key
            FROM ${s}.articles a`;
};
// the articles_published index's order: newest first, then id
export const ARTICLE_ORDER = 'ORDER BY a.published DESC, a.article_id';

export function toArticleListItem(r: ArticleListRow) {
  return {
    articleId: r.article_id,
    revision: r.revision,
    feedId: r.feed_id,
    guid: r.guid,
    url: r.url,
    title: r.title,
    author: r.author,
    published: r.published.toISOString(),
    firstSeen: r.first_seen.toISOString(),
    language: r.language,
    summary: r.summary,
    textLength: r.text_length,
    claimCount: Number(r.claim_count),
  };
}

export async function listArticles(db: SqlExecutor, schema: string, q: ArticlesQuery) {
  const w = articlesWhere(q);
  const rows = (await db.query<ArticleListRow>(`${articleListSelect(schema)} ${w.sql()} ${ARTICLE_ORDER} LIMIT ${w.param(q.limit + 1)}`, w.params)).rows;
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toArticleListItem),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.published_key, last.article_id]) : null,
  };
}

/** The CSV export's columns: one row per article, as the JSON list gives it. */
export const ARTICLE_CSV_COLUMNS = [
  ['article_id', 'The article id (GET /v1/articles/{id}).'],
  ['revision', 'Its revision (a re-published article is read again as a new revision).'],
  ['feed_id', 'The feed it came from.'],
  ['guid', 'The feed item\'s guid, when it had one.'],
  ['url', 'The article URL.'],
  ['title', 'The title.'],
  ['author', 'The author, when the feed named one.'],
  ['published', 'When it was published (ISO 8601, UTC).'],
  ['first_seen', 'When ingest first saw it (ISO 8601, UTC).'],
  ['language', 'Its language, when known.'],
  ['text_length', 'Characters of text read.'],
  ['claim_count', 'Claims read from it.'],
  ['summary', 'The feed\'s summary of it.'],
] as const;

/** Every article the filter selects (paging ignored), newest published first, streamed from a cursor, as CSV records. */
export async function articleCsvRows(db: Sql, schema: string, q: Omit<ArticlesQuery, 'limit' | 'cursor'>): Promise<AsyncIterable<CsvCell[][]>> {
  const w = articlesWhere({ ...q, cursor: undefined });
  return csvStream<ArticleListRow>(db, `${articleListSelect(schema)} ${w.sql()} ${ARTICLE_ORDER}`, w.params, (r) => {
    const a = toArticleListItem(r);
    return [a.articleId, a.revision, a.feedId, a.guid, a.url, a.title, a.author, a.published, a.firstSeen, a.language, a.textLength, a.claimCount, a.summary];
  });
}
