import { Kafka, logLevel, type Producer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toEntry, replayLetters, REPLAYED_FROM_HEADER } from '@claimwire/dlq';
import { decodeEvent, encodeClaim, encodeDecoded, parseDeadLetter, STRUCTURED_JSON, type Decoded } from '@claimwire/events';
import type { Subscription } from '@claimwire/eventlog';
import { silentLogger } from '@claimwire/logging';
import { createProjectionHandler } from '@claimwire/projector';
import { ensureVersion } from '@claimwire/readmodel';
import { createTestDatabase, createTestTopics, fixtures, kafkaBrokers, waitFor, type TestDatabase, type TestTopics } from '@claimwire/testing';

/**
 * Records another producer (a CloudEvents SDK) could write, published by hand with kafkajs:
 * the projector folds a structured-mode claim like a binary one, files a bad structured one
 * as a dead letter, and extension attributes come through the broker, a decode and re-encode,
 * and a DLQ replay.
 */
const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const structuredClaim = fixtures.toll({ value: 1234, reportedBy: 'Structured Desk' });
const binaryClaim = fixtures.strike();
const event = {
  specversion: '1.0',
  id: structuredClaim.claimId,
  source: 'urn:other:producer',
  type: 'claimwire.claim.toll.v1',
  time: '2026-02-05T11:00:00Z',
  subject: 'toll/ukraine/military/killed',
  datacontenttype: 'application/json',
  traceparent,
  hops: 3,
  data: structuredClaim,
};

let db: TestDatabase;
let t: TestTopics;
let producer: Producer;
let sub: Subscription | undefined;

beforeAll(async () => {
  db = await createTestDatabase('cwce');
  t = await createTestTopics(1);
  producer = new Kafka({ clientId: 'ce-modes-spec', brokers: kafkaBrokers().split(','), logLevel: logLevel.NOTHING }).producer();
  await producer.connect();
});
afterAll(async () => {
  await sub?.stop();
  await producer?.disconnect();
  await t?.close();
  await db?.drop();
});

describe('CloudEvents content modes on a real broker', () => {
  it('projects a structured-mode claim, dead-letters a bad one, keeps extensions, replays the letter as it was', async () => {
    const binary = encodeClaim(binaryClaim, 'test');
    const { id: _id, ...noId } = event;
    await producer.send({
      topic: t.topics.claims,
      messages: [
        { key: 'toll/ukraine/military/killed', value: JSON.stringify(event), headers: { 'content-type': STRUCTURED_JSON } },
        { key: binary.key, value: binary.value, headers: { ...binary.headers, ce_traceparent: traceparent } },
        { key: 'bad', value: JSON.stringify(noId), headers: { 'content-type': 'application/cloudevents+json' } },
      ],
    });

    const pv = await ensureVersion(db.sql, 1);
    const handler = createProjectionHandler({
      sql: db.sql,
      log: t.log,
      logger: silentLogger(),
      version: 1,
      schema: pv.schemaName,
      deadLetterTopics: { [t.topics.claims]: t.topics.claimsDlq },
    });
    sub = await t.log.subscribe({ groupId: `${t.prefix}projector`, topics: [t.topics.claims], handleBatch: handler });
    const claimIds = async () => (await db.sql.query<{ claim_id: string }>(`SELECT claim_id FROM "${pv.schemaName}".claims ORDER BY claim_id`)).rows.map((r) => r.claim_id);
    await waitFor(async () => (await claimIds()).length === 2, { what: 'both claims projected' });
    expect(await claimIds()).toEqual([structuredClaim.claimId, binaryClaim.claimId].sort());
    await sub.stop();
    sub = undefined;

    // extensions through the broker, a decode and a binary re-encode
    const [s, b] = (await t.log.readAll!(t.topics.claims)).map((r) => decodeEvent(r));
    const ok = (r: ReturnType<typeof decodeEvent> | undefined): Decoded => {
      if (!r?.ok) throw new Error(`not decoded: ${JSON.stringify(r)}`);
      return r.value;
    };
    expect(ok(s).ce.extensions).toEqual({ traceparent, hops: 3 });
    expect(ok(b).ce.extensions).toEqual({ traceparent });
    const reencoded = encodeDecoded(ok(s), 'k');
    expect(reencoded.headers).toMatchObject({ ce_traceparent: traceparent, ce_hops: '3' });

    // the bad one is a letter with the original bytes and headers; replayed, it is the same record
    const letters = (await t.log.readAll!(t.topics.claimsDlq)).map(toEntry);
    expect(letters).toHaveLength(1);
    const letter = letters[0]!;
    expect(letter.letter?.reason).toBe('bad_headers');
    expect(letter.letter?.error).toMatch(/missing CloudEvents attribute id/);
    expect(parseDeadLetter((await t.log.readAll!(t.topics.claimsDlq))[0]!.value)?.original.headers['content-type']).toBe('application/cloudevents+json');
    const r = await replayLetters(t.log, db.sql, letters, 'spec');
    expect(r.replayed).toEqual([letter.id]);
    const replayed = (await t.log.readAll!(t.topics.claims)).at(-1)!;
    expect(replayed.value?.toString()).toBe(JSON.stringify(noId));
    expect(replayed.headers).toEqual({ 'content-type': 'application/cloudevents+json', [REPLAYED_FROM_HEADER]: letter.id });
  });
});
