import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_TYPES, articleId, decodeEvent, encodeArticle, parseDeadLetter, sha256Hex, type ArticleIngested } from '@claimwire/events';
import { EmbeddedEventLog, type EventLog, type LogRecord, type OutgoingRecord } from '@claimwire/eventlog';
import { silentLogger } from '@claimwire/logging';
import { testGazetteer } from './extraction/test-gazetteer';
import { compileGazetteer, type Gazetteer, type GazetteerConfig } from './gazetteer';
import { createExtractionHandler } from './handler';

/**
 * The service's batch handler on the embedded event log (a real adapter on disk, as
 * `npm start` runs it): claims and the manifest out for a good article; for an article whose
 * extraction yields a claim its schema refuses, nothing out but a dead letter with the reason.
 */
let dir: string;
let log: EmbeddedEventLog;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cw-handler-'));
  log = new EmbeddedEventLog({ dir, logger: silentLogger(), fsync: 'never' });
  await log.connect();
  await log.ensureTopics(['articles', 'claims', 'articles.dlq'].map((topic) => ({ topic, partitions: 2 })));
});
afterEach(async () => {
  await log.close();
  rmSync(dir, { recursive: true, force: true });
});

const TEXT = 'KYIV, March 3 - More than 61,000 Ukrainian soldiers have been killed since the full-scale invasion, President Volodymyr Zelensky said on Tuesday.';

function articleRecord(n = 1): LogRecord {
  const a: ArticleIngested = {
    articleId: articleId('handler-wire', `guid:h${n}`),
    revision: 1,
    feedId: 'handler-wire',
    guid: `h${n}`,
    url: `https://handler.test/h${n}`,
    title: 'A toll',
    author: null,
    published: '2026-03-03T10:00:00.000Z',
    publishedRaw: null,
    firstSeen: '2026-03-03T10:00:00.000Z',
    language: 'en',
    summary: null,
    text: TEXT,
    contentHash: sha256Hex(TEXT),
  };
  const m = encodeArticle(a, 'test');
  return { topic: 'articles', partition: 0, offset: String(n - 1), key: m.key, value: m.value, headers: m.headers, timestamp: '0' };
}

/** An event log that records each publish and answers it only when the spec says so. */
function recordingLog(answer: (call: number) => Promise<void>) {
  const calls: { topic: string; records: OutgoingRecord[]; settled: boolean }[] = [];
  const fake = {
    publish: (topic: string, records: OutgoingRecord[]) => {
      const call = { topic, records, settled: false };
      calls.push(call);
      return answer(calls.length).finally(() => {
        call.settled = true;
      });
    },
  } as unknown as EventLog;
  return { fake, calls };
}

const ctx = { topic: 'articles', partition: 0, heartbeat: async () => undefined, isRunning: () => true };

async function run(gazetteer: Gazetteer, minConfidence?: number) {
  const handler = createExtractionHandler({
    log,
    logger: silentLogger(),
    gazetteer: () => gazetteer,
    claimsTopic: 'claims',
    articlesDlq: 'articles.dlq',
    ...(minConfidence !== undefined ? { minConfidence } : {}),
  });
  await handler([articleRecord()], { topic: 'articles', partition: 0, heartbeat: async () => undefined, isRunning: () => true });
  return { claims: await readTopic('claims'), letters: await readTopic('articles.dlq') };
}

/** Every record of a topic, read back through a consumer group of its own. */
async function readTopic(topic: string): Promise<LogRecord[]> {
  const total = (await log.topicOffsets(topic)).reduce((n, p) => n + Number(p.high), 0);
  if (total === 0) return [];
  const got: LogRecord[] = [];
  let done: () => void = () => undefined;
  const all = new Promise<void>((r) => (done = r));
  const sub = await log.subscribe({
    groupId: `read-${topic}`,
    topics: [topic],
    handleBatch: async (records) => {
      got.push(...records);
      if (got.length >= total) done();
    },
  });
  await all;
  await sub.stop();
  return got.sort((a, b) => a.partition - b.partition || Number(a.offset) - Number(b.offset));
}

describe('extraction handler', () => {
  it('publishes the claims, each valid, then the manifest listing them', async () => {
    const { claims, letters } = await run(testGazetteer());
    expect(letters).toHaveLength(0);
    const events = claims.map((r) => {
      const d = decodeEvent(r);
      if (!d.ok) throw new Error(d.error.message);
      return d.value.event;
    });
    const tolls = events.filter((e) => e.type === EVENT_TYPES.toll);
    expect(tolls).toHaveLength(1);
    const manifest = events.find((e) => e.type === EVENT_TYPES.articleExtracted);
    expect(manifest?.data).toMatchObject({ revision: 1, claimIds: tolls.map((t) => (t.data as { claimId: string }).claimId) });
  });

  it('abstains below the confidence threshold: no claim published, the manifest lists none', async () => {
    const { claims, letters } = await run(testGazetteer(), 1);
    expect(letters).toHaveLength(0);
    const events = claims.map((r) => {
      const d = decodeEvent(r);
      if (!d.ok) throw new Error(d.error.message);
      return d.value.event;
    });
    expect(events.map((e) => e.type)).toEqual([EVENT_TYPES.articleExtracted]);
    expect(events[0]?.data).toMatchObject({ claimIds: [] });
  });

  it('dead-letters an article whose claim its schema refuses, and publishes none of its claims', async () => {
    // a party id that is not a slug: the extraction runs, the claim cannot be encoded
    const bad = structuredClone(testGazetteer().config) as GazetteerConfig;
    for (const p of bad.parties) if (p.id === 'ukraine') (p as { id: string }).id = 'Ukraine (bad id)';
    const { claims, letters } = await run(compileGazetteer(bad));
    expect(claims).toHaveLength(0);
    expect(letters).toHaveLength(1);
    const letter = parseDeadLetter(letters[0]?.value ?? null);
    expect(letter?.reason).toBe('invalid_claim');
    expect(letter?.error).toMatch(/invalid toll claim: party/);
  });

  it('publishes a large batch in chunks, one after another, in the batch order, and resolves once all are acknowledged', async () => {
    const records = Array.from({ length: 60 }, (_, i) => articleRecord(i + 1));
    const { fake, calls } = recordingLog(() => new Promise((r) => setTimeout(r, 5)));
    const handler = createExtractionHandler({ log: fake, logger: silentLogger(), gazetteer: () => testGazetteer(), claimsTopic: 'claims', articlesDlq: 'articles.dlq', publishChunkBytes: 4096 });
    let resolved = false;
    const done = handler(records, ctx).then(() => {
      resolved = true;
    });
    await vi.waitFor(() => expect(calls.length).toBeGreaterThan(2));
    // never two publishes in flight: each starts after the one before it is acknowledged
    for (let i = 0; i + 1 < calls.length; i++) expect(calls[i]?.settled).toBe(true);
    await done;
    expect(resolved).toBe(true);
    expect(calls.every((c) => c.settled && c.topic === 'claims')).toBe(true);
    // the same records, in the same order, as one publish of the whole batch would carry:
    // each article's claims, then its manifest
    const events = calls.flatMap((c) => c.records).map((r) => {
      const d = decodeEvent({ key: r.key, value: r.value, headers: r.headers ?? {} });
      if (!d.ok) throw new Error(d.error.message);
      return d.value.event;
    });
    const manifests = events.filter((e) => e.type === EVENT_TYPES.articleExtracted);
    expect(manifests.map((e) => (e.data as { articleId: string }).articleId)).toEqual(records.map((r) => r.key));
    let since: string[] = [];
    for (const e of events) {
      if (e.type === EVENT_TYPES.articleExtracted) {
        expect((e.data as { claimIds: string[] }).claimIds).toEqual(since);
        since = [];
      } else since.push((e.data as { claimId: string }).claimId);
    }
    expect(since).toEqual([]);
  });

  it('fails the batch when a publish fails, and publishes nothing after it', async () => {
    const records = Array.from({ length: 60 }, (_, i) => articleRecord(i + 1));
    const { fake, calls } = recordingLog((n) => (n === 2 ? Promise.reject(new Error('broker gone')) : Promise.resolve()));
    const handler = createExtractionHandler({ log: fake, logger: silentLogger(), gazetteer: () => testGazetteer(), claimsTopic: 'claims', articlesDlq: 'articles.dlq', publishChunkBytes: 4096 });
    await expect(handler(records, ctx)).rejects.toThrow('broker gone');
    expect(calls).toHaveLength(2);
  });
});
