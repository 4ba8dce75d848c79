/**
 * Stage 2 (+6): pipeline replay. The extractor and projector run as separate processes
 * (services/<name>/src/main.ts under `node --import tsx`, like production) on topics and a
 * database of their own. N articles are published to the fresh articles topic; the clock
 * runs from the first publish until the projector's checkpoints cover every article and
 * every claim the extractor published. Baselines, same run, same bytes: kafkajs producing and
 * then consuming with no work, and Kafka's ProducerPerformance. Peak RSS of each service.
 */
import type { Admin } from 'kafkajs';
import pg from 'pg';
import { READ_MODEL_VERSION, schemaFor } from '@claimwire/readmodel';
import { articleEvents, encodeArticles } from '../lib/data';
import { benchTopics, createDatabase, type BenchEnv } from '../lib/env';
import { consumeAll, produceAll, producerPerformance } from '../lib/kafka';
import { freePort, serviceMode, spawnNode, waitUntil, type BenchProcess } from '../lib/proc';
import { ratioOf, type Figure, type StageResult } from '../lib/report';

const DEADLINE_S = Number(process.env.BENCH_PIPELINE_DEADLINE_S ?? 300);

async function ends(admin: Admin, topic: string): Promise<Map<number, number>> {
  return new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)]));
}

async function groupDone(admin: Admin, groupId: string, topic: string, highs: Map<number, number>): Promise<number> {
  const [t] = await admin.fetchOffsets({ groupId, topics: [topic] });
  let consumed = 0;
  for (const p of t?.partitions ?? []) consumed += Math.max(0, Number(p.offset));
  return consumed;
}

export async function pipelineStage(env: BenchEnv): Promise<StageResult> {
  const n = env.BENCH_ARTICLES;
  const messages = encodeArticles(articleEvents(n, 11));
  const bytes = messages.reduce((s, m) => s + m.value.length, 0);
  const topics = benchTopics(env.KAFKA_BROKERS, 'pipe');
  const db = await createDatabase(env.DATABASE_URL, 'pipeline');
  const procs: BenchProcess[] = [];
  const admin = topics.kafka.admin();
  const figures: Figure[] = [];
  const setup: Record<string, unknown> = {
    articles: n,
    avgArticleBytes: Math.round(bytes / n),
    extractors: env.BENCH_EXTRACTORS,
    mode: `extractor(s) and projector as separate processes (${serviceMode() === 'bundle' ? 'node dist/<name>.mjs, the production bundles' : 'node --import tsx services/<name>/src/main.ts'})`,
  };
  try {
    await admin.connect();
    // --- baselines (nothing else of ours running) ---
    await topics.create(['raw', 'perf']);
    const produceS = await produceAll(topics.kafka, `${topics.prefix}raw`, messages);
    const consumeS = await consumeAll(topics.kafka, `${topics.prefix}raw`, n, `${topics.prefix}raw-reader`);
    const rawRate = n / (produceS + consumeS);
    const perf = await producerPerformance(env.KAFKA_BROKERS, `${topics.prefix}perf`, n, Math.round(bytes / n));
    setup.baselines = { kafkajsProduceS: produceS, kafkajsConsumeS: consumeS, producerPerformance: perf.raw };

    // --- the pipeline ---
    const common = { KAFKA_BROKERS: env.KAFKA_BROKERS, DATABASE_URL: db.url, TOPIC_PREFIX: topics.prefix, HEALTH_HOST: '127.0.0.1', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info' };
    // the projector, and env.BENCH_EXTRACTORS extractors in one consumer group (the README's scaling)
    const services = ['projector', ...Array.from({ length: env.BENCH_EXTRACTORS }, (_, i) => (i === 0 ? 'extractor' : `extractor-${i + 1}`))];
    const ports = new Map<string, number>();
    for (const name of services) {
      const port = await freePort();
      ports.set(name, port);
      procs.push(
        spawnNode({
          name: `pipeline-${name}`,
          script: `services/${name.replace(/-\d+$/, '')}/src/main.ts`,
          env: { ...common, HEALTH_PORT: String(port) },
          cpuProfile: env.BENCH_CPU_PROF === '1',
        }),
      );
    }
    for (const [name, port] of ports) {
      await waitUntil(async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).ok, { timeoutMs: 60_000, what: `${name} ready` });
    }
    const articlesTopic = `${topics.prefix}articles`;
    const claimsTopic = `${topics.prefix}claims`;
    const t0 = performance.now();
    const publishS = await produceAll(topics.kafka, articlesTopic, messages, true);
    const articleHighs = await ends(admin, articlesTopic);
    const pgc = new pg.Client({ connectionString: db.url });
    await pgc.connect();
    let extractedAt: number | null = null;
    let doneAt: number | null = null;
    let claimsPublished = 0;
    let claimsProjected = 0;
    let articlesExtracted = 0;
    const deadline = t0 + DEADLINE_S * 1000;
    while (performance.now() < deadline) {
      articlesExtracted = await groupDone(admin, `${topics.prefix}extractor`, articlesTopic, articleHighs);
      if (extractedAt === null && articlesExtracted >= n) extractedAt = performance.now();
      const claimHighs = await ends(admin, claimsTopic);
      claimsPublished = [...claimHighs.values()].reduce((a, b) => a + b, 0);
      const cps = new Map(
        (await pgc.query<{ topic: string; partition: number; next_offset: string }>('SELECT topic, partition, next_offset FROM projection_checkpoints')).rows.map((r) => [
          `${r.topic}/${r.partition}`,
          Number(r.next_offset),
        ]),
      );
      claimsProjected = [...claimHighs.keys()].reduce((s, p) => s + (cps.get(`${claimsTopic}/${p}`) ?? 0), 0);
      const covered = (topic: string, highs: Map<number, number>) => [...highs].every(([p, h]) => (cps.get(`${topic}/${p}`) ?? 0) >= h);
      if (extractedAt !== null && covered(articlesTopic, articleHighs) && covered(claimsTopic, claimHighs)) {
        doneAt = performance.now();
        break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const claimRows = Number((await pgc.query<{ n: string }>(`SELECT count(*) AS n FROM ${schemaFor(READ_MODEL_VERSION)}.claims`)).rows[0]?.n ?? 0);
    await pgc.end();
    const elapsed = ((doneAt ?? performance.now()) - t0) / 1000;
    const complete = doneAt !== null;
    const claimsPerArticle = articlesExtracted > 0 ? claimsPublished / articlesExtracted : 0;
    // when the deadline cut the run short: the slower of the two stages bounds the end-to-end rate
    const articleRate = complete
      ? n / elapsed
      : Math.min(articlesExtracted / elapsed, claimsPerArticle > 0 ? claimsProjected / claimsPerArticle / elapsed : 0);
    // claim rows, not claims-topic messages (the topic also carries one extraction manifest an article)
    const claimRate = claimRows / elapsed;
    Object.assign(setup, {
      complete,
      deadlineS: DEADLINE_S,
      elapsedS: elapsed,
      publishS,
      extractorDoneS: extractedAt === null ? null : (extractedAt - t0) / 1000,
      articlesExtracted,
      claimsPublished,
      claimsProjected,
      claimRowsInReadModel: claimRows,
      claimsPerArticle,
    });
    const note = complete ? undefined : `deadline ${DEADLINE_S} s hit: rate so far`;
    figures.push(
      {
        stage: 'pipeline',
        metric: `end to end (${env.BENCH_EXTRACTORS} extractor process${env.BENCH_EXTRACTORS > 1 ? 'es' : ''}, 1 projector)`,
        value: articleRate,
        unit: 'articles/s',
        baseline: { name: 'kafkajs produce+consume, no work', value: rawRate },
        ratio: ratioOf(articleRate, rawRate),
        target: '≥ 1,000/s',
        met: articleRate >= 1000,
        ...(note ? { note } : {}),
      },
      { stage: 'pipeline', metric: 'end to end', value: claimRate, unit: 'claims/s', ...(note ? { note } : {}) },
      {
        stage: 'pipeline',
        metric: 'extractor alone (articles consumed)',
        value: articlesExtracted / ((extractedAt ?? performance.now()) - t0) * 1000,
        unit: 'articles/s',
      },
      {
        stage: 'pipeline',
        metric: 'kafkajs publish of the articles (idempotent, acks=all)',
        value: n / publishS,
        unit: 'articles/s',
        baseline: { name: 'ProducerPerformance', value: perf.recordsPerSecond },
        ratio: ratioOf(n / publishS, perf.recordsPerSecond),
      },
      {
        stage: 'pipeline',
        metric: 'raw kafkajs produce / consume',
        value: n / produceS,
        unit: `/ ${Math.round(n / consumeS).toLocaleString('en-US')} records/s`,
        baseline: { name: 'ProducerPerformance', value: perf.recordsPerSecond },
        ratio: ratioOf(n / produceS, perf.recordsPerSecond),
      },
    );
    for (const p of procs) {
      const cpu = p.cpuSeconds();
      figures.push({
        stage: 'memory',
        metric: `peak RSS ${p.name.replace('pipeline-', '')} (stage 2)`,
        value: p.peakRssMb() ?? Number.NaN,
        unit: 'MB',
        ...(cpu !== null ? { note: `${cpu.toFixed(1)} CPU s` } : {}),
      });
    }
    return { stage: 'pipeline', seconds: elapsed, setup, figures };
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
    await admin.disconnect().catch(() => undefined);
    await topics.drop().catch(() => undefined);
    await db.drop().catch(() => undefined);
  }
}
