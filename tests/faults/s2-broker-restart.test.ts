import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topicNames } from '@claimwire/config';
import { KafkaEventLog } from '@claimwire/eventlog';
import { silentLogger } from '@claimwire/logging';
import { ensureClaimwireTopics } from '@claimwire/runtime';
import { createTestDatabase, rss, startFeedServer, waitFor, type FeedServer, type ServiceProcess, type TestDatabase } from '@claimwire/testing';
import { readyz, report, sleep, spawnWorker, topicSize } from './support/harness';
import { secondBroker, type Broker } from './support/second-broker';

/**
 * Scenario 2: the Kafka broker restarts in the middle of ingesting a feed that grows to
 * 1,000 items. A broker of this spec's own (another port and data dir) so no other spec is
 * disturbed. Every item arrives as exactly one article record.
 */
const ITEMS = 1_000;

describe('scenario 2: broker restart while ingesting 1,000 items', () => {
  let broker: Broker;
  let log: KafkaEventLog;
  let db: TestDatabase;
  let feeds: FeedServer;
  let ingest: (ServiceProcess & { healthPort: number }) | undefined;
  const topics = topicNames('');
  const items = Array.from({ length: ITEMS }, (_, n) => ({
    guid: `urn:fault:s2:${n}`,
    title: `Item ${n}`,
    link: `https://wire.test/s2/${n}`,
    pubDate: new Date(Date.parse('2026-02-01T00:00:00Z') + n * 60_000).toUTCString(),
    description: `Report ${n} from the desk.`,
  }));
  let shown = 0;
  const show = (n: number) => {
    shown = Math.min(ITEMS, n);
    feeds.set('/grow.xml', rss({ title: 'Growing desk', link: 'https://wire.test' }, items.slice(0, shown).reverse()));
  };

  beforeAll(async () => {
    broker = await secondBroker();
    await broker.start();
    log = new KafkaEventLog({ brokers: [broker.brokers], clientId: 'faults-s2', logger: silentLogger() });
    await ensureClaimwireTopics(log, '');
    db = await createTestDatabase('cwf2');
    feeds = await startFeedServer();
    show(100);
  }, 150_000);

  afterAll(async () => {
    await ingest?.stop();
    await feeds?.close();
    await log?.close();
    await db?.drop();
    await broker?.destroy();
  }, 60_000);

  it('publishes every item exactly once across the restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-faults-s2-'));
    const feedsFile = join(dir, 'feeds.yaml');
    writeFileSync(feedsFile, `allowPrivate: ["127.0.0.1"]\nfeeds:\n  - id: grow-desk\n    url: ${feeds.url('/grow.xml')}\n    interval: 1s\n`);
    const started = Date.now();
    ingest = await spawnWorker(
      'ingest',
      { KAFKA_BROKERS: broker.brokers, DATABASE_URL: db.url, FEEDS_FILE: feedsFile, INGEST_MIN_INTERVAL_MS: '500', LOG_LEVEL: 'warn' },
      'faults/s2-ingest',
    );
    // the feed grows by 50 items every 500 ms while ingest polls it
    let growing = true;
    const grower = (async () => {
      while (growing && shown < ITEMS) {
        await sleep(500);
        show(shown + 50);
      }
    })();
    await waitFor(async () => (await topicSize(log, topics.articles)) >= 300, { timeoutMs: 60_000, what: '300 articles before the restart' });
    const beforeStop = await topicSize(log, topics.articles);
    const stopMs = await broker.stop();
    const notReady = await waitFor(async () => {
      const r = await readyz(ingest!.healthPort);
      return r.status === 503 ? r : undefined;
    }, { timeoutMs: 30_000, what: 'ingest /readyz to report Kafka failing' });
    const shownAtStop = shown;
    const startMs = await broker.start();
    const outageMs = stopMs + startMs;
    await grower;
    growing = false;
    await waitFor(async () => (await topicSize(log, topics.articles)) >= ITEMS, { timeoutMs: 90_000, intervalMs: 250, what: `${ITEMS} articles` });
    await waitFor(async () => (await readyz(ingest!.healthPort)).status === 200, { timeoutMs: 30_000, what: 'ingest ready again' });
    // let ingest poll a few more times: nothing more may appear
    await sleep(3_000);

    const records = await log.readAll(topics.articles);
    const perId = new Map<string, number>();
    for (const r of records) perId.set(r.key ?? '', (perId.get(r.key ?? '') ?? 0) + 1);
    const dupes = [...perId.values()].filter((n) => n > 1).length;
    report('s2-broker-restart', {
      items: ITEMS,
      articlesBeforeStop: beforeStop,
      itemsInFeedAtStop: shownAtStop,
      brokerStopMs: stopMs,
      brokerStartMs: startMs,
      outageMs,
      readyzDuringOutage: notReady.body.checks,
      articleRecords: records.length,
      distinctArticles: perId.size,
      articlesWithDuplicates: dupes,
      ingestRestarts: 0,
      totalMs: Date.now() - started,
    });
    expect(notReady.body.checks?.kafka).toBe('failing');
    expect(ingest.proc.exitCode).toBeNull();
    expect(perId.size).toBe(ITEMS);
    expect(dupes).toBe(0);
    expect(records.length).toBe(ITEMS);
  }, 240_000);
});
