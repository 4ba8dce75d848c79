/**
 * The served /openapi.json, checked by outside tools: redocly's linter (recommended rules)
 * and openapi-typescript, whose generated client must type-check against a few calls.
 * The gateway runs over PGlite (in-process Postgres): the document needs no data.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '@claimwire/logging';
import { PgliteSql } from '@claimwire/sql';
import { build } from '../app';
import { PROBLEM_SLUGS } from '../problems/catalogue';
import { generateClientTypes, redoclyLint, typeCheck } from '../test-support/openapi-tools';

type Doc = {
  components: { schemas: Record<string, Record<string, unknown>>; headers: Record<string, unknown> };
  paths: Record<string, { get: { responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }> } }>;
};

let sql: PgliteSql;
let app: FastifyInstance;
let dir: string;
let served: string;

beforeAll(async () => {
  sql = new PgliteSql({ dataDir: 'memory://' });
  app = await build({ sql, logger: silentLogger() });
  dir = mkdtempSync(join(tmpdir(), 'cw-openapi-'));
  const r = await app.inject({ method: 'GET', url: '/openapi.json' });
  expect(r.statusCode).toBe(200);
  served = r.body;
});
afterAll(async () => {
  await app?.close();
  await sql?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const docOf = (): Doc => JSON.parse(served) as Doc;

function lint(doc: unknown, name: string) {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return redoclyLint(file, dir);
}

describe('/openapi.json', () => {
  it('has a real schema behind every component (none is only a reference to itself)', () => {
    const schemas = docOf().components.schemas;
    expect(Object.keys(schemas).length).toBeGreaterThan(20);
    for (const [name, s] of Object.entries(schemas)) {
      expect(s.$ref, name).toBeUndefined();
      expect(s.type ?? s.anyOf ?? s.oneOf ?? s.allOf, name).toBeDefined();
    }
  });

  it('passes `redocly lint` (recommended rules) without errors', () => {
    const r = lint(docOf(), 'openapi.json');
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors, r.output.slice(0, 4000)).toEqual([]);
    expect(r.status, r.output.slice(0, 4000)).toBe(0);
    // the one warning: the project states no licence, and the document does not invent one
    expect(r.problems.map((p) => p.ruleId)).toEqual(['info-license']);
  }, 120_000);

  it('fails `redocly lint` when a schema points to itself (the check can fail)', () => {
    const doc = docOf();
    doc.components.schemas.TollsPage = { $ref: '#/components/schemas/TollsPage' };
    const r = lint(doc, 'broken.json');
    expect(r.status).not.toBe(0);
  }, 120_000);

  it('documents 304 with its ETag, and 429 with retry-after and the x-ratelimit-* headers', () => {
    const doc = docOf();
    expect(Object.keys(doc.components.headers)).toEqual(expect.arrayContaining(['ETag', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']));
    for (const [path, item] of Object.entries(doc.paths)) {
      const res = item.get.responses;
      expect(Object.keys(res['429']?.headers ?? {}), path).toEqual(expect.arrayContaining(['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']));
      // a stream has no ETag to revalidate
      if (!path.startsWith('/v1/') || res['200']?.content?.['text/event-stream']) continue;
      expect(Object.keys(res['304']?.headers ?? {}), path).toContain('ETag');
      expect(Object.keys(res['200']?.headers ?? {}), path).toEqual(expect.arrayContaining(['ETag', 'X-RateLimit-Remaining']));
    }
    const problemType = (doc.components.schemas.Problem?.properties as Record<string, { enum?: string[] }>).type;
    expect(problemType?.enum).toEqual(PROBLEM_SLUGS.map((s) => `/problems/${s}`));
  });

  it('documents GET /v1/stream as text/event-stream with its event data schema, Last-Event-ID and the 503 of the cap', () => {
    const doc = docOf();
    const op = (doc.paths['/v1/stream'] as unknown as { get: { parameters: { name: string; in: string }[]; description: string; responses: Doc['paths'][string]['get']['responses'] } }).get;
    const stream = op.responses['200']?.content?.['text/event-stream'] as { schema: { contentSchema?: { $ref?: string } } };
    expect(stream.schema.contentSchema?.$ref).toBe('#/components/schemas/StreamedClaim');
    expect(doc.components.schemas.StreamedClaim?.required).toEqual(expect.arrayContaining(['claimId', 'kind', 'projectedAt', 'evidence']));
    expect(op.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(
      expect.arrayContaining(['header:Last-Event-ID', 'query:lastEventId', 'query:kind', 'query:party', 'query:feed', 'query:minConfidence']),
    );
    expect(Object.keys(op.responses['503']?.headers ?? {})).toContain('Retry-After');
    expect(op.description).toMatch(/Last-Event-ID/);
    expect(op.description).toMatch(/heartbeat/);
  });
});

describe('a typed client generated from /openapi.json (openapi-typescript)', () => {
  const usage = `
import type { components, paths } from './api.js';

type Ok<P extends keyof paths> = paths[P]['get'] extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;
type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? Q : never;

declare function get<P extends keyof paths>(path: P, query?: Query<P>): Promise<Ok<P>>;

export async function calls(): Promise<string[]> {
  const tolls = await get('/v1/tolls', { limit: 10 });
  const next: string | null = tolls.nextCursor;
  const first = tolls.items[0];
  const value: number | undefined = first?.latest?.value;
  const strikes = await get('/v1/strikes', { targetType: 'energy', from: '2025-01' });
  const ids: string[] = strikes.items.map((s) => s.strikeId);
  const feeds = await get('/v1/feeds');
  const problem: components['schemas']['Problem'] = { type: '/problems/not-found', title: 'Not found', status: 404 };
  // @ts-expect-error the page's items are an array, not a string (fails if the types were any)
  const wrong: string = tolls.items;
  // @ts-expect-error not a problem type the API answers with
  const badType: components['schemas']['Problem']['type'] = '/problems/teapot';
  // @ts-expect-error limit is a number
  await get('/v1/tolls', { limit: 'ten' });
  return [String(next), String(value), ...ids, String(feeds), problem.type, wrong, badType];
}
`;

  it('generates types that type-check (strict) against calls of the API', () => {
    writeFileSync(join(dir, 'served.json'), served);
    const gen = generateClientTypes(join(dir, 'served.json'), join(dir, 'api.ts'), dir);
    expect(gen.status, gen.output).toBe(0);
    writeFileSync(join(dir, 'usage.ts'), usage);
    const tsc = typeCheck(['api.ts', 'usage.ts'], dir);
    expect(tsc.output).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);

  it('refuses a call of a path the API does not have (the check can fail)', () => {
    writeFileSync(join(dir, 'served.json'), served);
    expect(generateClientTypes(join(dir, 'served.json'), join(dir, 'api.ts'), dir).status).toBe(0);
    writeFileSync(join(dir, 'misuse.ts'), `${usage}\nexport const nope = get('/v1/casualties');\n`);
    const tsc = typeCheck(['api.ts', 'misuse.ts'], dir);
    expect(tsc.status).not.toBe(0);
    expect(tsc.output).toMatch(/v1\/casualties/);
  }, 120_000);
});
