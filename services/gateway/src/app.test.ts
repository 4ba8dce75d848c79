import SwaggerParser from '@apidevtools/swagger-parser';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { silentLogger } from '@claimwire/logging';
import { createTestDatabase, type TestDatabase } from '@claimwire/testing';
import { build } from './app';
import { ArticleDetail, ClaimDetail, FeedsResponse, Problem, SeriesDetail, StrikeSummary, StrikesPage, TalksPage, TollsPage, TrackDetail } from './schemas';
import { A1, A2, STRIKES, TALKS, TOLLS, seed } from './test-support/seed';

let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase('cwgw');
  await seed(db.sql);
  app = await build({ sql: db.sql, logger: silentLogger(), validateResponses: true });
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

/** GET a URL and parse the body with the response schema the handler uses. */
async function get<S extends z.ZodType>(url: string, schema: S): Promise<z.infer<S>> {
  const r = await app.inject({ method: 'GET', url });
  expect(r.statusCode, `${url}: ${r.body}`).toBe(200);
  expect(r.headers['content-type']).toMatch(/^application\/json/);
  return schema.parse(r.json());
}

async function problem(url: string, status = 400) {
  const r = await app.inject({ method: 'GET', url });
  expect(r.statusCode, `${url}: ${r.body}`).toBe(status);
  expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
  return Problem.parse(r.json());
}

describe('GET /v1/tolls', () => {
  it('lists series with their latest cumulative figure, its change and its sources', async () => {
    const page = await get('/v1/tolls', TollsPage);
    expect(page.nextCursor).toBeNull();
    // running totals and period figures are series of their own
    expect(page.items.map((s) => [s.party, s.measure, s.reportedBy, s.scope, s.period])).toEqual([
      ['russia', 'casualties', 'General Staff', 'cumulative', null],
      ['ukraine', 'killed', 'Russian Defence Ministry', 'cumulative', null],
      ['ukraine', 'killed', 'Zelensky', 'cumulative', null],
      ['ukraine', 'killed', 'Zelensky', 'period', 'other'],
    ]);
    // a resolved reporter is shown as its entity; an unknown one keeps its name as written
    expect(page.items[0]?.reporter).toEqual({ id: 'ua-general-staff', name: "Ukraine's General Staff", country: 'ukraine' });
    expect(page.items[2]?.reporter).toEqual({ id: null, name: 'Zelensky', country: null });
    const zel = page.items[2]!;
    expect(zel.figureCount).toBe(2);
    expect(page.items[3]?.latest?.value).toBe(30);
    expect(zel.latest).toMatchObject({ value: 55_000, bound: 'exact', asOf: '2026-02-04', precision: 'day', scope: 'cumulative', sourceCount: 2 });
    expect(zel.change).toEqual({ from: 43_000, to: 55_000, delta: 12_000, percent: 27.9, fromAsOf: '2024-12', toAsOf: '2026-02-04', days: 430 });
    expect(zel.latest?.sources.map((s) => s.url)).toEqual(['https://news.test/g2', 'https://news.test/g3']);
    expect(zel.latest?.sources[0]).toMatchObject({
      claimId: TOLLS.zel55.claimId,
      articleId: A2.articleId,
      feedId: 'wire-a',
      title: 'A test article',
      evidence: { sentence: 'Zelensky said 55,000 soldiers had been killed.', start: 100 },
    });
  });

  it('filters by party, population, measure, reporter, scope and date', async () => {
    const ids = async (q: string) => (await get(`/v1/tolls?${q}`, TollsPage)).items.map((s) => s.reportedBy);
    expect(await ids('party=russia')).toEqual(['General Staff']);
    expect(await ids('measure=killed&population=military')).toEqual(['Russian Defence Ministry', 'Zelensky', 'Zelensky']);
    expect(await ids('population=civilian')).toEqual([]);
    expect(await ids('reportedBy=ZELENSKY')).toEqual(['Zelensky', 'Zelensky']);
    expect(await ids('reportedBy=defence%20ministry')).toEqual(['Russian Defence Ministry']);
    // by the entity: its display name, its id, its country
    expect(await ids("reportedBy=Ukraine's%20General%20Staff")).toEqual(['General Staff']);
    expect(await ids('reporter=ua-general-staff')).toEqual(['General Staff']);
    expect(await ids('reporterCountry=russia')).toEqual(['Russian Defence Ministry']);
    expect(await ids('scope=cumulative&reportedBy=zelensky')).toEqual(['Zelensky']);
    expect(await ids('period=other')).toEqual(['Zelensky']);
    expect(await ids('to=2025')).toEqual(['Zelensky']);
    expect(await ids('from=2026-02-05')).toEqual(['General Staff', 'Zelensky']);
    const period = await get('/v1/tolls?scope=period', TollsPage);
    expect(period.items.map((s) => [s.reportedBy, s.latest?.value])).toEqual([['Zelensky', 30]]);
    const early = await get('/v1/tolls?reportedBy=zelensky&to=2025-12', TollsPage);
    expect(early.items[0]?.latest?.value).toBe(43_000);
  });

  it('pages with a cursor in a stable order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: z.infer<typeof TollsPage> = await get(`/v1/tolls?limit=1${cursor ? `&cursor=${cursor}` : ''}`, TollsPage);
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((s) => s.seriesId));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    const all = await get('/v1/tolls?limit=500', TollsPage);
    expect(seen).toEqual(all.items.map((s) => s.seriesId));
  });
});

describe('GET /v1/tolls/{seriesId}', () => {
  it('returns the full history, each figure with its change, and the other reporters side by side', async () => {
    const list = await get('/v1/tolls?reportedBy=zelensky', TollsPage);
    const id = list.items[0]!.seriesId;
    const s = await get(`/v1/tolls/${id}`, SeriesDetail);
    expect(s.figures.map((f) => [f.value, f.scope, f.asOf, f.change?.delta ?? null])).toEqual([
      [43_000, 'cumulative', '2024-12', null],
      [55_000, 'cumulative', '2026-02-04', 12_000],
    ]);
    expect(s.latest?.value).toBe(55_000);
    // the other reporters of the same scope (not Zelensky's own period series)
    expect(s.otherReporters).toEqual([
      {
        seriesId: expect.stringMatching(/^ser_/),
        reportedBy: 'Russian Defence Ministry',
        reporter: { id: 'ru-defence-ministry', name: 'Russian Defence Ministry', country: 'russia' },
        latestValue: 300_000,
        latestAsOf: '2026-02',
      },
    ]);
    const windowed = await get(`/v1/tolls/${id}?from=2026&scope=cumulative`, SeriesDetail);
    expect(windowed.figures.map((f) => f.value)).toEqual([55_000]);
  });

  it('answers 404 for an unknown series and 400 for a malformed id', async () => {
    expect((await problem('/v1/tolls/ser_doesnotexist', 404)).detail).toMatch(/does not exist/);
    expect((await problem('/v1/tolls/nope')).parameter).toBe('id');
  });
});

describe('GET /v1/talks', () => {
  it('groups rounds into tracks by parties, with running totals over held rounds', async () => {
    const page = await get('/v1/talks', TalksPage);
    expect(page.items.map((t) => t.trackId)).toEqual(['trk_russia+ukraine', 'trk_russia+ukraine+united-states']);
    const tri = page.items[1]!;
    expect(tri.roundCount).toBe(3);
    expect(tri.totals).toEqual({
      rounds: { held: 2, scheduled: 1, cancelled: 0 },
      prisonersExchanged: 314,
      prisonersAgreed: 0,
      releasedByParty: { russia: 157, ukraine: 157 },
      bodiesRepatriated: 1000,
      agreements: [],
    });
    expect(tri.latestRound).toMatchObject({ location: 'Geneva', status: 'scheduled', date: '2026-03', precision: 'month' });
  });

  it('filters by party, status, venue and date', async () => {
    const ids = async (q: string) => (await get(`/v1/talks?${q}`, TalksPage)).items.map((t) => t.trackId);
    expect(await ids('party=united-states')).toEqual(['trk_russia+ukraine+united-states']);
    expect(await ids('status=scheduled')).toEqual(['trk_russia+ukraine+united-states']);
    expect(await ids('location=istanbul')).toEqual(['trk_russia+ukraine']);
    expect(await ids('from=2025-06&to=2025-06')).toEqual(['trk_russia+ukraine']);
    expect(await ids('status=cancelled')).toEqual([]);
    const p1 = await get('/v1/talks?limit=1', TalksPage);
    const p2 = await get(`/v1/talks?limit=1&cursor=${p1.nextCursor}`, TalksPage);
    expect([...p1.items, ...p2.items].map((t) => t.trackId)).toEqual(['trk_russia+ukraine', 'trk_russia+ukraine+united-states']);
    expect(p2.nextCursor).toBeNull();
  });
});

describe('GET /v1/talks/{trackId}', () => {
  it('shows a round reported as scheduled then held as one round whose status moved', async () => {
    const t = await get('/v1/talks/trk_russia+ukraine+united-states', TrackDetail);
    expect(t.rounds.map((r) => [r.round, r.location, r.date, r.status, r.sourceCount])).toEqual([
      [1, 'Abu Dhabi', '2026-01-23', 'held', 1],
      [2, 'Abu Dhabi', '2026-02-04', 'held', 2],
      [null, 'Geneva', '2026-03', 'scheduled', 1],
    ]);
    const r2 = t.rounds[1]!;
    expect(r2.participants).toEqual(['Kushner', 'Witkoff']);
    expect(r2.outcomes).toEqual([{ type: 'prisoner_exchange', total: 314, released: { russia: 157, ukraine: 157 } }]);
    expect(r2.sources.map((s) => s.claimId).sort()).toEqual([TALKS.round2sched.claimId, TALKS.round2held.claimId].sort());
    await problem('/v1/talks/trk_nobody', 404);
  });
});

describe('GET /v1/strikes', () => {
  it('lists strikes newest first, merging reports of one attack, with totals over the filter', async () => {
    const page = await get('/v1/strikes', StrikesPage);
    expect(page.items.map((s) => s.date)).toEqual(['2026-02-10', '2026-02-03', '2026-02-03', '2026-02', '2026-01-20']);
    const odesa = page.items.find((s) => s.locations.includes('Izmail'))!;
    expect(odesa).toMatchObject({ attacker: 'russia', target: 'ukraine', targetType: 'energy', killed: 3, injured: 11, weapons: ['drone', 'missile'], sourceCount: 2 });
    expect(odesa.sources.map((s) => s.claimId).sort()).toEqual([STRIKES.odesa1.claimId, STRIKES.odesa2.claimId].sort());
    expect(page.totals).toEqual({ strikes: 5, killed: 9, injured: 36 });
  });

  it('filters by attacker, target, target type, place, weapon and dates', async () => {
    const dates = async (q: string) => {
      const p = await get(`/v1/strikes?${q}`, StrikesPage);
      return { dates: p.items.map((s) => s.date), totals: p.totals };
    };
    expect(await dates('targetType=energy&from=2026-02-01&to=2026-02-07')).toEqual({
      dates: ['2026-02-03', '2026-02-03'],
      totals: { strikes: 2, killed: 5, injured: 16 },
    });
    expect((await dates('attacker=ukraine')).dates).toEqual(['2026-02-10']);
    expect((await dates('target=russia')).dates).toEqual(['2026-02-10']);
    expect((await dates('location=IZMAIL')).dates).toEqual(['2026-02-03']);
    expect((await dates('location=odesa')).dates).toEqual(['2026-02-03', '2026-02']);
    expect((await dates('weapon=missile&targetType=residential')).totals).toEqual({ strikes: 1, killed: 4, injured: 20 });
    expect((await dates('from=2026-01&to=2026-01')).dates).toEqual(['2026-01-20']);
  });

  it('pages with a cursor through ties in a stable order', async () => {
    const all = (await get('/v1/strikes?limit=500', StrikesPage)).items.map((s) => s.strikeId);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: z.infer<typeof StrikesPage> = await get(`/v1/strikes?limit=2${cursor ? `&cursor=${cursor}` : ''}`, StrikesPage);
      seen.push(...page.items.map((s) => s.strikeId));
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(all);
  });
});

describe('GET /v1/strikes/summary', () => {
  it('sums dated strikes per week and target type', async () => {
    const s = await get('/v1/strikes/summary?attacker=russia', StrikeSummary);
    expect(s.weeks).toEqual([
      { weekStart: '2026-02-02', targetType: 'energy', strikes: 2, killed: 5, injured: 16 },
      { weekStart: '2026-01-19', targetType: 'residential', strikes: 1, killed: 4, injured: 20 },
    ]);
    expect(s.totals).toEqual({ strikes: 4, killed: 9, injured: 36 });
    expect(s.notInWeeks).toBe(1);
    expect((await get('/v1/strikes/summary?targetType=healthcare', StrikeSummary)).weeks).toEqual([]);
  });
});

describe('provenance', () => {
  it('GET /v1/claims/{id} returns the claim with its evidence and article', async () => {
    const c = await get(`/v1/claims/${TOLLS.zel43.claimId}`, ClaimDetail);
    expect(c).toMatchObject({
      claimId: TOLLS.zel43.claimId,
      kind: 'toll',
      claim: { party: 'ukraine', value: 43_000, reportedBy: 'Zelensky', asOf: '2024-12' },
      evidence: { sentence: 'Zelensky said 43,000 soldiers had been killed.', start: 100 },
      article: { articleId: A1.articleId, url: 'https://news.test/g1', title: 'January wrap', feedId: 'wire-a' },
    });
    expect(c.entityId).toMatch(/^fig_/);
    await problem('/v1/claims/clm_000000000000000000000000', 404);
    expect((await problem('/v1/claims/x')).parameter).toBe('id');
  });

  it('GET /v1/articles/{id} returns the article with all its claims in text order', async () => {
    const a = await get(`/v1/articles/${A2.articleId}`, ArticleDetail);
    expect(a.article).toMatchObject({ articleId: A2.articleId, title: 'Talks in Abu Dhabi', published: '2026-02-05T09:00:00.000Z' });
    expect(a.claims.map((c) => c.kind)).toEqual(['toll', 'toll', 'talks', 'strike', 'strike']);
    expect(a.claims.map((c) => c.evidence.start)).toEqual([100, 200, 300, 400, 500]);
    await problem('/v1/articles/art_000000000000000000000000', 404);
  });
});

describe('GET /v1/feeds', () => {
  it('lists each feed with its health', async () => {
    const f = await get('/v1/feeds', FeedsResponse);
    expect(f.items.map((x) => [x.feedId, x.status, x.health, x.httpStatus])).toEqual([
      ['wire-a', 'ok', 'healthy', 200],
      ['wire-b', 'failing', 'failing', 503],
    ]);
    expect(f.items[1]?.error).toEqual({ kind: 'http', message: 'HTTP 503' });
    // worded from the stored status and times when read (the seed stores no sentence)
    expect(f.items.map((x) => x.healthReason)).toEqual(['OK (fetched).', expect.stringMatching(/^Last attempt failed: HTTP 503; 3 consecutive failures over \d/)]);
    // ingest never ran on this database: no load recorded, nothing rejected
    expect(f.config).toEqual({ valid: true, loadedAt: null, rejectedReload: null });
    expect((await problem('/v1/feeds?party=x')).parameter).toBe('party');
  });
});

describe('bad input is a 400 problem naming the parameter, never a 500', () => {
  it.each([
    ['/v1/strikes?from=2026-13-01', 'from', /YYYY/],
    ['/v1/strikes?to=2026-02-30', 'to', /not a real calendar date/],
    ['/v1/strikes?from=yesterday', 'from', /YYYY/],
    ['/v1/strikes?from=2026-03&to=2026-02', 'from', /after/],
    ['/v1/tolls?measure=dead', 'measure', /one of: killed, wounded/],
    ['/v1/strikes?targetType=hospital', 'targetType', /energy/],
    ['/v1/talks?status=postponed', 'status', /held/],
    ['/v1/tolls?party=Ukraine!', 'party', /slug/],
    ['/v1/tolls?limit=-1', 'limit', /at least 1/],
    ['/v1/tolls?limit=1000000000', 'limit', /at most 500/],
    ['/v1/tolls?limit=501', 'limit', /at most 500/],
    ['/v1/tolls?limit=abc', 'limit', /whole number/],
    ['/v1/tolls?limit=1.5', 'limit', /whole number/],
    ['/v1/tolls?cursor=!!!', 'cursor', /cursor/],
    ['/v1/tolls?cursor=bm9wZQ', 'cursor', /cursor/],
    ['/v1/strikes?cursor=WyJ4Il0', 'cursor', /cursor/],
    ['/v1/talks?cursor=WzFd', 'cursor', /cursor/],
    ['/v1/tolls?colour=red', 'colour', /unknown parameter/],
    ['/v1/tolls?party=ukraine&party=russia', 'party', /more than once/],
    ['/v1/talks?location=', 'location', /empty/],
    [`/v1/tolls?reportedBy=${'x'.repeat(300)}`, 'reportedBy', /too long/],
  ])('%s', async (url, parameter, message) => {
    const p = await problem(url);
    expect(p).toMatchObject({ status: 400, type: expect.stringContaining('invalid-parameter'), parameter });
    expect(p.detail).toMatch(message);
    expect(p.instance).toBe(url.split('?')[0]);
  });

  it('refuses a 10 kB query string', async () => {
    const p = await problem(`/v1/strikes?location=${'a'.repeat(10_000)}`);
    expect(p.parameter).toBe('(query)');
  });

  it('answers an over-long path parameter with a 400 problem, not the router\'s own error', async () => {
    const p = await problem(`/v1/claims/clm_${'a'.repeat(400)}`);
    expect(p).toMatchObject({ parameter: '(path)', title: 'Invalid request parameter' });
  });

  it('answers unknown routes with a 404 problem', async () => {
    expect((await problem('/v1/nothing', 404)).title).toBe('Not found');
  });
});

describe('HTTP caching and CORS', () => {
  it('sends an ETag and answers 304 to If-None-Match', async () => {
    const first = await app.inject({ method: 'GET', url: '/v1/strikes?targetType=energy' });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    const again = await app.inject({ method: 'GET', url: '/v1/strikes?targetType=energy', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await app.inject({ method: 'GET', url: '/v1/strikes?targetType=port', headers: { 'if-none-match': etag } });
    expect(other.statusCode).toBe(200);
    expect(other.headers.etag).not.toBe(etag);
  });

  it('allows cross-origin reads', async () => {
    const r = await app.inject({ method: 'GET', url: '/v1/feeds', headers: { origin: 'https://dashboard.test' } });
    expect(r.headers['access-control-allow-origin']).toBe('*');
    const pre = await app.inject({
      method: 'OPTIONS',
      url: '/v1/tolls',
      headers: { origin: 'https://dashboard.test', 'access-control-request-method': 'GET' },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-methods']).toContain('GET');
  });
});

describe('OpenAPI', () => {
  it('serves a document that an outside validator accepts, covering every endpoint', async () => {
    const r = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(r.statusCode).toBe(200);
    const doc = r.json() as { openapi: string; paths: Record<string, { get: { parameters: { name: string }[]; responses: Record<string, unknown> } }> };
    expect(doc.openapi).toBe('3.1.0');
    await SwaggerParser.validate(structuredClone(doc) as never);
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/problems/{type}',
      '/v1/articles',
      '/v1/articles/{id}',
      '/v1/claims',
      '/v1/claims/{id}',
      '/v1/feeds',
      '/v1/sources',
      '/v1/stream',
      '/v1/strikes',
      '/v1/strikes/summary',
      '/v1/strikes/{id}',
      '/v1/talks',
      '/v1/talks/{id}',
      '/v1/tolls',
      '/v1/tolls/{id}',
    ]);
    expect(doc.paths['/v1/strikes']?.get.parameters.map((p) => p.name)).toEqual(['attacker', 'target', 'targetType', 'location', 'weapon', 'from', 'to', 'limit', 'cursor', 'format', 'If-None-Match']);
    for (const [path, p] of Object.entries(doc.paths)) if (path.startsWith('/v1/')) expect(Object.keys(p.get.responses)).toEqual(expect.arrayContaining(['200', '400']));
  });

  it('a broken document fails the validator (the check can fail)', async () => {
    const r = await app.inject({ method: 'GET', url: '/openapi.json' });
    const doc = r.json() as { paths: Record<string, { get: { responses: Record<string, unknown> } }> };
    (doc.paths['/v1/tolls']!.get.responses['200'] as { content: unknown }).content = { 'application/json': { schema: { $ref: '#/components/schemas/Nope' } } };
    await expect(SwaggerParser.validate(doc as never)).rejects.toThrow();
  });

  it('serves browsable docs at /docs', async () => {
    const r = await app.inject({ method: 'GET', url: '/docs' });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Swagger UI');
  });
});
