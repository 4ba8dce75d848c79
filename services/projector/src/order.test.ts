import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId, encodeClaim, type Claim } from '@claimwire/events';
import type { EventLog, LogRecord } from '@claimwire/eventlog';
import { silentLogger } from '@claimwire/logging';
import { ensureVersion } from '@claimwire/readmodel';
import { createTestDatabase, fixtures, readModelChecksums, type TestDatabase } from '@claimwire/testing';
import { createProjectionHandler } from './projection';

/**
 * Order never matters (#15): the same claims in any order, on any number of partitions, give
 * the same read models. A set of claims that fold into each other (rounds of one track at
 * several venues, a round reported with and without its mediator, exchanges after rounds,
 * strikes updated over days, toll series) is shuffled with a seeded generator, spread over 1-4
 * partitions and delivered in interleaved batches of random sizes, each permutation into a
 * fresh schema; every table's checksum (sorted rows) must equal the reference's.
 */

type Dated = { claim: Claim; at: string };

const SIDES = ['russia', 'ukraine'];
const TRILATERAL = ['russia', 'ukraine', 'united-states'];

/** One article of our made-up wire: its id, and when it was published and its claims seen. */
function wire(key: string, published: string) {
  return { articleId: articleId('order-wire', `guid:${key}`), published, at: new Date(Date.parse(published) + 7 * 60_000).toISOString() };
}

function talks(key: string, published: string, over: Parameters<typeof fixtures.talks>[0], evidenceStart = 0): Dated {
  const a = wire(key, published);
  return { claim: fixtures.talks({ parties: SIDES, sides: ['russia', 'ukraine'], participants: [], outcomes: [], ...over, articleId: a.articleId, published: a.published, evidenceStart }), at: a.at };
}

function strike(key: string, published: string, over: Parameters<typeof fixtures.strike>[0], evidenceStart = 100): Dated {
  const a = wire(key, published);
  return { claim: fixtures.strike({ ...over, articleId: a.articleId, published: a.published, evidenceStart }), at: a.at };
}

function toll(key: string, published: string, over: Parameters<typeof fixtures.toll>[0], evidenceStart = 200): Dated {
  const a = wire(key, published);
  return { claim: fixtures.toll({ party: 'russia', population: 'military', measure: 'killed', ...over, articleId: a.articleId, published: a.published, evidenceStart }), at: a.at };
}

/** Our own claims; the comments say what they should make. */
const CLAIMS: Dated[] = [
  // --- talks, one track (russia + ukraine): numbered rounds at different venues ---
  talks('t1', '2025-05-16T18:00:00Z', { round: 1, location: 'Istanbul', date: '2025-05-16', status: 'held', participants: ['Medinsky'] }),
  talks('t2', '2025-05-17T09:00:00Z', { round: 1, location: 'Istanbul', date: '2025-05-16', status: 'held', participants: ['Umerov'], outcomes: [{ type: 'prisoner_exchange', total: 2000, agreed: true }] }),
  talks('t3', '2025-05-28T10:00:00Z', { round: 2, location: 'Istanbul', date: '2025-06-02', status: 'scheduled' }),
  talks('t4', '2025-06-02T20:00:00Z', { round: 2, location: 'Istanbul', date: '2025-06-02', status: 'held' }),
  // an unnumbered report of the same venue and date: round 2
  talks('t5', '2025-06-03T08:00:00Z', { round: null, location: 'istanbul', date: '2025-06-02', status: 'held' }),
  talks('t6', '2025-07-23T19:00:00Z', { round: 3, location: 'Istanbul', date: '2025-07-23', status: 'held' }),
  // the same round number at another venue months later: another round
  talks('t7', '2026-01-23T18:00:00Z', { round: 1, location: 'Abu Dhabi', date: '2026-01-23', status: 'held', parties: TRILATERAL }),
  // a trilateral round reported without its mediator: the same round
  talks('t8', '2026-01-24T07:00:00Z', { round: null, location: 'Abu Dhabi', date: '2026-01-23', status: 'held', participants: ['Witkoff'] }),
  // an exchange two weeks after a round, reported without a venue: under that round
  talks('t9', '2026-02-06T16:00:00Z', { round: null, location: null, date: '2026-02-06', status: 'held', outcomes: [{ type: 'prisoner_exchange', total: 314, released: { russia: 157, ukraine: 157 } }] }),
  // the next round scheduled, held a day early; an exchange agreed there, then carried out
  talks('t10', '2026-01-28T12:00:00Z', { round: 2, location: 'Geneva', date: '2026-02-18', status: 'scheduled', parties: TRILATERAL }),
  talks('t11', '2026-02-17T19:00:00Z', { round: 2, location: 'Geneva', date: '2026-02-17', status: 'held', parties: TRILATERAL, outcomes: [{ type: 'prisoner_exchange', total: 1000, agreed: true }] }),
  talks('t12', '2026-03-01T15:00:00Z', { round: null, location: null, date: '2026-03-01', status: 'held', outcomes: [{ type: 'prisoner_exchange', total: 314, released: { russia: 157, ukraine: 157 } }] }),
  talks('t13', '2026-03-02T09:00:00Z', { round: 2, location: 'Geneva', date: '2026-02', status: 'held', participants: ['Kushner'] }),
  // another track
  talks('t14', '2026-02-10T09:00:00Z', { parties: ['russia', 'united-states'], sides: undefined, round: null, location: 'Riyadh', date: '2026-02-10', status: 'held' }),

  // --- strikes: one attack on Odesa updated over three days, another night, another city ---
  strike('s1', '2026-02-03T06:00:00Z', { locations: ['Odesa'], date: '2026-02-03', weapons: ['drone'], killed: 2, injured: 5 }),
  strike('s2', '2026-02-04T07:00:00Z', { locations: ['Odessa region'], places: ['Odesa region'], date: '2026-02-03', weapons: ['drone', 'missile'], killed: 4, injured: 9 }),
  strike('s3', '2026-02-05T08:00:00Z', { locations: ['Odesa', 'Izmail'], date: '2026-02-02', weapons: ['missile'], killed: 5, injured: null }),
  strike('s4', '2026-02-08T06:00:00Z', { locations: ['Odesa'], date: '2026-02-08', weapons: ['drone'], killed: 1, injured: 2 }),
  strike('s5', '2026-02-09T06:00:00Z', { locations: ['Odesa'], date: '2026-02-08', weapons: ['drone'], killed: null, injured: 3 }),
  strike('s6', '2026-02-09T12:00:00Z', { locations: ['Odesa region'], places: ['Odesa region'], date: '2026-02-09', weapons: ['drone'], killed: 1, injured: 3 }),
  strike('s7', '2026-02-03T09:00:00Z', { locations: ['Kharkiv'], date: '2026-02-03', targetType: 'residential', killed: 3, injured: 20 }),
  strike('s8', '2026-02-04T09:00:00Z', { locations: ['Kharkov'], places: ['Kharkiv'], date: '2026-02-03', targetType: 'residential', killed: 4, injured: 21 }),
  strike('s9', '2026-02-06T09:00:00Z', { locations: ['Odesa'], date: null, weapons: [], killed: null, injured: null }),

  // --- tolls: a running total (reporter written two ways), a repeat, and a daily series ---
  toll('k1', '2026-02-01T08:00:00Z', { value: 800_000, bound: 'approx', asOf: '2026-02-01', reportedBy: 'the General Staff' }),
  toll('k2', '2026-02-01T08:00:00Z', { value: 800_000, bound: 'exact', asOf: '2026-02', reportedBy: 'General Staff' }),
  toll('k3', '2026-02-02T08:00:00Z', { value: 800_950, bound: 'exact', asOf: '2026-02-02', reportedBy: 'General Staff' }),
  toll('k4', '2026-02-03T08:00:00Z', { value: 801_900, bound: 'at_least', asOf: null, reportedBy: 'General Staff' }),
  toll('k1', '2026-02-01T08:00:00Z', { value: 950, bound: 'exact', asOf: '2026-02-01', scope: 'period', period: 'day', reportedBy: 'General Staff' }, 300),
  toll('k3', '2026-02-02T08:00:00Z', { value: 950, bound: 'approx', asOf: '2026-02-02', scope: 'period', period: 'day', reportedBy: 'General Staff' }, 300),
  toll('k5', '2026-02-02T11:00:00Z', { value: 950, bound: 'exact', asOf: '2026-02-02', scope: 'period', period: 'day', reportedBy: 'The General Staff' }, 300),
];

/** A seeded generator (LCG) of floats in [0, 1). */
function rng(seed: number): () => number {
  let s = (seed * 2_654_435_761) >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
}

function shuffled<T>(xs: readonly T[], r: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

interface Delivery {
  partition: number;
  records: LogRecord[];
}

/** The claims in a seeded order, on 1-4 partitions, as interleaved batches of 1-5 records. */
function deliveries(seed: number): { partitions: number; batches: Delivery[] } {
  const r = rng(seed);
  const partitions = 1 + Math.floor(r() * 4);
  const queues: LogRecord[][] = Array.from({ length: partitions }, () => []);
  for (const d of shuffled(CLAIMS, r)) {
    const p = Math.floor(r() * partitions);
    const q = queues[p] as LogRecord[];
    const m = encodeClaim(d.claim, 'test', new Date(d.at));
    q.push({ topic: 'claims', partition: p, offset: String(q.length), key: m.key, value: m.value, headers: m.headers, timestamp: String(Date.parse(d.at)) });
  }
  const batches: Delivery[] = [];
  for (;;) {
    const open = queues.map((q, p) => [q, p] as const).filter(([q]) => q.length > 0);
    if (open.length === 0) break;
    const [q, p] = open[Math.floor(r() * open.length)] as (typeof open)[number];
    batches.push({ partition: p, records: q.splice(0, 1 + Math.floor(r() * 5)) });
  }
  return { partitions, batches };
}

const noBroker = { publish: async () => undefined } as unknown as EventLog;

let db: TestDatabase;
let nextVersion = 1;

beforeAll(async () => {
  db = await createTestDatabase('cworder');
});
afterAll(async () => {
  await db?.drop();
});

async function project(batches: Delivery[]): Promise<{ schema: string; sums: Record<string, string> }> {
  const version = nextVersion++;
  const { schemaName: schema } = await ensureVersion(db.sql, version);
  const handler = createProjectionHandler({ sql: db.sql, log: noBroker, logger: silentLogger(), version, schema, deadLetterTopics: {} });
  for (const b of batches) {
    await handler(b.records, { topic: 'claims', partition: b.partition, heartbeat: async () => undefined, isRunning: () => true });
  }
  return { schema, sums: await readModelChecksums(db.sql, schema) };
}

describe('order independence of the read models', () => {
  let reference: { schema: string; sums: Record<string, string> };

  beforeAll(async () => {
    // the reference: one partition, the claims in the order they were published, one by one
    const inOrder = [...CLAIMS].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.claim.claimId < b.claim.claimId ? -1 : 1));
    const records = inOrder.map((d, i) => {
      const m = encodeClaim(d.claim, 'test', new Date(d.at));
      return { topic: 'claims', partition: 0, offset: String(i), key: m.key, value: m.value, headers: m.headers, timestamp: String(Date.parse(d.at)) };
    });
    reference = await project(records.map((rec) => ({ partition: 0, records: [rec] })));
  });

  it('the fixture folds into each read model', async () => {
    const q = async <R>(sql: string) => (await db.sql.query<R & Record<string, unknown>>(sql.replaceAll('$S', reference.schema))).rows;
    expect(new Set(CLAIMS.map((d) => d.claim.claimId)).size).toBe(CLAIMS.length);
    expect((await q<{ n: number }>('SELECT count(*)::int AS n FROM $S.claims'))[0]?.n).toBe(CLAIMS.length);
    // rounds: Istanbul 1, 2 and 3, Abu Dhabi 1, Riyadh (another track), Geneva 2
    const rounds = await q<{ location: string; round: number | null; date: string; source_count: number; outcomes: unknown[] }>(
      'SELECT location, round, date, source_count, outcomes FROM $S.talks_rounds ORDER BY date_sort, location',
    );
    expect(rounds.map((r) => [r.location, r.round, r.date, r.source_count])).toEqual([
      ['Istanbul', 1, '2025-05-16', 2],
      ['Istanbul', 2, '2025-06-02', 3],
      ['Istanbul', 3, '2025-07-23', 1],
      ['Abu Dhabi', 1, '2026-01-23', 3],
      ['Riyadh', null, '2026-02-10', 1],
      ['Geneva', 2, '2026-02-17', 4],
    ]);
    expect(rounds[3]?.outcomes).toEqual([{ type: 'prisoner_exchange', total: 314, released: { russia: 157, ukraine: 157 } }]);
    expect(rounds[5]?.outcomes).toEqual([
      { type: 'prisoner_exchange', total: 314, released: { russia: 157, ukraine: 157 } },
      { type: 'prisoner_exchange', total: 1000, agreed: true },
    ]);
    // strikes: Odesa on the 2nd-3rd (three reports), Odesa on the 8th-9th, the undated Odesa report, Kharkiv
    const strikes = await q<{ date: string | null; source_count: number; killed: number | null; injured: number | null }>(
      'SELECT date, source_count, killed, injured FROM $S.strikes ORDER BY target_type, date_sort NULLS LAST, source_count',
    );
    expect(strikes.map((s) => [s.date, s.source_count, s.killed, s.injured])).toEqual([
      ['2026-02-02', 3, 5, 9],
      ['2026-02-08', 3, 1, 3],
      [null, 1, null, null],
      ['2026-02-03', 2, 4, 21],
    ]);
    const series = await q<{ scope: string; figure_count: number }>('SELECT scope, figure_count FROM $S.toll_series ORDER BY scope');
    expect(series.map((s) => [s.scope, s.figure_count])).toEqual([
      ['cumulative', 3],
      ['period', 2],
    ]);
  });

  const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
  it.each(SEEDS)('gives the same tables shuffled and re-partitioned (seed %i)', async (seed) => {
    const { partitions, batches } = deliveries(seed);
    const { sums } = await project(batches);
    expect(sums, `seed ${seed}: ${partitions} partition(s), ${batches.length} batches`).toEqual(reference.sums);
  });
});
