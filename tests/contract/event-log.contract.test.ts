import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partitionForKey, type EventLog, type LogRecord, type Subscription } from '@claimwire/eventlog';
import { waitFor } from '@claimwire/testing';
import { ADAPTER_PAIRS, type LogHarness } from './harness';

const PARTITIONS = 3;
const rec = (key: string | null, n: number) => ({ key, value: Buffer.from(`value-${n}`), headers: { 'x-n': String(n), 'content-type': 'text/plain' } });

/** Collect what a group receives. */
function collector() {
  const seen: LogRecord[] = [];
  return { seen, handleBatch: async (records: LogRecord[]) => void seen.push(...records) };
}

describe.each(ADAPTER_PAIRS)('event log contract: $name', (pair) => {
  let h: LogHarness;
  let log: EventLog;
  let n = 0;
  const topic = () => `${h.prefix}topic${n}`;
  const subs: Subscription[] = [];
  const newTopic = async () => {
    n++;
    await log.ensureTopics([{ topic: topic(), partitions: PARTITIONS }]);
    return topic();
  };

  beforeAll(async () => {
    h = await pair.eventLog();
    log = await h.open();
  });
  afterAll(async () => {
    for (const s of subs) await s.stop().catch(() => undefined);
    await h?.cleanup();
  });

  it('partitions by key with Kafka default partitioner semantics, keeping order within a key', async () => {
    const t = await newTopic();
    const keys = ['art_a', 'art_b', 'art_c', 'art_d', 'art_e'];
    await log.publish(t, keys.flatMap((k, i) => [rec(k, i * 10), rec(k, i * 10 + 1)]));
    const offsets = await log.topicOffsets(t);
    expect(offsets.map((o) => o.partition)).toEqual([0, 1, 2]);
    expect(offsets.reduce((s, o) => s + Number(o.high), 0)).toBe(10);
    expect(offsets.every((o) => o.low === '0')).toBe(true);

    const c = collector();
    subs.push(await log.subscribe({ groupId: `${t}.g1`, topics: [t], fromBeginning: true, handleBatch: c.handleBatch }));
    await waitFor(() => c.seen.length >= 10, { what: '10 records', timeoutMs: 30_000 });
    for (const r of c.seen) {
      expect(r.partition).toBe(partitionForKey(r.key as string, PARTITIONS));
      expect(r.headers['content-type']).toBe('text/plain');
      expect(r.value?.toString()).toBe(`value-${r.headers['x-n']}`);
      expect(Number(r.timestamp)).toBeGreaterThan(Date.now() - 120_000);
    }
    for (const k of keys) {
      const mine = c.seen.filter((r) => r.key === k);
      expect(mine.map((r) => r.value?.toString())).toEqual([...mine].map((r) => r.value?.toString()).sort());
      expect(Number(mine[1]?.offset)).toBe(Number(mine[0]?.offset) + 1);
    }
  });

  it('commits group offsets after the handler resolves, and a new group replays from offset 0', async () => {
    const t = await newTopic();
    await log.publish(t, [rec('k1', 1), rec('k2', 2), rec('k3', 3), rec(null, 4)]);
    const g = `${t}.g`;
    const c = collector();
    const sub = await log.subscribe({ groupId: g, topics: [t], fromBeginning: true, handleBatch: c.handleBatch });
    await waitFor(() => c.seen.length >= 4, { what: 'first group' });
    const high = new Map((await log.topicOffsets(t)).map((o) => [o.partition, o.high]));
    await waitFor(
      async () => {
        const committed = await log.groupOffsets(g, t);
        return [...high].every(([p, h]) => h === '0' || committed.get(p) === h);
      },
      { what: 'committed offsets at the log end' },
    );
    await sub.stop();

    const replay = collector();
    subs.push(await log.subscribe({ groupId: `${t}.replay`, topics: [t], fromBeginning: true, handleBatch: replay.handleBatch }));
    await waitFor(() => replay.seen.length >= 4, { what: 'replay' });
    expect(replay.seen.map((r) => r.value?.toString()).sort()).toEqual(c.seen.map((r) => r.value?.toString()).sort());
    expect(Math.min(...replay.seen.map((r) => Number(r.offset)))).toBe(0);
  });

  it('redelivers a batch whose handler failed, with the attempt number, and commits only after success', async () => {
    const t = await newTopic();
    await log.publish(t, [rec('same-key', 1), rec('same-key', 2)]);
    const g = `${t}.g`;
    const attempts: number[] = [];
    const delivered: string[][] = [];
    let fail = true;
    subs.push(
      await log.subscribe({
        groupId: g,
        topics: [t],
        fromBeginning: true,
        handleBatch: async (records) => {
          delivered.push(records.map((r) => r.offset));
          if (fail) {
            fail = false;
            throw new Error('database down');
          }
        },
        onHandlerError: (_err, where) => attempts.push(where.attempt),
      }),
    );
    const p = partitionForKey('same-key', PARTITIONS);
    await waitFor(async () => (await log.groupOffsets(g, t)).get(p) === '2', { what: 'commit after the retry', timeoutMs: 30_000 });
    expect(attempts).toEqual([1]);
    expect(delivered.length).toBeGreaterThanOrEqual(2);
    expect(delivered[1]?.[0]).toBe(delivered[0]?.[0]); // the same batch again, from the same offset
  });

  it('survives a restart: records, committed offsets and the group position are kept', async () => {
    const t = await newTopic();
    await log.publish(t, [rec('a', 1), rec('b', 2), rec('c', 3)]);
    const g = `${t}.g`;
    const first = collector();
    const sub = await log.subscribe({ groupId: g, topics: [t], fromBeginning: true, handleBatch: first.handleBatch });
    await waitFor(() => first.seen.length >= 3, { what: 'first run' });
    const before = await waitFor(async () => {
      const m = await log.groupOffsets(g, t);
      return [...m.values()].reduce((s, o) => s + Number(o), 0) === 3 ? m : undefined;
    });
    await sub.stop();
    const offsetsBefore = await log.topicOffsets(t);
    await log.close();

    log = await h.reopen();
    expect(await log.topicOffsets(t)).toEqual(offsetsBefore);
    expect(await log.groupOffsets(g, t)).toEqual(before);
    await log.publish(t, [rec('d', 4)]);
    const second = collector();
    subs.push(await log.subscribe({ groupId: g, topics: [t], fromBeginning: true, handleBatch: second.handleBatch }));
    await waitFor(() => second.seen.length >= 1, { what: 'the new record after the restart' });
    // give a wrong redelivery of committed records the chance to show up
    await new Promise((r) => setTimeout(r, 1500));
    expect(second.seen.map((r) => r.value?.toString())).toEqual(['value-4']);
  });
});
