import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '@claimwire/logging';
import { createTestDatabase, type TestDatabase } from '@claimwire/testing';
import { build } from './app';
import { GatewayEnv } from './config';
import { Problem } from './schemas';
import { seed } from './test-support/seed';

let db: TestDatabase;
let app: FastifyInstance;
let base: string;
let schema: string;

beforeAll(async () => {
  db = await createTestDatabase('cwgwx');
  schema = await seed(db.sql);
  app = await build({ sql: db.sql, logger: silentLogger(), maxConcurrentExports: 1 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

/** GET over a real socket; resolves once the status and headers are in, leaving the body unread (paused). */
function open(path: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${path}`, { agent: false }, (res) => {
      res.pause();
      req.setTimeout(0);
      resolve(res);
    });
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error(`${path}: no response within 5 s`)));
  });
}
async function readAll(res: http.IncomingMessage): Promise<string> {
  res.setEncoding('utf8');
  let body = '';
  for await (const chunk of res) body += chunk;
  return body;
}

describe('concurrent CSV exports', () => {
  it('answers one export past MAX_CONCURRENT_EXPORTS with 503, Retry-After and a problem, and frees the slot when an export ends', async () => {
    // hold the first export open: its query waits on a lock on the claims table until we let go
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    let released = false;
    try {
      await locker.query('BEGIN');
      await locker.query(`LOCK TABLE "${schema}".claims IN ACCESS EXCLUSIVE MODE`);
      const first = open('/v1/claims?format=csv');
      // the first export is counted once its handler runs; wait until its query is blocked on the lock
      await expect
        .poll(
          async () =>
            (await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`)).rows[0]
              ?.n,
          { timeout: 5000 },
        )
        .toBe(1);

      const second = await open('/v1/claims?format=csv&kind=toll');
      expect(second.statusCode).toBe(503);
      expect(second.headers['retry-after']).toMatch(/^\d+$/);
      expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
      expect(second.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = Problem.parse(JSON.parse(await readAll(second)));
      expect(problem).toMatchObject({ status: 503, title: 'Unavailable' });
      expect(problem.detail).toMatch(/1 exports \(CSV or GeoJSON\) are already running/);

      // Accept: text/csv counts the same as ?format=csv
      const viaAccept = await new Promise<http.IncomingMessage>((resolve, reject) =>
        http.get(`${base}/v1/claims`, { agent: false, headers: { accept: 'text/csv' } }, resolve).on('error', reject),
      );
      expect(viaAccept.statusCode).toBe(503);
      viaAccept.resume();

      // one cap over every resource's exports, not one per resource plugin
      const otherResource = await open('/v1/tolls?format=csv');
      expect(otherResource.statusCode).toBe(503);
      otherResource.resume();

      await locker.query('COMMIT');
      released = true;
      const res = await first;
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const csv = await readAll(res);
      expect(csv.split('\n')[0]).toMatch(/^claim_id,kind,/);
      expect(csv.trim().split('\n').length).toBeGreaterThan(1);
      // JSON listings were never capped
      const json = await open('/v1/claims');
      expect(json.statusCode).toBe(200);
      await readAll(json);
    } finally {
      if (!released) await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }

    // the slot is free again once the first export has ended
    await expect
      .poll(async () => {
        const r = await open('/v1/claims?format=csv');
        await readAll(r);
        return r.statusCode;
      }, { timeout: 5000 })
      .toBe(200);
  });
});

describe('MAX_CONCURRENT_EXPORTS', () => {
  const env = { DATABASE_URL: 'postgres://x@127.0.0.1/x' };
  it('defaults to 4 and takes a positive integer', () => {
    expect(GatewayEnv.parse(env).MAX_CONCURRENT_EXPORTS).toBe(4);
    expect(GatewayEnv.parse({ ...env, MAX_CONCURRENT_EXPORTS: '2' }).MAX_CONCURRENT_EXPORTS).toBe(2);
    for (const bad of ['0', '-1', '1.5', 'four']) expect(GatewayEnv.safeParse({ ...env, MAX_CONCURRENT_EXPORTS: bad }).success, bad).toBe(false);
  });
});
