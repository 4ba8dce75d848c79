import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, extractClaims, extractorGroupId, loadGazetteer, toArticleInput, toClaims } from '@claimwire/extractor';
import {
  REPO_ROOT,
  createTestDatabase,
  createTestTopics,
  waitFor,
  type ServiceProcess,
  type TestDatabase,
  type TestTopics,
} from '@claimwire/testing';
import { generateNewsArticles } from './support/articles';
import { SCHEMA, claimIdsIn, countProjected, report, sleep, spawnWorker, topicSize, waitProjected } from './support/harness';

/**
 * Scenario 4: two extractors and two projectors share their groups; while articles flow,
 * one of each is SIGKILLed. The survivors take over the partitions; every claim the
 * articles hold is projected exactly once (re-published claims are deduplicated).
 */
const ARTICLES = 1_200;

describe('scenario 4: two extractors and two projectors, one of each killed', () => {
  let topics: TestTopics;
  let db: TestDatabase;
  const procs: ServiceProcess[] = [];
  const news = generateNewsArticles(ARTICLES, 44);
  const gazetteer = loadGazetteer(resolve(REPO_ROOT, 'config/gazetteer.yaml'));
  const expected = new Set(news.events.flatMap((a) => toClaims(a, extractClaims(toArticleInput(a), gazetteer), EXTRACTOR_VERSION).map((c) => c.claimId)));

  beforeAll(async () => {
    topics = await createTestTopics();
    db = await createTestDatabase('cwf4');
  }, 60_000);

  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop('SIGKILL')));
    await topics?.close();
    await db?.drop();
  });

  it('projects every claim exactly once after losing one instance of each', async () => {
    expect(expected.size).toBeGreaterThan(ARTICLES); // the articles really carry claims
    const started = Date.now();
    const env = {
      KAFKA_BROKERS: process.env.KAFKA_BROKERS as string,
      DATABASE_URL: db.url,
      TOPIC_PREFIX: topics.prefix,
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      LOG_LEVEL: 'warn',
    };
    const [e1, e2, p1, p2] = [
      await spawnWorker('extractor', env, 'faults/s4-extractor-1'),
      await spawnWorker('extractor', env, 'faults/s4-extractor-2'),
      await spawnWorker('projector', env, 'faults/s4-projector-1'),
      await spawnWorker('projector', env, 'faults/s4-projector-2'),
    ];
    procs.push(e1, e2, p1, p2);

    // articles flow in 40 chunks; one extractor and one projector die a third of the way in
    const chunk = ARTICLES / 40;
    let killedAfter = -1;
    for (let i = 0; i < 40; i++) {
      await topics.log.publish(topics.topics.articles, news.messages.slice(i * chunk, (i + 1) * chunk));
      if (i === 13) {
        await waitFor(async () => (await topicSize(topics.log, topics.topics.claims)) > 0, { timeoutMs: 60_000, what: 'first claims' });
        expect(await e1.stop('SIGKILL')).toBe('SIGKILL');
        expect(await p1.stop('SIGKILL')).toBe('SIGKILL');
        killedAfter = (i + 1) * chunk;
      }
      await sleep(250);
    }
    const group = extractorGroupId(topics.prefix);
    await waitFor(
      async () => {
        const offs = await topics.log.groupOffsets(group, topics.topics.articles);
        return [...offs.values()].reduce((n, o) => n + Number(o), 0) >= ARTICLES;
      },
      { timeoutMs: 120_000, intervalMs: 250, what: 'the surviving extractor to finish the articles' },
    );
    await waitProjected(db.sql, topics.log, topics.topics, { timeoutMs: 90_000 });

    const counts = await countProjected(db.sql, SCHEMA);
    const ids = await claimIdsIn(db.sql);
    const missing = [...expected].filter((id) => !ids.has(id)).length;
    const extra = [...ids].filter((id) => !expected.has(id)).length;
    // the claims topic also carries one article.extracted marker per article: count claims only
    const claimRecs = (await topics.log.readAll(topics.topics.claims)).filter((r) => r.headers.ce_type?.startsWith('claimwire.claim.'));
    const claimRecords = claimRecs.length;
    const copies = new Map<string, number>();
    for (const r of claimRecs) copies.set(r.headers.ce_id ?? '', (copies.get(r.headers.ce_id ?? '') ?? 0) + 1);
    const dlq = (await topicSize(topics.log, topics.topics.claimsDlq)) + (await topicSize(topics.log, topics.topics.articlesDlq));
    report('s4-competing-consumers', {
      articles: ARTICLES,
      killedAfterArticles: killedAfter,
      claimsExpected: expected.size,
      claimRecordsInTopic: claimRecords,
      republishedClaims: claimRecords - expected.size,
      distinctIdsInTopic: copies.size,
      maxCopiesOfOneClaim: Math.max(...copies.values()),
      claimsFound: counts.claims,
      missing,
      extra,
      duplicatesInReadModel: counts.claims - counts.distinct,
      foldedSources: counts.folded,
      dlqEntries: dlq,
      totalMs: Date.now() - started,
    });
    expect(e2.proc.exitCode).toBeNull();
    expect(p2.proc.exitCode).toBeNull();
    expect(missing).toBe(0);
    expect(extra).toBe(0);
    expect(counts.claims).toBe(expected.size);
    expect(counts.folded).toBe(expected.size);
    expect(copies.size).toBe(expected.size);
    expect(dlq).toBe(0);
  }, 240_000);
});
