import { compareExtractions, type ArticleExtracted, type ArticleIngested, type Claim } from '@claimwire/events';
import { upsertRows, type RecordPosition } from '@claimwire/readmodel';
import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import { ARTICLE_UPSERT, articleRow } from './articles';
import { projectClaims, type FreshClaim } from './project';

/**
 * The fast path of the projector: a run of article and claim events of one batch applied with
 * a few statements instead of several per event. It settles which extractions stand and which
 * claims are new up front, then hands the run's fresh claims to the projection (project.ts,
 * the one write path: bulk reads, pure folds, one multi-row upsert per table). The result is
 * the same as applying the events one by one (a test checks this). Extraction manifests
 * take part like claims do (they say which extraction of an article stands, and how many
 * claims it has). A run holding an event that needs more (a newer extraction of an article,
 * which retracts claims) is not taken: `applyRun` returns null before writing anything, and
 * the caller applies the run per event.
 */
export type RunEvent =
  | { kind: 'article'; data: ArticleIngested; pos: RecordPosition }
  | { kind: 'claim'; data: Claim; pos: RecordPosition }
  | { kind: 'extraction'; data: ArticleExtracted; pos: RecordPosition };
export type RunOutcome = 'applied' | 'duplicate' | 'superseded';

export async function applyRun(tx: SqlExecutor, schema: string, events: readonly RunEvent[]): Promise<RunOutcome[] | null> {
  const s = quoteIdent(schema);
  const claims = events.flatMap((e) => (e.kind === 'claim' ? [e.data] : []));

  // --- extractions: which claims stand (per-event: admitExtraction), from claims and manifests ---
  const extractionOf = (e: RunEvent) =>
    e.kind === 'claim'
      ? { articleId: e.data.article.articleId, revision: e.data.article.revision, extractorVersion: e.data.extractorVersion }
      : e.kind === 'extraction'
        ? { articleId: e.data.articleId, revision: e.data.revision, extractorVersion: e.data.extractorVersion }
        : null;
  const articleIds = [...new Set(events.flatMap((e) => extractionOf(e)?.articleId ?? []))].sort();
  const stored = new Map<string, { revision: number; extractorVersion: string }>();
  if (articleIds.length) {
    const r = await tx.query<{ article_id: string; revision: number; extractor_version: string }>(
      `SELECT article_id, revision, extractor_version FROM ${s}.article_extractions WHERE article_id = ANY($1) ORDER BY article_id FOR UPDATE`,
      [articleIds],
    );
    for (const row of r.rows) stored.set(row.article_id, { revision: row.revision, extractorVersion: row.extractor_version });
  }
  // the earliest sighting of each standing extraction (updated_at = LEAST(...), as per event),
  // and the claim count its manifest gives (the last one seen, as per event)
  const earliest = new Map<string, string>();
  const claimCounts = new Map<string, number>();
  const admitted = new Map<RunEvent, boolean>();
  for (const ev of events) {
    const e = extractionOf(ev);
    if (!e) continue;
    const id = e.articleId;
    const have = stored.get(id);
    if (!have) {
      stored.set(id, { revision: e.revision, extractorVersion: e.extractorVersion });
    } else {
      const cmp = compareExtractions(e, have);
      if (cmp > 0) return null; // a newer extraction retracts claims: the per-event path does that
      if (cmp < 0) {
        admitted.set(ev, false);
        continue;
      }
    }
    admitted.set(ev, true);
    if (ev.kind === 'extraction') claimCounts.set(id, ev.data.claimIds.length);
    const at = earliest.get(id);
    if (at === undefined || Date.parse(ev.pos.seenAt) < Date.parse(at)) earliest.set(id, ev.pos.seenAt);
  }

  // --- claims already projected ---
  const ids = [...new Set(claims.map((c) => c.claimId))];
  const existing = new Set<string>();
  if (ids.length) {
    const r = await tx.query<{ claim_id: string }>(`SELECT claim_id FROM ${s}.claims WHERE claim_id = ANY($1)`, [ids]);
    for (const row of r.rows) existing.add(row.claim_id);
  }

  // --- claims in the run's order: outcomes, and the fresh ones to project ---
  const outcomes: RunOutcome[] = [];
  const articles = new Map<string, ArticleIngested>();
  const fresh: FreshClaim[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    if (e.kind === 'article') {
      // the newest revision wins; among equal ones the first (a repeat changes nothing)
      const prev = articles.get(e.data.articleId);
      if (!prev || prev.revision < e.data.revision) articles.set(e.data.articleId, e.data);
      outcomes.push('applied');
      continue;
    }
    if (e.kind === 'extraction') {
      outcomes.push(admitted.get(e) ? 'applied' : 'superseded');
      continue;
    }
    const c = e.data;
    if (!admitted.get(e)) {
      outcomes.push('superseded');
      continue;
    }
    if (existing.has(c.claimId) || seen.has(c.claimId)) {
      outcomes.push('duplicate');
      continue;
    }
    seen.add(c.claimId);
    fresh.push({ claim: c, pos: e.pos });
    outcomes.push('applied');
  }

  // --- write each table once (parents before children) ---
  await upsertRows(tx, schema, ARTICLE_UPSERT, [...articles.values()].map(articleRow));
  // the standing extraction of every article the run saw: new rows, and the earliest sighting
  // and the manifest's count on rows already there (as per event). A row another projector
  // (another partition) stored meanwhile with ANOTHER extraction is not touched: the run is
  // then void and retried, and sees that row when it reads again.
  const standing = [...earliest.keys()].sort();
  if (standing.length) {
    const written = await tx.query<{ article_id: string }>(
      `INSERT INTO ${s}.article_extractions AS x (article_id, revision, extractor_version, claim_count, updated_at)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::int[], $5::timestamptz[])
       ON CONFLICT (article_id) DO UPDATE SET updated_at = LEAST(x.updated_at, EXCLUDED.updated_at),
              claim_count = COALESCE(EXCLUDED.claim_count, x.claim_count)
        WHERE x.revision = EXCLUDED.revision AND x.extractor_version = EXCLUDED.extractor_version
       RETURNING x.article_id`,
      [
        standing,
        standing.map((id) => stored.get(id)?.revision),
        standing.map((id) => stored.get(id)?.extractorVersion),
        standing.map((id) => claimCounts.get(id) ?? null),
        standing.map((id) => earliest.get(id)),
      ],
    );
    if (written.rowCount !== standing.length) {
      throw new Error('another extraction of an article was stored by a concurrent batch; the batch is retried');
    }
  }
  await projectClaims(tx, schema, fresh);
  return outcomes;
}
