import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId, encodeArticle, encodeArticleExtracted, encodeClaim, type ArticleExtracted, type ArticleIngested, type Claim } from '@claimwire/events';
import type { EventLog, LogRecord } from '@claimwire/eventlog';
import { silentLogger } from '@claimwire/logging';
import { ensureVersion } from '@claimwire/readmodel';
import { createTestDatabase, fixtures, readModelChecksums, type TestDatabase } from '@claimwire/testing';
import { applyEvent, createProjectionHandler } from '../projection';

/**
 * The batched path (a whole batch folded with a few statements) must leave exactly the rows
 * the per-event path leaves. A seeded mix of events that fold into each other (same toll
 * figures, rounds of one track, strikes with overlapping dates and places, undated and
 * placeless reports, repeats, manifests, older extractor versions, newer revisions) is projected both
 * ways and the read models compared.
 */
let db: TestDatabase;
let nextVersion = 1;
beforeAll(async () => {
  db = await createTestDatabase('cwbatch');
});
afterAll(async () => {
  await db?.drop();
});

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

type Ev = { article: ArticleIngested } | { claim: Claim } | { extraction: ArticleExtracted };

function mix(seed: number, n: number, newer = true): Ev[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: Ev[] = [];
  for (let i = 0; i < n; i++) {
    const art = articleId('batch-wire', `guid:${Math.floor(r() * 12)}`);
    const env = { articleId: art, evidenceStart: Math.floor(r() * 5), revision: newer && r() < 0.1 ? 2 : 1, extractorVersion: newer && r() < 0.1 ? '0.9.0' : '1.0.0' };
    const k = r();
    if (k < 0.08) out.push({ article: fixtures.article({ articleId: art, revision: env.revision, title: `t${i}` }) });
    else if (k < 0.16) {
      // the extractor's manifest of an extraction (its claim count; older ones are superseded)
      const claimIds = Array.from({ length: Math.floor(r() * 4) }, (_, j) => `clm_${(i * 8 + j).toString(16).padStart(24, '0')}`);
      out.push({ extraction: { ...fixtures.extraction([], { articleId: art, revision: env.revision, extractorVersion: env.extractorVersion }), claimIds } });
    }
    else if (k < 0.35) {
      out.push({
        claim: fixtures.toll({ ...env, value: pick([1000, 2000, 3000]), bound: pick(['exact', 'approx', 'at_least'] as const), asOf: pick(['2026-02', '2026-02-04', null]), reportedBy: pick(['Kyiv', 'Moscow', null]) }),
      });
    } else if (k < 0.6) {
      out.push({ claim: fixtures.talks({ ...env, location: pick(['Geneva', 'Riyadh', null]), date: pick(['2026-01', '2026-01-15', null]), round: pick([1, 2, null]) }) });
    } else {
      out.push({
        claim: fixtures.strike({
          ...env,
          locations: pick([['Odesa'], ['Odesa', 'Izmail'], ['Kharkiv'], []]),
          date: pick(['2026-02-03', '2026-02-05', '2026-02', '2026-03-20', null]),
          killed: pick([null, 1, 4]),
          attacker: pick(['russia', 'ukraine']),
        }),
      });
    }
    if (r() < 0.1) out.push(out[out.length - 1] as Ev); // a repeat
  }
  return out;
}

function records(evs: Ev[]): LogRecord[] {
  return evs.map((e, i) => {
    const time = new Date(Date.parse('2026-02-05T10:00:00Z') + i * 1000);
    const m =
      'article' in e ? encodeArticle(e.article, 'test', time) : 'claim' in e ? encodeClaim(e.claim, 'test', time) : encodeArticleExtracted(e.extraction, 'test', time);
    return { topic: 'mixed', partition: 0, offset: String(i), key: m.key, value: m.value, headers: m.headers, timestamp: String(time.getTime()) };
  });
}

const noBroker = { publish: async () => undefined } as unknown as EventLog;

async function viaHandler(evs: Ev[], batch: number): Promise<Record<string, string>> {
  const version = nextVersion++;
  const pv = await ensureVersion(db.sql, version);
  const handler = createProjectionHandler({ sql: db.sql, log: noBroker, logger: silentLogger(), version, schema: pv.schemaName, deadLetterTopics: {} });
  const recs = records(evs);
  for (let i = 0; i < recs.length; i += batch) {
    await handler(recs.slice(i, i + batch), { topic: 'mixed', partition: 0, heartbeat: async () => undefined, isRunning: () => true });
  }
  return readModelChecksums(db.sql, pv.schemaName);
}

async function perEvent(evs: Ev[]): Promise<Record<string, string>> {
  const version = nextVersion++;
  const pv = await ensureVersion(db.sql, version);
  const recs = records(evs);
  await db.sql.transaction(async (tx) => {
    for (const [i, e] of evs.entries()) {
      const pos = { topic: 'mixed', partition: 0, offset: String(i), seenAt: new Date(Number((recs[i] as LogRecord).timestamp)).toISOString() };
      const ev = 'article' in e ? { kind: 'article' as const, data: e.article } : 'claim' in e ? { kind: 'claim' as const, data: e.claim } : { kind: 'extraction' as const, data: e.extraction };
      await applyEvent(tx, pv.schemaName, ev, pos);
    }
  });
  return readModelChecksums(db.sql, pv.schemaName);
}

describe('batched projection', () => {
  it.each([
    [1, false],
    [2, false],
    [3, true],
  ])('leaves the same read models as applying event by event (seed %i, newer extractions: %s)', async (seed, newer) => {
    const evs = mix(seed, 300, newer);
    const expected = await perEvent(evs);
    expect(Object.keys(expected).length).toBeGreaterThan(5);
    expect(await viaHandler(evs, 500)).toEqual(expected);
    expect(await viaHandler(evs, 37)).toEqual(expected);
  });

  it('is idempotent: the batch delivered again past the checkpoint changes nothing', async () => {
    const evs = mix(9, 200);
    const once = await viaHandler(evs, 500);
    expect(await viaHandler([...evs, ...evs], 500)).toEqual(once);
  });
});
