/**
 * Stage 3: claims per second folded into the read models by the real projection handler
 * (in-process, batches as Kafka delivers them, one transaction per batch), against batched
 * multi-row INSERTs of the same rows, in the same run: every row the read models hold once
 * the claims are folded (claims, figures, series, rounds, tracks, strikes, extractions,
 * rollups), inserted 500 a statement, a transaction a statement, into empty copies of their
 * tables (same columns, constraints and indexes; no triggers). For reference, the claims
 * table's rows alone are timed too (the baseline of earlier runs).
 */
import { quoteIdent } from '@claimwire/sql';
import { articleEvents, claimsOf } from '../lib/data';
import { createDatabase, type BenchEnv } from '../lib/env';
import { BATCH, claimMessages, deliveries, inProcessProjector } from '../lib/projection';
import { ratioOf, type StageResult } from '../lib/report';

const ARTICLES = Number(process.env.BENCH_PROJECTOR_ARTICLES ?? 6000);

export async function projectorStage(env: BenchEnv): Promise<StageResult> {
  const articles = articleEvents(ARTICLES, 3);
  const claims = claimsOf(articles);
  const batches = deliveries('claims', claimMessages(claims));
  const db = await createDatabase(env.DATABASE_URL, 'projector');
  try {
    const p = await inProcessProjector(db.url);
    const s = quoteIdent(p.schema);
    const t0 = performance.now();
    await p.apply(batches);
    const secs = (performance.now() - t0) / 1000;
    const projected = Number((await p.sql.query<{ n: string }>(`SELECT count(*) AS n FROM ${s}.claims`)).rows[0]?.n ?? 0);
    if (projected !== claims.length) throw new Error(`projected ${projected} claims of ${claims.length}`);

    // baselines: the same rows, batched INSERTs into empty copies of the tables
    const tables = (
      await p.sql.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
        [p.schema],
      )
    ).rows.map((r) => r.table_name);
    await p.sql.query('CREATE SCHEMA bench_copy');
    const rowsOf: Record<string, unknown[][]> = {};
    for (const t of tables) {
      await p.sql.query(`CREATE TABLE bench_copy.${quoteIdent(t)} (LIKE ${s}.${quoteIdent(t)} INCLUDING ALL)`);
      // every value in its text form, as Postgres reads it back
      const r = await p.sql.pool.query({ text: `SELECT * FROM ${s}.${quoteIdent(t)}`, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } });
      rowsOf[t] = r.rows as unknown[][];
    }
    const insertAll = async (table: string) => {
      const rows = rowsOf[table] ?? [];
      const cols = rows[0]?.length ?? 0;
      const t1 = performance.now();
      for (let i = 0; i < rows.length; i += BATCH) {
        const chunk = rows.slice(i, i + BATCH);
        const values = chunk.map((_, r) => `(${Array.from({ length: cols }, (_, c) => `$${r * cols + c + 1}`).join(',')})`).join(',');
        await p.sql.transaction((tx) => tx.query(`INSERT INTO bench_copy.${quoteIdent(table)} VALUES ${values}`, chunk.flat()));
      }
      return (performance.now() - t1) / 1000;
    };
    const claimsOnlySecs = await insertAll('claims');
    let baselineSecs = claimsOnlySecs;
    for (const t of tables) if (t !== 'claims') baselineSecs += await insertAll(t);
    const rowCounts = Object.fromEntries(tables.map((t) => [t, rowsOf[t]?.length ?? 0]));
    await p.sql.close();

    const rate = claims.length / secs;
    const baseline = claims.length / baselineSecs;
    const claimsOnly = claims.length / claimsOnlySecs;
    const ratio = ratioOf(rate, baseline);
    const kinds = claims.reduce<Record<string, number>>((m, c) => ((m[c.kind] = (m[c.kind] ?? 0) + 1), m), {});
    return {
      stage: 'projector',
      seconds: secs + baselineSecs,
      setup: { claims: claims.length, kinds, batches: batches.length, batchSize: BATCH, mode: 'in-process handler, no broker', readModelRows: rowCounts, claimsOnlyInsertPerS: claimsOnly },
      figures: [
        {
          stage: 'projector',
          metric: 'claims folded',
          value: rate,
          unit: 'claims/s',
          baseline: { name: 'batched INSERT of the same read-model rows', value: baseline },
          note: `claims table's rows alone: ${Math.round(claimsOnly)} claims/s, ratio ${ratioOf(rate, claimsOnly).toFixed(2)}×`,
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
