import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  createTestTopics,
  freePort,
  pipelineEnv,
  rss,
  spawnService,
  startFeedServer,
  waitFor,
  writeFeedsFile,
  type FeedServer,
  type ServiceProcess,
  type TestDatabase,
  type TestTopics,
} from '@claimwire/testing';
import { itemOf, REFERENCE_ARTICLE, SECOND_ARTICLE } from './reference-article';

/**
 * One real article from a feed all the way to the REST API: a local feed server, the four
 * services as separate processes, the real broker and Postgres.
 */
describe('pipeline end to end', () => {
  let feeds: FeedServer;
  let db: TestDatabase;
  let topics: TestTopics;
  let env: Record<string, string>;
  let api: string;
  const procs = new Map<string, ServiceProcess>();

  const start = (name: string, extra: Record<string, string> = {}, logName = `e2e-${name}`) => {
    const p = spawnService(name, { ...env, ...extra }, logName);
    procs.set(name, p);
    return p;
  };
  const get = async (path: string) => {
    const res = await fetch(`${api}${path}`);
    return { status: res.status, body: (await res.json()) as any };
  };
  const articleCount = async () =>
    (await topics.log.topicOffsets(topics.topics.articles)).reduce((n, p) => n + Number(p.high), 0);

  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.set('/kyiv-desk.xml', rss({ title: 'Kyiv desk', link: 'https://wire.test' }, [itemOf(REFERENCE_ARTICLE), itemOf(SECOND_ARTICLE)]));
    db = await createTestDatabase('cwe2e');
    topics = await createTestTopics();
    const feedsFile = writeFeedsFile([{ id: 'kyiv-desk', url: feeds.url('/kyiv-desk.xml') }]);
    const port = await freePort();
    api = `http://127.0.0.1:${port}`;
    env = { ...pipelineEnv({ databaseUrl: db.url, topicPrefix: topics.prefix, feedsFile }), PORT: String(port) };
    // each worker gets its own health port
    start('projector', { HEALTH_PORT: String(await freePort()) });
    start('extractor', { HEALTH_PORT: String(await freePort()) });
    start('gateway');
    start('ingest', { HEALTH_PORT: String(await freePort()) });
    await waitFor(async () => (await get('/readyz')).status === 200, { timeoutMs: 60_000, what: 'gateway ready' });
  }, 180_000);

  afterAll(async () => {
    await Promise.all([...procs.values()].map((p) => p.stop()));
    await feeds?.close();
    await topics?.close();
    await db?.drop();
  });

  it('serves the 55,000 toll with Zelensky as reporter and the December 2024 figure beside it', async () => {
    const series = await waitFor(
      async () => {
        const { body } = await get('/v1/tolls?party=ukraine&measure=killed');
        return body.items?.find((s: any) => s.latest?.value === 55_000);
      },
      { timeoutMs: 90_000, what: 'the 55,000 toll' },
    );
    expect(series.reportedBy).toMatch(/Zelensky/);
    expect(series.population).toBe('military');
    expect(series.latest.sources[0].evidence.sentence).toContain('55,000');
    expect(series.latest.sources[0].url).toBe(REFERENCE_ARTICLE.link);
    const { body: history } = await get(`/v1/tolls/${series.seriesId}`);
    const values = history.figures.map((f: any) => [f.value, f.asOf]);
    expect(values).toContainEqual([43_000, '2024-12']);
    const latest = history.figures.at(-1);
    expect(latest.value).toBe(55_000);
    expect(latest.change).toMatchObject({ from: 43_000, to: 55_000, delta: 12_000, percent: 27.9 });
  });

  it('serves the Abu Dhabi talks with the 314-prisoner exchange', async () => {
    const track = await waitFor(
      async () => {
        const { body } = await get('/v1/talks?party=ukraine');
        return body.items?.find((t: any) => t.latestRound?.location === 'Abu Dhabi');
      },
      { timeoutMs: 60_000, what: 'the Abu Dhabi talks' },
    );
    // the track holds the conflict's two sides; the round keeps its mediator
    expect(track.parties).toEqual(['russia', 'ukraine']);
    expect(track.latestRound.parties).toEqual(['russia', 'ukraine', 'united-states']);
    expect(track.latestRound.round).toBe(2);
    expect(track.latestRound.status).toBe('held');
    expect(track.latestRound.outcomes).toContainEqual(expect.objectContaining({ type: 'prisoner_exchange', total: 314 }));
    expect(track.totals.prisonersExchanged).toBe(314);
  });

  it('serves the strike on energy infrastructure', async () => {
    const strike = await waitFor(
      async () => {
        const { body } = await get('/v1/strikes?targetType=energy');
        return body.items?.[0];
      },
      { timeoutMs: 60_000, what: 'the energy strike' },
    );
    expect(strike.attacker).toBe('russia');
    expect(strike.locations.join(' ')).toMatch(/Kharkiv/);
    expect(strike.weapons).toEqual(expect.arrayContaining(['drone', 'missile']));
    expect(strike.sources[0].evidence.sentence).toMatch(/energy infrastructure/);
  });

  it('links every claim to its article and evidence', async () => {
    const { body } = await get('/v1/tolls?party=ukraine&measure=killed');
    const claimId = body.items[0].latest.sources[0].claimId;
    const claim = await get(`/v1/claims/${claimId}`);
    expect(claim.status).toBe(200);
    expect(claim.body.article.url).toBe(REFERENCE_ARTICLE.link);
    const article = await get(`/v1/articles/${claim.body.article.articleId}`);
    expect(article.body.claims.length).toBeGreaterThanOrEqual(4);
  });

  it('answers a bad parameter with a 400 problem naming it', async () => {
    const { status, body } = await get('/v1/strikes?targetType=volcano');
    expect(status).toBe(400);
    expect(body.parameter).toBe('targetType');
  });

  it('publishes nothing twice when ingest restarts', async () => {
    await waitFor(async () => (await articleCount()) >= 2, { what: 'both articles published' });
    const before = await articleCount();
    expect(before).toBe(2);
    const ingest = procs.get('ingest') as ServiceProcess;
    expect(await ingest.stop('SIGTERM')).toBe(0);
    const fetchesBefore = Number((await db.sql.query<{ n: string }>('SELECT fetch_count AS n FROM feeds')).rows[0]?.n);
    start('ingest', { HEALTH_PORT: String(await freePort()) }, 'e2e-ingest-restarted');
    // the restarted ingest has polled the feed at least twice more
    await waitFor(
      async () => Number((await db.sql.query<{ n: string }>('SELECT fetch_count AS n FROM feeds')).rows[0]?.n) >= fetchesBefore + 2,
      { timeoutMs: 30_000, what: 'two more polls after the restart' },
    );
    expect(await articleCount()).toBe(before);
    const { body } = await get('/v1/feeds');
    expect(body.items[0]).toMatchObject({ feedId: 'kyiv-desk', status: 'ok', itemsPublished: 2 });
  });
});
