import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTopics, type TestTopics } from '@claimwire/testing';
import { chunksOf } from './kafka';

describe('publishing a large batch', () => {
  let t: TestTopics;
  beforeAll(async () => {
    t = await createTestTopics(1);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('splits sends so no record batch exceeds the broker limit, keeping order', () => {
    const recs = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: Buffer.alloc(300 * 1024, i) }));
    const chunks = chunksOf(recs, 512 * 1024);
    expect(chunks.map((c) => c.length)).toEqual(Array(10).fill(1));
    expect(chunks.flat()).toEqual(recs);
    expect(chunksOf(recs.slice(0, 3).map((r) => ({ ...r, value: Buffer.alloc(100) })), 512 * 1024)).toHaveLength(1);
  });

  it('publishes 4 MB to one partition in one call (one send would be refused by the broker)', async () => {
    const recs = Array.from({ length: 2000 }, (_, i) => ({ key: 'same-key', value: Buffer.from(JSON.stringify({ i, pad: 'x'.repeat(2000) })) }));
    await t.log.publish(t.topics.claims, recs);
    const offsets = await t.log.topicOffsets(t.topics.claims);
    expect(offsets.reduce((n, p) => n + Number(p.high), 0)).toBe(2000);
  });
});
