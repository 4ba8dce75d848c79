/** Raw Kafka baselines: kafkajs producing and consuming with no work, and Kafka's own ProducerPerformance. */
import { resolve } from 'node:path';
import type { Kafka } from 'kafkajs';
import type { WireMessage } from '@claimwire/events';
import { REPO_ROOT } from './env';
import { runToEnd } from './proc';

export const SEND_BATCH = 500;

/** Publish in sends of SEND_BATCH, acks=all; returns seconds. */
export async function produceAll(kafka: Kafka, topic: string, messages: WireMessage[], idempotent = false): Promise<number> {
  const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent, maxInFlightRequests: idempotent ? 1 : 5 });
  await producer.connect();
  try {
    const t0 = performance.now();
    for (let i = 0; i < messages.length; i += SEND_BATCH) {
      await producer.send({
        topic,
        acks: -1,
        messages: messages.slice(i, i + SEND_BATCH).map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
      });
    }
    return (performance.now() - t0) / 1000;
  } finally {
    await producer.disconnect();
  }
}

/** Consume `count` records in a fresh group, doing nothing with them; returns seconds from run() to the last one. */
export async function consumeAll(kafka: Kafka, topic: string, count: number, groupId: string, timeoutMs = 300_000): Promise<number> {
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 500, maxBytesPerPartition: 1_048_576 });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  let seen = 0;
  const t0 = performance.now();
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: true,
    eachBatch: async ({ batch }) => {
      seen += batch.messages.length;
      if (seen >= count) done();
    },
  });
  const timer = setTimeout(() => done(), timeoutMs);
  await finished;
  clearTimeout(timer);
  const secs = (performance.now() - t0) / 1000;
  await consumer.disconnect();
  if (seen < count) throw new Error(`consumed ${seen} of ${count} records before the timeout`);
  return secs;
}

export interface ProducerPerfResult {
  recordsPerSecond: number;
  mbPerSecond: number;
  avgLatencyMs: number;
  raw: string;
}

/** org.apache.kafka.tools.ProducerPerformance from the broker's jars (acks=all, same record count and size). */
export async function producerPerformance(brokers: string, topic: string, records: number, recordSize: number): Promise<ProducerPerfResult> {
  const r = await runToEnd(
    'bash',
    [
      resolve(REPO_ROOT, 'infra/kafka/kafka-class.sh'),
      'org.apache.kafka.tools.ProducerPerformance',
      '--topic', topic,
      '--num-records', String(records),
      '--record-size', String(recordSize),
      '--throughput', '-1',
      '--producer-props', `bootstrap.servers=${brokers}`, 'acks=all', 'linger.ms=5', 'batch.size=262144',
    ],
    { KAFKA_TOOL_OPTS: process.env.KAFKA_TOOL_OPTS ?? '-Xmx512m -XX:+UseSerialGC' },
  );
  // the summary: "50000 records sent, 41288.2 records/sec (97.63 MB/sec), 151.91 ms avg latency, ..."
  const lines = r.stdout.trim().split('\n');
  const last = lines[lines.length - 1] ?? '';
  const m = /([\d.]+) records\/sec \(([\d.]+) MB\/sec\), ([\d.]+) ms avg latency/.exec(last);
  if (r.code !== 0 || !m) throw new Error(`ProducerPerformance failed (exit ${r.code}): ${r.stderr.slice(-500)}${last}`);
  return { recordsPerSecond: Number(m[1]), mbPerSecond: Number(m[2]), avgLatencyMs: Number(m[3]), raw: last };
}

/** Sum of the partitions' end offsets. */
export async function topicEnd(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return (await admin.fetchTopicOffsets(topic)).reduce((n, p) => n + Number(p.high), 0);
  } finally {
    await admin.disconnect();
  }
}
