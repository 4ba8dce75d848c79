/** Problem type pages, the problem `type` URIs that lead to them, and the rate limit headers a browser can read. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '@claimwire/logging';
import { PgliteSql } from '@claimwire/sql';
import { build } from '../app';
import { Problem } from '../schemas';
import { PROBLEM_SLUGS, PROBLEM_TYPES } from './catalogue';
import { ProblemTypeDoc } from './schema';

let sql: PgliteSql;
let app: FastifyInstance;
let limited: FastifyInstance;

beforeAll(async () => {
  sql = new PgliteSql({ dataDir: 'memory://' });
  app = await build({ sql, logger: silentLogger() });
  limited = await build({ sql, logger: silentLogger(), rateLimitPerMinute: 2 });
});
afterAll(async () => {
  await app?.close();
  await limited?.close();
  await sql?.close();
});

describe('GET /problems/{type}', () => {
  it.each(PROBLEM_SLUGS)('explains %s as JSON', async (slug) => {
    const r = await app.inject({ method: 'GET', url: `/problems/${slug}` });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    const doc = ProblemTypeDoc.parse(r.json());
    expect(doc).toMatchObject({ type: `/problems/${slug}`, title: PROBLEM_TYPES[slug].title });
    expect(doc.explanation.length).toBeGreaterThan(20);
  });

  it('answers a browser with a small HTML page', async () => {
    const r = await app.inject({ method: 'GET', url: '/problems/rate-limited', headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.body).toContain('<h1>Too many requests</h1>');
    expect(r.body).toContain('retry-after');
    expect(r.body).not.toMatch(/<script/i);
  });

  it('is a not-found problem for an unknown type', async () => {
    const r = await app.inject({ method: 'GET', url: '/problems/teapot' });
    expect(r.statusCode).toBe(404);
    expect(Problem.parse(r.json()).type).toBe('/problems/not-found');
  });

  it('serves the page every problem response points to', async () => {
    const problems = [
      await app.inject({ method: 'GET', url: '/v1/nothing-here' }),
      await app.inject({ method: 'GET', url: '/v1/tolls?limit=0' }),
    ];
    for (const p of problems) {
      const { type } = Problem.parse(p.json());
      const page = await app.inject({ method: 'GET', url: new URL(type, 'http://gateway.test/v1/tolls').pathname });
      expect(page.statusCode, type).toBe(200);
    }
  });
});

describe('rate limiting', () => {
  it('answers 429 as a rate-limited problem with retry-after and x-ratelimit-*, all readable cross-origin', async () => {
    const origin = { origin: 'https://dashboard.test' };
    const first = await limited.inject({ method: 'GET', url: '/problems/internal', headers: origin });
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-ratelimit-limit']).toBe('2');
    expect(first.headers['x-ratelimit-remaining']).toBe('1');
    await limited.inject({ method: 'GET', url: '/problems/internal', headers: origin });
    const r = await limited.inject({ method: 'GET', url: '/problems/internal', headers: origin });
    expect(r.statusCode).toBe(429);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Problem.parse(r.json()).type).toBe('/problems/rate-limited');
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    for (const h of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']) expect(r.headers[h], h).toBeDefined();
    const exposed = String(r.headers['access-control-expose-headers']).split(',').map((h) => h.trim().toLowerCase());
    expect(exposed).toEqual(expect.arrayContaining(['etag', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']));
  });
});
