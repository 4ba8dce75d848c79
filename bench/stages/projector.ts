/**
 * Stage 3: claims per second folded into the read models by the real projection handler
 * (in-process, batches as Kafka delivers them, one transaction per batch), against batched
 * multi-row INSERTs of the same claim rows into a copy of the claims table, in the same run.
 */
import { quoteIdent } from '@claimwire/sql';
import { articleEvents, claimsOf } from '../lib/data';
import { createDatabase, type BenchEnv } from '../lib/env';
import { BATCH, claimMessages, deliveries, inProcessProjector } from '../lib/projection';
import { ratioOf, type StageResult } from '../lib/report';

const ARTICLES = Number(process.env.BENCH_PROJECTOR_ARTICLES ?? 6000);

function claimRow(c: ReturnType<typeof claimsOf>[number], i: number): unknown[] {
  const { claimId: _c, extractorVersion: _v, article: _a, evidence: _e, confidence: _f, ...body } = c;
  return [
    c.claimId, c.kind, 'entity', c.article.articleId, c.article.revision, c.article.feedId, c.article.url, c.article.title,
    c.article.published, c.extractorVersion, JSON.stringify(body), c.evidence.sentence, c.evidence.start, c.evidence.end,
    c.confidence, new Date().toISOString(), 'claims', i % 6, i,
  ];
}

export async function projectorStage(env: BenchEnv): Promise<StageResult> {
  const articles = articleEvents(ARTICLES, 3);
  const claims = claimsOf(articles);
  const batches = deliveries('claims', claimMessages(claims));
  const db = await createDatabase(env.DATABASE_URL, 'projector');
  try {
    const p = await inProcessProjector(db.url);
    const s = quoteIdent(p.schema);
    // baseline: the same rows, batched INSERTs (one multi-row statement per batch, one transaction per batch)
    await p.sql.query(`CREATE TABLE public.bench_claims (LIKE ${s}.claims INCLUDING ALL)`);
    const rows = claims.map(claimRow);
    const cols = 19;
    const b0 = performance.now();
    for (let i = 0; i < rows.length; i += BATCH) {
      const chunk = rows.slice(i, i + BATCH);
      const values = chunk.map((_, r) => `(${Array.from({ length: cols }, (_, c) => `$${r * cols + c + 1}`).join(',')})`).join(',');
      await p.sql.transaction((tx) => tx.query(`INSERT INTO public.bench_claims VALUES ${values} ON CONFLICT DO NOTHING`, chunk.flat()));
    }
    const baselineSecs = (performance.now() - b0) / 1000;

    const t0 = performance.now();
    await p.apply(batches);
    const secs = (performance.now() - t0) / 1000;
    const projected = Number((await p.sql.query<{ n: string }>(`SELECT count(*) AS n FROM ${s}.claims`)).rows[0]?.n ?? 0);
    await p.sql.close();
    if (projected !== claims.length) throw new Error(`projected ${projected} claims of ${claims.length}`);

    const rate = claims.length / secs;
    const baseline = claims.length / baselineSecs;
    const ratio = ratioOf(rate, baseline);
    const kinds = claims.reduce<Record<string, number>>((m, c) => ((m[c.kind] = (m[c.kind] ?? 0) + 1), m), {});
    return {
      stage: 'projector',
      seconds: secs + baselineSecs,
      setup: { claims: claims.length, kinds, batches: batches.length, batchSize: BATCH, mode: 'in-process handler, no broker' },
      figures: [
        {
          stage: 'projector',
          metric: 'claims folded',
          value: rate,
          unit: 'claims/s',
          baseline: { name: 'batched INSERT', value: baseline },
          ratio,
          target: '≥ 10,000/s and ≥ 0.5×',
          met: rate >= 10_000 && ratio >= 0.5,
        },
      ],
    };
  } finally {
    await db.drop();
  }
}
