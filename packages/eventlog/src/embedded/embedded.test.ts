import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '@claimwire/logging';
import { EmbeddedEventLog } from './embedded-log';
import { murmur2, partitionForKey } from './murmur2';

const kafkajsMurmur2 = createRequire(import.meta.url)('kafkajs/src/producer/partitioners/default/murmur2.js') as (k: string | Buffer) => number;

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'cw-embedded-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const open = async (dir: string) => {
  const log = new EmbeddedEventLog({ dir, logger: silentLogger(), fsync: 'never' });
  await log.connect();
  return log;
};
const rec = (key: string | null, v: string) => ({ key, value: Buffer.from(v) });

describe('murmur2', () => {
  it('matches Kafka default partitioner (kafkajs) for ASCII, unicode and every tail length', () => {
    const keys = ['', 'a', 'ab', 'abc', 'abcd', 'art_2d118011d00cd8167c605de4', 'clm_9b5d495dccf4ed58ba18c9ee', 'Київ', '🚀 key'];
    for (let i = 0; i < 200; i++) keys.push(`key-${i}-${'x'.repeat(i % 7)}`);
    for (const k of keys) expect(murmur2(k), k).toBe(kafkajsMurmur2(k));
    expect(partitionForKey('art_a', 6)).toBe((kafkajsMurmur2('art_a') & 0x7fffffff) % 6);
  });
});

describe('EmbeddedEventLog on disk', () => {
  it('detects a torn final record by length and CRC and truncates it on open, keeping the whole ones', async () => {
    const dir = tempDir();
    let log = await open(dir);
    await log.ensureTopics([{ topic: 't', partitions: 1 }]);
    await log.publish('t', [rec('k', 'one'), rec('k', 'two'), rec('k', 'three')]);
    await log.close();
    const file = join(dir, 'topics', 't', '0.log');
    const whole = statSync(file).size;

    // a crash in the middle of appending a fourth record: half of it reached the disk
    appendFileSync(file, readFileSync(file).subarray(0, 9)); // a frame header and 1 byte of its body
    log = await open(dir);
    expect((await log.topicOffsets('t'))[0]?.high).toBe('3');
    expect(statSync(file).size).toBe(whole);
    await log.publish('t', [rec('k', 'four')]);
    const seen: string[] = [];
    const sub = await log.subscribe({ groupId: 'g', topics: ['t'], handleBatch: async (rs) => void seen.push(...rs.map((r) => `${r.offset}:${r.value}`)) });
    await waitUntil(() => seen.length === 4);
    await sub.stop();
    expect(seen).toEqual(['0:one', '1:two', '2:three', '3:four']);
    await log.close();
  });

  it('cuts the log at a record whose CRC does not match (a flipped byte in the tail)', async () => {
    const dir = tempDir();
    let log = await open(dir);
    await log.ensureTopics([{ topic: 't', partitions: 1 }]);
    await log.publish('t', [rec(null, 'aaaa'), rec(null, 'bbbb')]);
    await log.close();
    const file = join(dir, 'topics', 't', '0.log');
    const buf = readFileSync(file);
    buf[buf.length - 10] = (buf[buf.length - 10] as number) ^ 0xff;
    writeFileSync(file, buf);
    log = await open(dir);
    expect((await log.topicOffsets('t'))[0]?.high).toBe('1');
    await log.close();
  });

  it('takes a zero-length or header-only partition file as empty or torn', async () => {
    const dir = tempDir();
    let log = await open(dir);
    await log.ensureTopics([{ topic: 't', partitions: 1 }]);
    await log.close();
    const file = join(dir, 'topics', 't', '0.log');
    writeFileSync(file, Buffer.from([0, 0, 0]));
    log = await open(dir);
    expect((await log.topicOffsets('t'))[0]?.high).toBe('0');
    await log.publish('t', [rec('x', 'y')]);
    await log.close();
    log = await open(dir);
    expect((await log.topicOffsets('t'))[0]?.high).toBe('1');
    await log.close();
  });

  it('serves one process: a second instance on the same directory is refused until the first closes', async () => {
    const dir = tempDir();
    const a = await open(dir);
    await expect(open(dir)).rejects.toThrow(/already open in this process/);
    await a.close();
    const b = await open(dir);
    await b.close();
  });

  it('gives a consumer group one member, and refuses unknown topics', async () => {
    const dir = tempDir();
    const log = await open(dir);
    await log.ensureTopics([{ topic: 't', partitions: 2 }]);
    const sub = await log.subscribe({ groupId: 'g', topics: ['t'], handleBatch: async () => undefined });
    await expect(log.subscribe({ groupId: 'g', topics: ['t'], handleBatch: async () => undefined })).rejects.toThrow(/one member/);
    await expect(log.publish('nope', [rec('k', 'v')])).rejects.toThrow(/does not exist/);
    await sub.stop();
    await log.close();
  });

  it('stop() lets the in-flight batch finish and commit', async () => {
    const dir = tempDir();
    const log = await open(dir);
    await log.ensureTopics([{ topic: 't', partitions: 1 }]);
    await log.publish('t', [rec('k', '1'), rec('k', '2')]);
    let entered!: () => void;
    const inHandler = new Promise<void>((r) => (entered = r));
    let finished = false;
    const sub = await log.subscribe({
      groupId: 'g',
      topics: ['t'],
      handleBatch: async () => {
        entered();
        await new Promise((r) => setTimeout(r, 300));
        finished = true;
      },
    });
    await inHandler;
    await sub.stop();
    expect(finished).toBe(true);
    expect((await log.groupOffsets('g', 't')).get(0)).toBe('2');
    await log.close();
  });
});

async function waitUntil(cond: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
