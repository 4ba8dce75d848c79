import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestTopics, freePort, waitFor, type TestDatabase, type TestTopics } from '@claimwire/testing';
import { generateArticles, generateClaims } from './support/generate';
import { SCHEMA, checkpointTotal, countProjected, publishAll, report, spawnWorker, waitProjected } from './support/harness';

/** Lifecycle under faults: SIGTERM mid-replay stops cleanly and in order; secrets stay out of logs. */
describe('lifecycle', () => {
  let topics: TestTopics;
  let db: TestDatabase;
  const gen = generateClaims(8_000, 77);

  beforeAll(async () => {
    topics = await createTestTopics();
    db = await createTestDatabase('cwflc');
    await publishAll(topics.log, topics.topics.articles, generateArticles(2_700, 77));
    await publishAll(topics.log, topics.topics.claims, gen.messages);
  }, 60_000);

  afterAll(async () => {
    await topics?.close();
    await db?.drop();
  });

  it('stops on SIGTERM in the middle of a replay: in-flight batch finished, parts closed in order, exit 0', async () => {
    const env = { KAFKA_BROKERS: process.env.KAFKA_BROKERS as string, DATABASE_URL: db.url, TOPIC_PREFIX: topics.prefix, LOG_LEVEL: 'info', SHUTDOWN_TIMEOUT_MS: '10000' };
    const p = await spawnWorker('projector', env, `faults/lifecycle-projector-${Date.now()}`);
    const watched = [topics.topics.articles, topics.topics.claims];
    await waitFor(async () => (await checkpointTotal(db.sql, watched)) > 500, { timeoutMs: 60_000, intervalMs: 50, what: 'replay under way' });
    const t = Date.now();
    const code = await p.stop('SIGTERM', 20_000);
    const stopMs = Date.now() - t;
    const lines = readFileSync(p.logFile, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { msg: string; time: string; component?: string; clean?: boolean })
      // by when they were logged: the file order can differ when the process exits right after
      .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    const stopped = lines.filter((l) => l.msg === 'stopped' && l.component);
    const order = stopped.map((l) => l.component);
    // every part stopped, each no earlier than the one before it (lines of the same
    // millisecond can reach the file in either order as the process exits)
    const expected = ['consumer', 'health server', 'event log', 'postgres pool'];
    const at = (name: string) => stopped.find((l) => l.component === name)?.time ?? '';
    for (let i = 1; i < expected.length; i++) expect(at(expected[i] as string) >= at(expected[i - 1] as string)).toBe(true);
    const atStop = await checkpointTotal(db.sql, watched);
    expect(code).toBe(0);
    expect(stopMs).toBeLessThan(12_000);
    expect([...order].sort()).toEqual([...expected].sort());
    expect(lines.find((l) => l.msg === 'projector stopped')?.clean).toBe(true);
    // not finished yet, and a restart picks up exactly where the checkpoints say
    const total = gen.messages.length + 2_700;
    expect(atStop).toBeLessThan(total);
    const again = await spawnWorker('projector', { ...env, LOG_LEVEL: 'warn' }, 'faults/lifecycle-projector-2');
    await waitProjected(db.sql, topics.log, topics.topics, { timeoutMs: 90_000 });
    await again.stop();
    const counts = await countProjected(db.sql, SCHEMA);
    report('lifecycle-sigterm', { stopMs, order, checkpointAtStop: atStop, of: total, claimsExpected: gen.claimIds.size, claimsFound: counts.claims, foldedSources: counts.folded });
    expect(counts.claims).toBe(gen.claimIds.size);
    expect(counts.folded).toBe(gen.claimIds.size);
  }, 150_000);

  it('never writes the DATABASE_URL password to its log', async () => {
    const secret = 'pw-Zx9-never-logged';
    const p = await spawnWorker(
      'projector',
      {
        KAFKA_BROKERS: process.env.KAFKA_BROKERS as string,
        DATABASE_URL: `postgres://claimwire:${secret}@127.0.0.1:${await freePort()}/nowhere`,
        TOPIC_PREFIX: topics.prefix,
        LOG_LEVEL: 'trace',
      },
      `faults/lifecycle-secret-${Date.now()}`,
    );
    expect(await p.exited).toBe(1); // cannot reach the database: a clear fatal, exit 1
    const text = readFileSync(p.logFile, 'utf8');
    expect(text).toMatch(/failed to start/);
    expect(text).not.toContain(secret);
  }, 60_000);
});
