import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '@claimwire/logging';
import { createTestTopics, kafkaBrokers, waitFor, type TestTopics } from '@claimwire/testing';
import { KafkaEventLog } from './kafka';
import type { LogRecord } from './port';

describe('KafkaEventLog on a real broker', () => {
  let t: TestTopics;
  let log: KafkaEventLog;
  beforeAll(async () => {
    t = await createTestTopics();
    log = new KafkaEventLog({ brokers: kafkaBrokers().split(','), clientId: 'spec', logger: silentLogger() });
  });
  afterAll(async () => {
    await log?.close();
    await t?.close();
  });

  it('delivers keys, values and headers, and commits only after the handler resolves', async () => {
    const records = Array.from({ length: 30 }, (_, i) => ({ key: `k${i % 7}`, value: Buffer.from(`v${i}`), headers: { n: String(i) } }));
    await log.publish(t.topics.articles, records);
    const seen: LogRecord[] = [];
    let failOnce = true;
    const sub = await log.subscribe({
      groupId: `${t.prefix}g1`,
      topics: [t.topics.articles],
      handleBatch: async (batch) => {
        if (failOnce) {
          failOnce = false;
          throw new Error('simulated infrastructure fault');
        }
        seen.push(...batch);
      },
    });
    await waitFor(() => seen.length >= 30, { what: '30 records' });
    await sub.stop();
    const values = seen.map((r) => r.value?.toString()).sort();
    expect(new Set(values).size).toBe(30);
    expect(seen.every((r) => r.headers.n !== undefined && r.key?.startsWith('k'))).toBe(true);
    // same key, same partition
    const byKey = new Map<string, Set<number>>();
    for (const r of seen) byKey.set(r.key as string, (byKey.get(r.key as string) ?? new Set()).add(r.partition));
    expect([...byKey.values()].every((s) => s.size === 1)).toBe(true);
    const committed = await log.groupOffsets(`${t.prefix}g1`, t.topics.articles);
    const ends = await log.topicOffsets(t.topics.articles);
    for (const e of ends) if (e.high !== '0') expect(committed.get(e.partition)).toBe(e.high);
  });

  it('a restarted group resumes after its committed offsets', async () => {
    const group = `${t.prefix}g2`;
    await log.publish(t.topics.claims, [{ key: 'a', value: Buffer.from('one') }]);
    const first: string[] = [];
    let sub = await log.subscribe({ groupId: group, topics: [t.topics.claims], handleBatch: async (b) => void first.push(...b.map((r) => r.value!.toString())) });
    await waitFor(() => first.length === 1, { what: 'first record' });
    await sub.stop();
    await log.publish(t.topics.claims, [{ key: 'a', value: Buffer.from('two') }]);
    const second: string[] = [];
    sub = await log.subscribe({ groupId: group, topics: [t.topics.claims], handleBatch: async (b) => void second.push(...b.map((r) => r.value!.toString())) });
    await waitFor(() => second.length >= 1, { what: 'second record' });
    await sub.stop();
    expect(second).toEqual(['two']);
  });

  it('answers a ping and reports topic offsets', async () => {
    expect(await log.ping()).toBe(true);
    const offs = await log.topicOffsets(t.topics.articles);
    expect(offs).toHaveLength(6);
  });
});
