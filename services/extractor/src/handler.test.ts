import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVENT_TYPES, articleId, decodeEvent, encodeArticle, parseDeadLetter, sha256Hex, type ArticleIngested } from '@claimwire/events';
import { EmbeddedEventLog, type LogRecord } from '@claimwire/eventlog';
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

function articleRecord(): LogRecord {
  const a: ArticleIngested = {
    articleId: articleId('handler-wire', 'guid:h1'),
    revision: 1,
    feedId: 'handler-wire',
    guid: 'h1',
    url: 'https://handler.test/h1',
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
  return { topic: 'articles', partition: 0, offset: '0', key: m.key, value: m.value, headers: m.headers, timestamp: '0' };
}

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
});
