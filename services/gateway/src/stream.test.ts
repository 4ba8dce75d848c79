import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeArticle, encodeClaim, type Claim } from '@claimwire/events';
import { silentLogger } from '@claimwire/logging';
import { applyArticle, applyClaim, startProjector, type RunningProjector } from '@claimwire/projector';
import { ensureVersion, PROJECTION_NAME, readCheckpoints } from '@claimwire/readmodel';
import { createTestDatabase, createTestTopics, fixtures, openEventStream, waitFor, type EventStreamClient, type TestDatabase, type TestTopics } from '@claimwire/testing';
import { build } from './app';
import { Problem, StreamedClaim } from './schemas';

/**
 * GET /v1/stream on real Postgres: claims projected by the projector's own code (and, in the
 * first spec, by the running projector from real Kafka topics) reach the open streams through
 * the projector's commit notification; resume, filters and the cap over real sockets.
 */

let db: TestDatabase;
let app: FastifyInstance;
let base: string;
let schema: string;
const streams: EventStreamClient[] = [];

const article = fixtures.article({ key: 'guid:stream', feedId: 'wire-s', url: 'https://news.test/stream' });
const on = (i: number, feedId = 'wire-s') => ({ articleId: article.articleId, feedId, evidenceStart: i * 100 });
let nth = 0;
/** A toll no other spec has projected (its value makes its claim id new). */
const freshToll = (over: Parameters<typeof fixtures.toll>[0] = {}) => fixtures.toll({ ...on(++nth), value: 1000 + nth, asOf: '2026-02-05', ...over });

let offset = 0;
/** Projects claims with the projector's handlers, in one transaction. */
async function project(claims: Claim[]): Promise<void> {
  await db.sql.transaction(async (tx) => {
    for (const c of claims) {
      await applyClaim(tx, schema, c, { topic: 'claims', partition: 0, offset: String(offset++), seenAt: new Date().toISOString() });
    }
  });
}

async function open(path = '/v1/stream', headers: Record<string, string> = {}): Promise<EventStreamClient> {
  const s = await openEventStream(`${base}${path}`, headers);
  streams.push(s);
  return s;
}

/** Waits until the stream has said where it starts (its first comment block). */
async function opened(s: EventStreamClient): Promise<EventStreamClient> {
  await waitFor(() => s.comments.length > 0, { timeoutMs: 5000, what: 'the stream to open' });
  return s;
}

const claimIds = (s: EventStreamClient) => s.events.map((e) => (JSON.parse(e.data) as { claimId: string }).claimId);

beforeAll(async () => {
  db = await createTestDatabase('cwstream');
  schema = (await ensureVersion(db.sql, 1)).schemaName;
  await db.sql.transaction((tx) => applyArticle(tx, schema, article));
  app = await build({ sql: db.sql, logger: silentLogger(), streamLimits: { maxStreams: 6, heartbeatMs: 300, pollMs: 60_000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterEach(() => {
  for (const s of streams.splice(0)) s.close();
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('GET /v1/stream', () => {
  it('pushes a claim the running projector folds from Kafka after the client connected, as a claim event', async () => {
    const topics: TestTopics = await createTestTopics(2);
    let projector: RunningProjector | undefined;
    try {
      projector = await startProjector({ log: topics.log, sql: db.sql, logger: silentLogger(), topicPrefix: topics.prefix, version: 1, pollMs: 60_000 });
      const s = await opened(await open());
      expect(s.status).toBe(200);
      expect(s.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect(s.headers['cache-control']).toMatch(/no-cache/);
      expect(s.headers['x-request-id']).toBeTruthy();
      expect(s.headers['access-control-allow-origin']).toBe('*');

      const claim = freshToll({ party: 'ukraine', reportedBy: 'Zelensky' });
      await topics.log.publish(topics.topics.articles, [encodeArticle(article, 'test')]);
      await topics.log.publish(topics.topics.claims, [encodeClaim(claim, 'test')]);
      const [e] = await s.waitForEvents(1, 20_000);
      expect(e?.event).toBe('claim');
      expect(e?.id).toMatch(/^[1-9]\d*$/);
      const data = StreamedClaim.parse(JSON.parse(e?.data ?? '{}'));
      expect(data).toMatchObject({ claimId: claim.claimId, kind: 'toll', feedId: 'wire-s', claim: { value: claim.value, party: 'ukraine' } });
      expect(Date.parse(data.projectedAt)).toBeGreaterThan(Date.now() - 60_000);
      // the claim's checkpoint and its row were one transaction: the event came once it committed (the article, on a
      // topic of its own, may be committed before or after it)
      const cps = await readCheckpoints(db.sql, PROJECTION_NAME, 1);
      const claimsDone = [...cps].filter(([k]) => k.startsWith(`${topics.topics.claims}/`)).reduce((a, [, v]) => a + v, 0n);
      expect(claimsDone).toBeGreaterThanOrEqual(1n);
    } finally {
      await projector?.stop();
      await topics.close();
    }
  });

  it('resumes with Last-Event-ID: exactly the claims projected while the client was away, in order', async () => {
    const s = await opened(await open());
    await project([freshToll()]);
    await s.waitForEvents(1);
    const seen = s.lastEventId;
    s.close();

    const missed = [freshToll(), freshToll({ party: 'russia' }), freshToll()];
    await project(missed.slice(0, 2));
    await project(missed.slice(2));

    const back = await open('/v1/stream', { 'last-event-id': seen });
    const got = await back.waitForEvents(3);
    expect(got.map((e) => (JSON.parse(e.data) as { claimId: string }).claimId)).toEqual(missed.map((c) => c.claimId));
    const ids = got.map((e) => Number(e.id));
    expect(ids.every((id, i) => id > Number(seen) && (i === 0 || id > (ids[i - 1] as number)))).toBe(true);
    // and nothing before them: the resumed stream holds those three only, then goes live
    const live = freshToll();
    await project([live]);
    await back.waitForEvents(4);
    expect(claimIds(back)).toEqual([...missed, live].map((c) => c.claimId));

    // ?lastEventId= does the same for clients that cannot set headers
    const viaQuery = await open(`/v1/stream?lastEventId=${seen}`);
    await viaQuery.waitForEvents(4);
    expect(claimIds(viaQuery)).toEqual(claimIds(back));
  });

  it('starts at the newest claim without Last-Event-ID, and an id ahead of the newest resumes from the newest', async () => {
    await project([freshToll()]);
    const fresh = await opened(await open());
    const ahead = await opened(await open('/v1/stream', { 'last-event-id': '999999999' }));
    const next = freshToll();
    await project([next]);
    for (const s of [fresh, ahead]) {
      await s.waitForEvents(1);
      expect(claimIds(s)).toEqual([next.claimId]);
    }
  });

  it('filters by kind, party, feed and confidence, and moves a filtered stream\'s id past claims it skipped', async () => {
    const tolls = await opened(await open('/v1/stream?kind=toll&party=russia'));
    // a feed ingest knows, before its first claim (an unknown feed is a 404)
    await db.sql.query(`INSERT INTO feeds (feed_id, url, interval_seconds) VALUES ('wire-x', 'https://news.test/x.xml', 300)`);
    const strikes = await opened(await open('/v1/stream?kind=strike&feed=wire-x&minConfidence=0.9'));
    const ruToll = freshToll({ party: 'russia', measure: 'casualties' });
    const uaToll = freshToll({ party: 'ukraine' });
    const ruStrike = fixtures.strike({ ...on(++nth, 'wire-x'), attacker: 'russia', target: 'ukraine', killed: nth, confidence: 0.95 });
    const unsure = fixtures.strike({ ...on(++nth, 'wire-x'), killed: nth, confidence: 0.85 });
    const otherFeed = fixtures.strike({ ...on(++nth, 'wire-s'), killed: nth, confidence: 0.95 });
    const talks = fixtures.talks({ ...on(++nth), parties: ['russia', 'ukraine'], date: `2026-02-0${1 + (nth % 8)}` });
    await project([ruToll, uaToll, ruStrike, unsure, otherFeed, talks]);
    const byParty = await opened(await open('/v1/stream?party=russia&lastEventId=0'));
    await tolls.waitForEvents(1);
    await strikes.waitForEvents(1);
    expect(claimIds(tolls)).toEqual([ruToll.claimId]);
    expect(claimIds(strikes)).toEqual([ruStrike.claimId]);
    // party as in /v1/claims: a toll's party, a strike's attacker or target, a talks party
    await waitFor(() => claimIds(byParty).includes(talks.claimId), { what: 'the talks claim on the party stream' });
    expect(claimIds(byParty)).toEqual(expect.arrayContaining([ruToll.claimId, ruStrike.claimId, talks.claimId]));
    expect(claimIds(byParty)).not.toContain(uaToll.claimId);
    // the heartbeat carries the id read up to, past the skipped claims
    const newest = Number(tolls.events.at(-1)?.id) + 5;
    await waitFor(() => Number(tolls.lastEventId) >= newest, { timeoutMs: 5000, what: 'a heartbeat with the newest id' });
    expect(tolls.comments).toContain('heartbeat');
  });

  it('answers 503 with Retry-After past MAX_STREAMS, and takes a stream again once one closes', async () => {
    const held: EventStreamClient[] = [];
    // the closed streams free their slots as their sockets close
    await waitFor(
      async () => {
        const s = await open();
        if (s.status === 200) held.push(s);
        else s.close();
        return held.length === 6;
      },
      { timeoutMs: 10_000, what: 'six open streams' },
    );
    const refused = await open();
    await refused.ended;
    expect(refused.status).toBe(503);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Problem.parse(JSON.parse(refused.body))).toMatchObject({ status: 503, type: '/problems/unavailable' });
    expect(JSON.parse(refused.body).detail).toMatch(/6 streams are already open/);

    held.pop()?.close();
    const again = await waitFor(
      async () => {
        const s = await open();
        if (s.status === 200) return s;
        s.close();
        return undefined;
      },
      { timeoutMs: 5000, what: 'a stream once a slot was freed' },
    );
    expect(again.status).toBe(200);
    for (const s of held) s.close();
  });

  it('refuses a malformed Last-Event-ID or filter with a 400 problem naming it', async () => {
    for (const [path, headers, parameter] of [
      ['/v1/stream', { 'last-event-id': 'abc' }, 'Last-Event-ID'],
      ['/v1/stream', { 'last-event-id': '-1' }, 'Last-Event-ID'],
      ['/v1/stream', { 'last-event-id': '12345678901234567890' }, 'Last-Event-ID'],
      ['/v1/stream?lastEventId=1.5', {}, 'lastEventId'],
      ['/v1/stream?kind=tolls', {}, 'kind'],
      ['/v1/stream?minConfidence=2', {}, 'minConfidence'],
      ['/v1/stream?since=1', {}, 'since'],
    ] as const) {
      const r = await fetch(`${base}${path}`, { headers });
      expect(r.status, path).toBe(400);
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Problem.parse(await r.json()).parameter, `${path} ${JSON.stringify(headers)}`).toBe(parameter);
    }
  });
});
