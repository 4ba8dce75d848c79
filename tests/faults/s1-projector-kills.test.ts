import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_MODEL_VERSION, schemaFor } from '@claimwire/readmodel';
import {
  createTestDatabase,
  createTestTopics,
  readModelChecksums,
  waitFor,
  type ServiceProcess,
  type TestDatabase,
  type TestTopics,
} from '@claimwire/testing';
import { generateArticles, generateClaims, prng } from './support/generate';
import {
  SCHEMA,
  checkpointTotal,
  topicSize,
  claimIdsIn,
  countProjected,
  publishAll,
  report,
  sleep,
  spawnWorker,
  waitProjected,
} from './support/harness';

/**
 * Scenario 1: a replay of 20,000 claims while the projector is SIGKILLed at random points
 * (at least 5 times) and restarted. The read models must equal a clean rebuild of the same
 * topics into a fresh database, table by table.
 */
const CLAIMS = Number(process.env.FAULT_S1_CLAIMS ?? 20_000);
/** The faulty projector fills the code's version; the clean rebuild the next one (its own group). */
const CLEAN_VERSION = READ_MODEL_VERSION + 1;
const KILLS = 5;

describe('scenario 1: projector killed with SIGKILL during a 20,000-claim replay', () => {
  let topics: TestTopics;
  let faulty: TestDatabase;
  let clean: TestDatabase;
  const procs: ServiceProcess[] = [];
  const gen = generateClaims(CLAIMS, 11);
  const waveSize = Math.ceil(gen.messages.length / (KILLS + 1));
  const waves = Array.from({ length: KILLS + 1 }, (_, i) => gen.messages.slice(i * waveSize, (i + 1) * waveSize));

  beforeAll(async () => {
    topics = await createTestTopics();
    faulty = await createTestDatabase('cwf1a');
    clean = await createTestDatabase('cwf1b');
    await publishAll(topics.log, topics.topics.articles, generateArticles(Math.ceil(CLAIMS / 3), 11));
    // the claims arrive in waves, one before the start and one before each kill, so every
    // kill lands while the projector has work in hand (a fast projector would otherwise
    // finish a single burst before the later kills)
    await publishAll(topics.log, topics.topics.claims, waves[0] ?? []);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop('SIGKILL')));
    await topics?.close();
    await faulty?.drop();
    await clean?.drop();
  });

  it('ends with read models equal to a clean rebuild, every claim once', async () => {
    const started = Date.now();
    const env = (db: TestDatabase, version = READ_MODEL_VERSION) => ({
      KAFKA_BROKERS: process.env.KAFKA_BROKERS as string,
      DATABASE_URL: db.url,
      TOPIC_PREFIX: topics.prefix,
      PROJECTION_VERSION: String(version),
      // a killed member holds its partitions until its session times out: keep that short
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      LOG_LEVEL: 'warn',
    });
    // the clean rebuild: a fresh database and another projection version (so its own
    // consumer group), one projector never disturbed, running alongside the faulty one
    const rebuildStarted = Date.now();
    const rebuild = await spawnWorker('projector', env(clean, CLEAN_VERSION), 'faults/s1-projector-clean');
    procs.push(rebuild);
    const rebuilt = waitProjected(clean.sql, topics.log, topics.topics, { timeoutMs: 200_000, version: CLEAN_VERSION }).then(
      () => Date.now() - rebuildStarted,
    );
    const watched = [topics.topics.articles, topics.topics.claims];
    const rnd = prng(7);
    let kills = 0;
    const killedAt: number[] = [];
    const behindAtKills: number[] = [];
    let proc = await spawnWorker('projector', env(faulty), 'faults/s1-projector-0');
    procs.push(proc);
    while (kills < KILLS) {
      // let it make some progress first, then kill it at a random moment of its batches
      // (or, on a fast machine, until it has caught up: the kill then lands on an idle projector)
      await publishAll(topics.log, topics.topics.claims, waves[kills + 1] ?? []);
      const before = await checkpointTotal(faulty.sql, watched);
      const end = (await topicSize(topics.log, topics.topics.articles)) + (await topicSize(topics.log, topics.topics.claims));
      await waitFor(
        async () => {
          const now = await checkpointTotal(faulty.sql, watched);
          return now > before || now >= end;
        },
        { timeoutMs: 120_000, intervalMs: 50, what: 'projector progress before the next kill' },
      );
      await sleep(Math.floor(rnd() * 400));
      killedAt.push(await checkpointTotal(faulty.sql, watched));
      const endAtKill = (await topicSize(topics.log, topics.topics.articles)) + (await topicSize(topics.log, topics.topics.claims));
      behindAtKills.push(endAtKill - (killedAt.at(-1) ?? 0));
      expect(await proc.stop('SIGKILL')).toBe('SIGKILL');
      kills++;
      proc = await spawnWorker('projector', env(faulty), `faults/s1-projector-${kills}`);
      procs.push(proc);
    }
    const faultyMs = Date.now() - started;
    await waitProjected(faulty.sql, topics.log, topics.topics, { timeoutMs: 150_000 });
    const faultyDoneMs = Date.now() - started;

    await rebuilt; // caught up once; and again, now that every wave is in
    await waitProjected(clean.sql, topics.log, topics.topics, { timeoutMs: 150_000, version: CLEAN_VERSION });
    const rebuildMs = Date.now() - rebuildStarted;

    const [a, b] = [await readModelChecksums(faulty.sql, SCHEMA), await readModelChecksums(clean.sql, schemaFor(CLEAN_VERSION))];
    const counts = await countProjected(faulty.sql);
    const ids = await claimIdsIn(faulty.sql);
    const missing = [...gen.claimIds].filter((id) => !ids.has(id)).length;
    const extra = [...ids].filter((id) => !gen.claimIds.has(id)).length;
    report('s1-projector-sigkill', {
      claimMessages: gen.messages.length,
      waves: waves.length,
      claimsExpected: gen.claimIds.size,
      duplicateMessages: gen.duplicates,
      byKind: gen.byKind,
      kills,
      checkpointAtKills: killedAt,
      recordsStillToApplyAtKills: behindAtKills,
      claimsFound: counts.claims,
      missing,
      extra,
      foldedSources: counts.folded,
      tables: Object.keys(a).length,
      equalToRebuild: JSON.stringify(a) === JSON.stringify(b),
      killPhaseMs: faultyMs,
      faultyTotalMs: faultyDoneMs,
      rebuildMs,
    });
    expect(kills).toBeGreaterThanOrEqual(5);
    expect(Object.keys(a).length).toBeGreaterThanOrEqual(6);
    expect(a).toEqual(b);
    expect(counts.claims).toBe(gen.claimIds.size);
    expect(counts.distinct).toBe(gen.claimIds.size);
    expect(missing).toBe(0);
    expect(extra).toBe(0);
    expect(counts.folded).toBe(gen.claimIds.size);
  }, 300_000);
});
