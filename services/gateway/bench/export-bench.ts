/**
 * npm run -s bench:export [rows]: RSS of the gateway while it streams a CSV export of
 * `rows` claims (default 100,000) over real HTTP. Makes a throwaway database, fills it with
 * synthetic claims in SQL, serves the app on a free port and reads the export without keeping it.
 * Server and reader share the process, so RSS covers both; run with NODE_OPTIONS=--expose-gc
 * for before/after figures taken after a collection.
 */
import { silentLogger } from '@claimwire/logging';
import { ensureVersion } from '@claimwire/readmodel';
import { createTestDatabase } from '@claimwire/testing';
import { build } from '../src/app';

const rows = Number(process.argv[2] ?? 100_000);
const db = await createTestDatabase('cwexport');
try {
  const pv = await ensureVersion(db.sql, 1);
  await db.sql.query(
    `INSERT INTO "${pv.schemaName}".claims (claim_id, kind, entity_id, article_id, article_revision, feed_id, article_url, article_title,
       article_published, extractor_version, body, evidence_sentence, evidence_start, evidence_end, confidence, seen_at, source_topic, source_partition, source_offset)
     SELECT 'clm_' || n, 'strike', 'stk_' || (n / 3), 'art_' || (n / 10), 1, 'bench', 'https://news.test/a/' || (n / 10), 'Bench article ' || n,
            now(), 'bench', jsonb_build_object('kind', 'strike', 'locations', jsonb_build_array('Odesa'), 'killed', n % 7),
            'Officials said a drone struck an energy facility overnight, the ' || n || 'th report, "quoted", with commas.', 0, 80, 0.9,
            timestamptz '2026-01-01' + n * interval '1 second', 'claims', 0, n
       FROM generate_series(1, $1::int) n`,
    [rows],
  );
  const app = await build({ sql: db.sql, logger: silentLogger() });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  global.gc?.();
  const mb = (b: number) => Math.round(b / 1e6);
  const before = process.memoryUsage().rss;
  let peak = before;
  let heapPeak = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
  }, 20);
  const t0 = performance.now();
  const res = await fetch(`${url}/v1/claims?format=csv`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines++;
  }
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  global.gc?.();
  const after = process.memoryUsage().rss;
  console.log(`rows ${lines - 1} (asked ${rows}), bytes ${bytes}, seconds ${seconds.toFixed(2)}, RSS MB before ${mb(before)} peak ${mb(peak)} after ${mb(after)}, heap used peak ${mb(heapPeak)} MB (status ${res.status})`);
  await app.close();
} finally {
  await db.drop();
}
