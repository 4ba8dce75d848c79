import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { silentLogger } from '@claimwire/logging';
import { applyClaim } from '@claimwire/projector';
import { createTestDatabase, fixtures, type TestDatabase } from '@claimwire/testing';
import { build } from './app';
import { ArticlesPage, ClaimsPage, Problem, SourcesPage, StrikeDetail, StrikesPage, TollsPage } from './schemas';
import { A1, A2, A3, STRIKES, TALKS, TOLLS, seed } from './test-support/seed';

let db: TestDatabase;
let app: FastifyInstance;

// a later, less confident report of the Kharkiv strike with a higher toll
const KHARKIV_AGAIN = fixtures.strike({
  articleId: A3.articleId,
  published: A3.published,
  url: A3.url ?? undefined,
  feedId: A3.feedId,
  evidenceStart: 900,
  locations: ['Kharkiv'],
  date: '2026-02-03',
  weapons: ['drone'],
  killed: 3,
  injured: 7,
  confidence: 0.5,
  sentence: 'The toll from the Kharkiv drone strike rose to three dead and seven injured.',
});
const ALL = [...Object.values(TOLLS), ...Object.values(TALKS), ...Object.values(STRIKES), KHARKIV_AGAIN];

beforeAll(async () => {
  db = await createTestDatabase('cwgwl');
  const schema = await seed(db.sql);
  await db.sql.transaction((tx) => applyClaim(tx, schema, KHARKIV_AGAIN, { topic: 'claims', partition: 0, offset: '99', seenAt: '2026-02-07T12:00:00.000Z' }));
  app = await build({ sql: db.sql, logger: silentLogger(), validateResponses: true });
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

async function get<S extends z.ZodType>(url: string, schema: S): Promise<z.infer<S>> {
  const r = await app.inject({ method: 'GET', url });
  expect(r.statusCode, `${url}: ${r.body}`).toBe(200);
  return schema.parse(r.json());
}
async function problem(url: string, status: number) {
  const r = await app.inject({ method: 'GET', url });
  expect(r.statusCode, `${url}: ${r.body}`).toBe(status);
  expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
  return Problem.parse(r.json());
}
const claimIds = async (q: string) => (await get(`/v1/claims?limit=500&${q}`, ClaimsPage)).items.map((c) => c.claimId).sort();
const idsOf = (cs: { claimId: string }[]) => cs.map((c) => c.claimId).sort();

describe('GET /v1/claims', () => {
  it('lists every claim in the order it was committed, with its evidence and article', async () => {
    const page = await get('/v1/claims?limit=500', ClaimsPage);
    expect(page.nextCursor).toBeNull();
    // the seed projects them in this order (one transaction, then KHARKIV_AGAIN), which is not their seenAt order
    expect(page.items.map((c) => c.claimId)).toEqual(ALL.map((c) => c.claimId));
    const seen = page.items.map((c) => c.seenAt);
    expect(seen).not.toEqual([...seen].sort());
    const zel = page.items.find((c) => c.claimId === TOLLS.zel55.claimId);
    expect(zel).toMatchObject({ kind: 'toll', articleId: A2.articleId, feedId: 'wire-a', url: 'https://news.test/g2', evidence: { sentence: 'Zelensky said 55,000 soldiers had been killed.' } });
    expect(zel?.claim).toMatchObject({ value: 55_000, reportedBy: 'Zelensky' });
  });

  it('pages with a cursor, never skipping or repeating a claim', async () => {
    const all = (await get('/v1/claims?limit=500', ClaimsPage)).items.map((c) => c.claimId);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: z.infer<typeof ClaimsPage> = await get(`/v1/claims?limit=4${cursor ? `&cursor=${cursor}` : ''}`, ClaimsPage);
      expect(page.items.length).toBeLessThanOrEqual(4);
      paged.push(...page.items.map((c) => c.claimId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
  });

  it('filters by kind, party, reporter, feed, article, claim date, seen time and confidence', async () => {
    expect(await claimIds('kind=strike')).toEqual(idsOf([...Object.values(STRIKES), KHARKIV_AGAIN]));
    expect(await claimIds('party=united-states')).toEqual(idsOf([TALKS.round1, TALKS.round2sched, TALKS.round2held, TALKS.geneva]));
    // belgorod: ukraine attacked russia; TOLLS.russia names russia as its party
    expect(await claimIds('party=russia&kind=strike')).toEqual(idsOf(Object.values(STRIKES).concat(KHARKIV_AGAIN)));
    expect(await claimIds('reporter=ZELENSKY')).toEqual(idsOf([TOLLS.zel43, TOLLS.zel55, TOLLS.zel55again, TOLLS.zelPeriod]));
    expect(await claimIds('reporter=defence%20ministry')).toEqual(idsOf([TOLLS.ministry]));
    expect(await claimIds('feed=wire-b')).toEqual(idsOf(ALL.filter((c) => c.article.articleId === A3.articleId)));
    expect(await claimIds(`article=${A1.articleId}`)).toEqual(idsOf(ALL.filter((c) => c.article.articleId === A1.articleId)));
    // the claim's own date: a toll's asOf, a round's or strike's date (2026-02 starts on 02-01)
    expect(await claimIds('from=2026-02-04&to=2026-02-04')).toEqual(idsOf([TOLLS.zel55, TALKS.round2held, STRIKES.odesa2]));
    expect(await claimIds('to=2025')).toEqual(idsOf([TOLLS.zel43, TALKS.istanbul]));
    // seen time: a date covers its whole UTC day; a timestamp is exact
    expect(await claimIds('seenFrom=2026-02-07')).toEqual([KHARKIV_AGAIN.claimId]);
    expect(await claimIds('seenTo=2026-01')).toEqual(idsOf(ALL.filter((c) => c.article.articleId === A1.articleId)));
    expect(await claimIds('seenFrom=2026-02-07T12:00:00Z&seenTo=2026-02-07T12:00:00.000%2B00:00')).toEqual([KHARKIV_AGAIN.claimId]);
    expect(await claimIds('seenFrom=2026-02-07T12:00:00.001Z')).toEqual([]);
    expect(await claimIds('minConfidence=0.6')).toEqual(idsOf(ALL.filter((c) => c !== KHARKIV_AGAIN)));
    expect(await claimIds('minConfidence=0.5&kind=strike&party=ukraine&from=2026-02-03&to=2026-02-03')).toEqual(
      idsOf([STRIKES.odesa1, STRIKES.kharkiv, KHARKIV_AGAIN]),
    );
  });

  it('refuses what it cannot answer, naming the parameter', async () => {
    const cases: [string, string][] = [
      ['kind=rumour', 'kind'],
      ['minConfidence=2', 'minConfidence'],
      ['minConfidence=high', 'minConfidence'],
      ['seenFrom=yesterday', 'seenFrom'],
      ['seenFrom=2026-02-07T12:00:00', 'seenFrom'],
      ['seenFrom=2026-03&seenTo=2026-02', 'seenFrom'],
      ['from=2026-02-30', 'from'],
      ['article=clm_x', 'article'],
      ['cursor=bm9wZQ', 'cursor'],
    ];
    for (const [q, parameter] of cases) expect((await problem(`/v1/claims?${q}`, 400)).parameter, q).toBe(parameter);
  });
});

describe('GET /v1/articles', () => {
  it('lists articles newest first with their claim counts, filtered by feed, date and exact URL', async () => {
    const page = await get('/v1/articles', ArticlesPage);
    expect(page.items.map((a) => a.articleId)).toEqual([A3.articleId, A2.articleId, A1.articleId]);
    expect(page.items[0]?.claimCount).toBe(ALL.filter((c) => c.article.articleId === A3.articleId).length);
    const ids = async (q: string) => (await get(`/v1/articles?${q}`, ArticlesPage)).items.map((a) => a.articleId);
    expect(await ids('feed=wire-a')).toEqual([A2.articleId, A1.articleId]);
    expect(await ids('from=2026-02&to=2026-02-05')).toEqual([A2.articleId]);
    expect(await ids(`url=${encodeURIComponent('https://news.test/g2')}`)).toEqual([A2.articleId]);
    // exact: neither a prefix nor a different case finds it
    expect(await ids(`url=${encodeURIComponent('https://news.test/g')}`)).toEqual([]);
    expect(await ids(`url=${encodeURIComponent('HTTPS://NEWS.TEST/G2')}`)).toEqual([]);
  });

  it('pages with a cursor in a stable order', async () => {
    const first = await get('/v1/articles?limit=2', ArticlesPage);
    expect(first.nextCursor).not.toBeNull();
    const second = await get(`/v1/articles?limit=2&cursor=${first.nextCursor}`, ArticlesPage);
    expect([...first.items, ...second.items].map((a) => a.articleId)).toEqual([A3.articleId, A2.articleId, A1.articleId]);
    expect(second.nextCursor).toBeNull();
  });
});

describe('GET /v1/strikes/{id}', () => {
  it('gives the strike with the history of its reported tolls, oldest report first', async () => {
    const listed = (await get('/v1/strikes?location=kharkiv', StrikesPage)).items;
    expect(listed).toHaveLength(1);
    const id = listed[0]!.strikeId;
    const strike = await get(`/v1/strikes/${id}`, StrikeDetail);
    expect(strike).toMatchObject({ strikeId: id, locations: ['Kharkiv'], sourceCount: 2 });
    expect(strike.reports.map((r) => [r.killed, r.injured, r.source.claimId])).toEqual([
      [2, 5, STRIKES.kharkiv.claimId],
      [3, 7, KHARKIV_AGAIN.claimId],
    ]);
    expect(strike.reports[1]?.source).toMatchObject({ url: A3.url, evidence: { sentence: KHARKIV_AGAIN.evidence.sentence } });
    expect(strike.sources.map((s) => s.claimId)).toEqual([STRIKES.kharkiv.claimId, KHARKIV_AGAIN.claimId]);
  });

  it('answers 404 for an unknown strike and 400 for a malformed id', async () => {
    expect((await problem('/v1/strikes/stk_nope', 404)).detail).toContain('stk_nope');
    expect((await problem('/v1/strikes/fig_nope', 400)).parameter).toBe('id');
  });
});

describe('unknown ids answer 404 everywhere', () => {
  it('/v1/sources?entity= of an id that does not exist is a 404, of one that does a page', async () => {
    for (const id of ['fig_nope', 'rnd_nope', 'stk_nope']) expect((await problem(`/v1/sources?entity=${id}`, 404)).detail).toContain(id);
    const strike = (await get('/v1/strikes?location=kharkiv', StrikesPage)).items[0]!;
    expect((await get(`/v1/sources?entity=${strike.strikeId}`, SourcesPage)).items).toHaveLength(2);
  });

  it('an unknown id in a list filter is a 404 naming it, as JSON, as CSV and on the stream, not an empty list', async () => {
    const cases: [string, string][] = [
      ['/v1/claims?article=art_doesnotexist', 'art_doesnotexist'],
      ['/v1/claims?feed=no-such-feed', 'no-such-feed'],
      [`/v1/claims?kind=toll&feed=no-such-feed&article=${A1.articleId}`, 'no-such-feed'],
      ['/v1/articles?feed=no-such-feed', 'no-such-feed'],
      ['/v1/tolls?reporter=no-such-reporter', 'no-such-reporter'],
      ['/v1/stream?feed=no-such-feed', 'no-such-feed'],
    ];
    for (const [url, id] of cases) {
      expect((await problem(url, 404)).detail, url).toContain(id);
      if (url.startsWith('/v1/stream')) continue;
      const sep = url.includes('?') ? '&' : '?';
      expect((await problem(`${url}${sep}format=csv`, 404)).detail, `${url} as CSV`).toContain(id);
    }
  });

  it('a feed ingest knows but that has no articles yet, or a gazetteer reporter with no figures yet, is an empty list, not a 404', async () => {
    await db.sql.query(`INSERT INTO feeds (feed_id, url, interval_seconds) VALUES ('wire-new', 'https://news.test/new.xml', 300)`);
    expect((await get('/v1/claims?feed=wire-new', ClaimsPage)).items).toEqual([]);
    expect((await get('/v1/articles?feed=wire-new', ArticlesPage)).items).toEqual([]);
    expect((await get('/v1/tolls?reporter=unhcr', TollsPage)).items).toEqual([]);
    // known ones with claims: a seeded feed and article, a series' reporter
    expect((await get('/v1/claims?feed=wire-b', ClaimsPage)).items.length).toBeGreaterThan(0);
    expect((await get(`/v1/claims?article=${A2.articleId}`, ClaimsPage)).items.length).toBeGreaterThan(0);
    expect((await get('/v1/tolls?reporter=ua-general-staff', TollsPage)).items.length).toBeGreaterThan(0);
  });
});

describe('GET /v1/claims as CSV', () => {
  it('streams every claim the filter selects, one row each with its source URL and evidence, for ?format=csv and Accept: text/csv', async () => {
    const json = (await get('/v1/claims?limit=500&kind=toll', ClaimsPage)).items;
    for (const r of [
      await app.inject({ method: 'GET', url: '/v1/claims?kind=toll&format=csv&limit=1' }),
      await app.inject({ method: 'GET', url: '/v1/claims?kind=toll', headers: { accept: 'text/csv' } }),
    ]) {
      expect(r.statusCode, r.body).toBe(200);
      expect(r.headers['content-type']).toMatch(/^text\/csv/);
      const rows = parse(r.body, { columns: true }) as Record<string, string>[];
      expect(rows.map((x) => x.claim_id)).toEqual(json.map((c) => c.claimId));
      const zel = rows.find((x) => x.claim_id === TOLLS.zel55.claimId);
      expect(zel).toMatchObject({ kind: 'toll', source_url: 'https://news.test/g2', evidence_sentence: 'Zelensky said 55,000 soldiers had been killed.' });
      expect(JSON.parse(zel?.claim ?? 'null')).toMatchObject({ value: 55_000 });
    }
  });

  it('documents the CSV columns and refuses an unknown format', async () => {
    expect((await problem('/v1/claims?format=xlsx', 400)).parameter).toBe('format');
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: { description?: string } }> }> } }> };
    expect(doc.paths['/v1/claims']?.get.responses['200']?.content?.['text/csv']?.schema.description).toContain('`evidence_sentence`');
  });
});

describe('the read-model lists as CSV', () => {
  const csv = async (url: string) => {
    const r = await app.inject({ method: 'GET', url });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/csv/);
    return parse(r.body, { columns: true }) as Record<string, string>[];
  };

  it('exports tolls as one row per figure, with the series, the reporter and the first source', async () => {
    const rows = await csv('/v1/tolls?format=csv&reportedBy=zelensky');
    expect(rows.map((x) => [x.value, x.scope, x.as_of])).toEqual([
      ['43000', 'cumulative', '2024-12'],
      ['55000', 'cumulative', '2026-02-04'],
      ['30', 'period', '2026-02-05'],
    ]);
    expect(rows[1]).toMatchObject({ party: 'ukraine', measure: 'killed', reporter: 'Zelensky', reporter_id: '', source_count: '2', source_url: 'https://news.test/g2', evidence_sentence: 'Zelensky said 55,000 soldiers had been killed.' });
    const gs = await csv('/v1/tolls?format=csv&reporter=ua-general-staff');
    expect(gs.map((x) => [x.reporter, x.reporter_country, x.value])).toEqual([["Ukraine's General Staff", 'ukraine', '1200000']]);
    expect(await csv('/v1/tolls?format=csv&from=2026-02-05&scope=period')).toHaveLength(1);
  });

  it('exports talks as one row per round, and strikes as one row per strike, with the latest toll', async () => {
    const rounds = await csv('/v1/talks?format=csv&party=united-states');
    expect(rounds.map((x) => [x.round, x.location, x.status])).toEqual([
      ['1', 'Abu Dhabi', 'held'],
      ['2', 'Abu Dhabi', 'held'],
      ['', 'Geneva', 'scheduled'],
    ]);
    expect(JSON.parse(rounds[1]?.outcomes ?? 'null')).toEqual([{ type: 'prisoner_exchange', total: 314, released: { russia: 157, ukraine: 157 } }]);
    const strikes = await csv('/v1/strikes?format=csv&location=kharkiv');
    const json = (await get('/v1/strikes?location=kharkiv', StrikesPage)).items;
    expect(strikes.map((x) => x.strike_id)).toEqual(json.map((s) => s.strikeId));
    expect(strikes[0]).toMatchObject({ locations: 'Kharkiv', killed: '3', injured: '7', source_count: '2', weapons: 'drone', place: 'Kharkiv' });
    // where the map draws it, the same point as the JSON's location
    expect([Number(strikes[0]?.lat), Number(strikes[0]?.lon)]).toEqual([json[0]?.location?.lat, json[0]?.location?.lon]);
    expect(Math.abs(Number(strikes[0]?.lat) - 50)).toBeLessThan(0.5);
  });

  it('exports articles as one row per article of the whole filter, in the JSON list\'s order', async () => {
    const json = (await get('/v1/articles?feed=wire-a', ArticlesPage)).items;
    for (const r of [
      await app.inject({ method: 'GET', url: '/v1/articles?feed=wire-a&format=csv&limit=1' }),
      await app.inject({ method: 'GET', url: '/v1/articles?feed=wire-a', headers: { accept: 'text/csv' } }),
    ]) {
      expect(r.statusCode, r.body).toBe(200);
      expect(r.headers['content-type']).toMatch(/^text\/csv/);
      const rows = parse(r.body, { columns: true }) as Record<string, string>[];
      expect(rows.map((x) => x.article_id)).toEqual([A2.articleId, A1.articleId]);
      expect(rows.map((x) => [x.url, x.published, x.claim_count])).toEqual(json.map((a) => [a.url, a.published, String(a.claimCount)]));
    }
    expect(await csv(`/v1/articles?format=csv&url=${encodeURIComponent('https://news.test/g2')}`)).toHaveLength(1);
  });

  it('exports every source of a figure, round or strike, and answers an unknown one 404 as the JSON does', async () => {
    const strike = (await get('/v1/strikes?location=kharkiv', StrikesPage)).items[0]!;
    const rows = await csv(`/v1/sources?entity=${strike.strikeId}&format=csv&limit=1`);
    expect(rows.map((x) => x.claim_id)).toEqual([STRIKES.kharkiv.claimId, KHARKIV_AGAIN.claimId]);
    expect(rows[1]).toMatchObject({ entity_id: strike.strikeId, source_url: A3.url, evidence_sentence: KHARKIV_AGAIN.evidence.sentence, confidence: '0.5' });
    const r = await app.inject({ method: 'GET', url: '/v1/sources?entity=stk_nope', headers: { accept: 'text/csv' } });
    expect(r.statusCode, r.body).toBe(404);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('never answers JSON to a request for CSV where there is none: 406 for Accept: text/csv, 400 for ?format=csv', async () => {
    const strike = (await get('/v1/strikes?location=kharkiv', StrikesPage)).items[0]!;
    for (const url of ['/v1/strikes/summary', `/v1/strikes/${strike.strikeId}`, `/v1/claims/${TOLLS.zel55.claimId}`]) {
      const r = await app.inject({ method: 'GET', url, headers: { accept: 'text/csv' } });
      expect(r.statusCode, `${url}: ${r.body}`).toBe(406);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Problem.parse(r.json()).type).toBe('/problems/not-acceptable');
      // JSON still comes to a client that takes it besides CSV
      expect((await app.inject({ method: 'GET', url, headers: { accept: 'text/csv, */*;q=0.1' } })).statusCode, url).toBe(200);
    }
    expect((await problem('/v1/strikes/summary?format=csv', 400)).parameter).toBe('format');
  });

  it('documents each list\'s CSV columns, and 406 where there is no CSV', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: { description?: string } }> }> } }> };
    for (const [path, column] of [
      ['/v1/tolls', 'reporter_country'],
      ['/v1/talks', 'outcomes'],
      ['/v1/strikes', 'evidence_sentence'],
      ['/v1/strikes', 'lat'],
      ['/v1/articles', 'claim_count'],
      ['/v1/sources', 'evidence_sentence'],
      ['/v1/feeds', 'health'],
    ] as const)
      expect(doc.paths[path]?.get.responses['200']?.content?.['text/csv']?.schema.description, path).toContain(`\`${column}\``);
    expect(doc.paths['/v1/strikes/summary']?.get.responses['406']).toBeDefined();
    expect(doc.paths['/v1/claims']?.get.responses['406']).toBeUndefined();
  });
});
