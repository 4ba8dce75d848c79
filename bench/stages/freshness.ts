/**
 * Stage 5: freshness. The four services run as separate processes on topics and a database of
 * their own, ingest polling a local feed every second. Items appear in the feed a few at a
 * time; for each, the clock runs from the moment the feed server finished sending the first
 * response that held it (the ingest fetch that first saw it: the polling wait is excluded) to
 * the first REST response (GET /v1/articles/:id) listing a claim of it. Baseline, same run:
 * one Kafka hop with kafkajs (produce one record, a consumer sees it), p50/p99.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleId } from '@claimwire/events';
import { benchTopics, createDatabase, type BenchEnv } from '../lib/env';
import { startTimedFeed, type FeedItem } from '../lib/feed';
import { freePort, spawnNode, waitUntil, type BenchProcess } from '../lib/proc';
import { percentile, type StageResult } from '../lib/report';

const FEED_ID = 'bench-fresh';
const CITIES = ['Kharkiv', 'Odesa', 'Dnipro', 'Zaporizhzhia', 'Sumy', 'Kherson', 'Mykolaiv', 'Poltava'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function item(i: number, run: string): FeedItem {
  const city = CITIES[i % CITIES.length] as string;
  const text = `A Russian drone struck an apartment block in ${city} on ${DAYS[i % DAYS.length]}, killing ${2 + (i % 9)} people and injuring ${10 + (i % 30)}, the regional governor said. Repair crews worked through the night.`;
  return { guid: `${run}-${i}`, title: `Drone strike on ${city} (${i})`, link: `https://wire.bench/${run}/${i}`, pubDate: new Date().toUTCString(), description: text };
}

/** One kafkajs hop: send a record, a consumer already waiting sees it. */
async function kafkaHop(env: BenchEnv, count: number): Promise<number[]> {
  const topics = benchTopics(env.KAFKA_BROKERS, 'hop');
  try {
    await topics.create(['hop'], 1);
    const topic = `${topics.prefix}hop`;
    const producer = topics.kafka.producer({ allowAutoTopicCreation: false });
    const consumer = topics.kafka.consumer({ groupId: `${topics.prefix}hop`, maxWaitTimeInMs: 500 });
    await Promise.all([producer.connect(), consumer.connect()]);
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    const lat: number[] = [];
    let ready = false;
    await consumer.run({
      eachMessage: async ({ message }) => {
        const sent = Number(message.value?.toString() ?? 0);
        if (sent > 0) lat.push(Date.now() - sent);
        else ready = true;
      },
    });
    await producer.send({ topic, messages: [{ value: '0' }] });
    await waitUntil(async () => ready, { timeoutMs: 30_000, what: 'the hop consumer' });
    for (let i = 0; i < count; i++) {
      await producer.send({ topic, acks: -1, messages: [{ value: String(Date.now()) }] });
      await new Promise((r) => setTimeout(r, 20));
    }
    await waitUntil(async () => lat.length >= count, { timeoutMs: 30_000, what: 'hop records' });
    await Promise.all([producer.disconnect(), consumer.disconnect()]);
    return lat.sort((a, b) => a - b);
  } finally {
    await topics.drop().catch(() => undefined);
  }
}

export async function freshnessStage(env: BenchEnv): Promise<StageResult> {
  const n = env.BENCH_FRESHNESS_ITEMS;
  const hop = await kafkaHop(env, n);
  const feed = await startTimedFeed();
  const topics = benchTopics(env.KAFKA_BROKERS, 'fresh');
  const db = await createDatabase(env.DATABASE_URL, 'freshness');
  const procs: BenchProcess[] = [];
  try {
    const dir = mkdtempSync(join(tmpdir(), 'cw-bench-'));
    const feedsFile = join(dir, 'feeds.yaml');
    writeFileSync(feedsFile, `allowPrivate: ["127.0.0.1"]\nfeeds:\n  - id: ${FEED_ID}\n    url: ${feed.url}\n    interval: 1s\n`);
    const port = await freePort();
    const api = `http://127.0.0.1:${port}`;
    const common = {
      KAFKA_BROKERS: env.KAFKA_BROKERS,
      DATABASE_URL: db.url,
      TOPIC_PREFIX: topics.prefix,
      HEALTH_HOST: '127.0.0.1',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    };
    for (const name of ['projector', 'extractor', 'gateway', 'ingest'] as const) {
      const extra: Record<string, string> =
        name === 'gateway'
          ? { PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0' }
          : { HEALTH_PORT: String(await freePort()), ...(name === 'ingest' ? { FEEDS_FILE: feedsFile, INGEST_MIN_INTERVAL_MS: '100' } : {}) };
      procs.push(spawnNode({ name: `fresh-${name}`, script: `services/${name}/src/main.ts`, env: { ...common, ...extra } }));
    }
    await waitUntil(async () => (await fetch(`${api}/readyz`)).ok, { timeoutMs: 60_000, what: 'gateway ready' });
    // one warm-up item through the whole path (consumer groups joined, JIT warm), not counted
    const run = `r${Date.now().toString(36)}`;
    const warm = item(9999, run);
    feed.add([warm]);
    const idOf = (guid: string) => articleId(FEED_ID, `guid:${guid}`);
    const hasClaims = async (guid: string) => {
      const res = await fetch(`${api}/v1/articles/${idOf(guid)}`);
      if (res.status !== 200) return false;
      const body = (await res.json()) as { claims?: unknown[] };
      return (body.claims?.length ?? 0) > 0;
    };
    await waitUntil(() => hasClaims(warm.guid), { timeoutMs: 120_000, what: 'the warm-up item in the API', everyMs: 100 });

    // release items a few at a time, while polling the API for the pending ones
    const seenAt = new Map<string, number>();
    const pending: string[] = [];
    let released = 0;
    const releaser = (async () => {
      while (released < n) {
        const wave = Array.from({ length: Math.min(5, n - released) }, (_, k) => item(released + k, run));
        released += wave.length;
        feed.add(wave);
        pending.push(...wave.map((w) => w.guid));
        await new Promise((r) => setTimeout(r, 300));
      }
    })();
    const deadline = Date.now() + 180_000;
    const poll = async () => {
      while ((released < n || pending.length) && Date.now() < deadline) {
        const guid = pending.shift();
        if (!guid) {
          await new Promise((r) => setTimeout(r, 10));
          continue;
        }
        if (!feed.firstServed.has(guid)) {
          pending.push(guid);
          await new Promise((r) => setTimeout(r, 5));
          continue;
        }
        if (await hasClaims(guid).catch(() => false)) seenAt.set(guid, Date.now());
        else pending.push(guid);
      }
    };
    await Promise.all([releaser, poll(), poll(), poll(), poll()]);
    const lat = [...seenAt].map(([guid, at]) => at - (feed.firstServed.get(guid) as number)).sort((a, b) => a - b);
    if (lat.length < n) throw new Error(`only ${lat.length} of ${n} items reached the API within the deadline`);
    const p50 = percentile(lat, 50);
    const p99 = percentile(lat, 99);
    const hop99 = percentile(hop, 99);
    return {
      stage: 'freshness',
      seconds: 0,
      setup: { items: n, pollers: 4, feedInterval: '1s (excluded: clock starts at the fetch that first saw the item)', kafkaHopMs: { p50: percentile(hop, 50), p99: hop99 } },
      figures: [
        { stage: 'freshness', metric: 'feed fetch → claim in REST, p50', value: p50, unit: 'ms', baseline: { name: 'one kafkajs hop p50', value: percentile(hop, 50) } },
        {
          stage: 'freshness',
          metric: 'feed fetch → claim in REST, p99',
          value: p99,
          unit: 'ms',
          baseline: { name: 'one kafkajs hop p99', value: hop99 },
          ratio: hop99 > 0 ? p99 / hop99 : Number.NaN,
          target: 'p99 < 2,000 ms',
          met: p99 < 2000,
          note: 'ratio: times the hop',
        },
      ],
    };
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
    await feed.close();
    await topics.drop().catch(() => undefined);
    await db.drop().catch(() => undefined);
  }
}
