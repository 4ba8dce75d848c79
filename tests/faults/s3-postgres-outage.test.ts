import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  createTestTopics,
  waitFor,
  type ServiceProcess,
  type TestDatabase,
  type TestTopics,
} from '@claimwire/testing';
import { generateArticles, generateClaims } from './support/generate';
import {
  SCHEMA,
  checkpointTotal,
  claimIdsIn,
  countProjected,
  publishAll,
  readyz,
  report,
  sleep,
  spawnWorker,
  topicSize,
  waitProjected,
} from './support/harness';
import { startTcpProxy, viaPort, type TcpProxy } from './support/tcp-proxy';

/**
 * Scenario 3: Postgres "stops" for 20 seconds (a TCP proxy between the projector and the
 * shared server drops every connection and refuses new ones) while claims keep flowing.
 * The projector retries (never dead-letters), reports not-ready, reconnects on its own and
 * catches up: every claim once.
 */
const OUTAGE_MS = 20_000;

describe('scenario 3: Postgres down for 20 s while claims flow', () => {
  let topics: TestTopics;
  let db: TestDatabase;
  let proxy: TcpProxy;
  let projector: ServiceProcess & { healthPort: number };
  const gen = generateClaims(6_000, 33);

  beforeAll(async () => {
    topics = await createTestTopics();
    db = await createTestDatabase('cwf3');
    const u = new URL(db.url);
    proxy = await startTcpProxy({ host: u.hostname, port: Number(u.port || 5432) });
    await publishAll(topics.log, topics.topics.articles, generateArticles(2_000, 33));
  }, 60_000);

  afterAll(async () => {
    proxy?.restore();
    await projector?.stop();
    await proxy?.close();
    await topics?.close();
    await db?.drop();
  });

  it('retries through the outage, never dead-letters, and catches up with every claim once', async () => {
    const started = Date.now();
    projector = await spawnWorker(
      'projector',
      {
        KAFKA_BROKERS: process.env.KAFKA_BROKERS as string,
        DATABASE_URL: viaPort(db.url, proxy.port),
        TOPIC_PREFIX: topics.prefix,
        LOG_LEVEL: 'warn',
      },
      'faults/s3-projector',
    );
    await waitFor(async () => (await readyz(projector.healthPort)).status === 200, { timeoutMs: 60_000, what: 'projector ready' });

    // claims flow in steadily for the whole test: 6,000 in 60 chunks
    const chunks = 60;
    const per = gen.messages.length / chunks;
    let published = 0;
    const producer = (async () => {
      for (let i = 0; i < chunks; i++) {
        await topics.log.publish(topics.topics.claims, gen.messages.slice(i * per, (i + 1) * per));
        published += per;
        await sleep(500);
      }
    })();

    await waitFor(async () => (await checkpointTotal(db.sql, [topics.topics.claims])) > 0, { timeoutMs: 30_000, what: 'first claims projected' });
    const atCut = await checkpointTotal(db.sql, [topics.topics.claims]);
    proxy.cut();
    const cutAt = Date.now();
    const readiness = await waitFor(
      async () => {
        const r = await readyz(projector.healthPort);
        return r.status === 503 ? r : undefined;
      },
      { timeoutMs: 15_000, what: '/readyz to report Postgres failing' },
    );
    expect(readiness.body.checks?.postgres).toBe('failing');
    expect(readiness.body.checks?.kafka).toBe('ok');
    await sleep(OUTAGE_MS - (Date.now() - cutAt));
    const duringCut = await checkpointTotal(db.sql, [topics.topics.claims]); // the test's own pool is not proxied
    const publishedDuringCut = published;
    proxy.restore();
    const restoredAt = Date.now();
    await waitFor(async () => (await readyz(projector.healthPort)).status === 200, { timeoutMs: 60_000, what: 'projector ready again' });
    const readyAgainMs = Date.now() - restoredAt;

    await producer;
    await waitProjected(db.sql, topics.log, topics.topics, { timeoutMs: 90_000 });
    const caughtUpMs = Date.now() - restoredAt;

    const counts = await countProjected(db.sql, SCHEMA);
    const ids = await claimIdsIn(db.sql);
    const missing = [...gen.claimIds].filter((id) => !ids.has(id)).length;
    const dlq = (await topicSize(topics.log, topics.topics.claimsDlq)) + (await topicSize(topics.log, topics.topics.articlesDlq));
    report('s3-postgres-outage', {
      claimMessages: gen.messages.length,
      claimsExpected: gen.claimIds.size,
      claimsFound: counts.claims,
      missing,
      duplicates: counts.claims - counts.distinct,
      foldedSources: counts.folded,
      dlqEntries: dlq,
      outageMs: restoredAt - cutAt,
      checkpointAtCut: atCut,
      checkpointAtRestore: duringCut,
      publishedDuringOutage: publishedDuringCut,
      proxy: proxy.stats(),
      readyAgainMs,
      caughtUpMs,
      totalMs: Date.now() - started,
      projectorRestarts: 0,
    });
    expect(restoredAt - cutAt).toBeGreaterThanOrEqual(OUTAGE_MS);
    expect(proxy.stats().refused).toBeGreaterThan(0);
    expect(projector.proc.exitCode).toBeNull(); // the same process throughout: no human, no restart
    expect(dlq).toBe(0);
    expect(missing).toBe(0);
    expect(counts.claims).toBe(gen.claimIds.size);
    expect(counts.distinct).toBe(gen.claimIds.size);
    expect(counts.folded).toBe(gen.claimIds.size);
  }, 170_000);
});
