import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '@claimwire/logging';
import { createTestDatabase, type TestDatabase } from '@claimwire/testing';
import { build } from './app';
import { parseTrustProxy } from './http/rate-limit-scope';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('cwgwrl');
});
afterAll(async () => {
  await db?.drop();
});

const status = async (app: Awaited<ReturnType<typeof build>>, url: string, xff?: string) =>
  (await app.inject({ method: 'GET', url, headers: xff ? { 'x-forwarded-for': xff } : {} })).statusCode;

describe('rate limiting', () => {
  it('counts each X-Forwarded-For client on its own when TRUST_PROXY is set', async () => {
    const app = await build({ sql: db.sql, logger: silentLogger(), rateLimitPerMinute: 2, trustProxy: parseTrustProxy('true') });
    try {
      expect([await status(app, '/v1/feeds', '203.0.113.1'), await status(app, '/v1/feeds', '203.0.113.1')]).toEqual([200, 200]);
      expect(await status(app, '/v1/feeds', '203.0.113.1')).toBe(429);
      expect(await status(app, '/v1/feeds', '203.0.113.2')).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('ignores X-Forwarded-For without TRUST_PROXY (a client cannot dodge the limit by forging it)', async () => {
    const app = await build({ sql: db.sql, logger: silentLogger(), rateLimitPerMinute: 2 });
    try {
      await status(app, '/v1/feeds', '203.0.113.1');
      await status(app, '/v1/feeds', '203.0.113.2');
      expect(await status(app, '/v1/feeds', '203.0.113.3')).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('never throttles the dashboard page, its files or the health probes', async () => {
    const app = await build({ sql: db.sql, logger: silentLogger(), rateLimitPerMinute: 1 });
    try {
      await status(app, '/v1/feeds');
      expect(await status(app, '/v1/feeds')).toBe(429);
      for (let i = 0; i < 3; i++) {
        expect(await status(app, '/')).toBe(200);
        expect(await status(app, '/healthz')).toBe(200);
      }
    } finally {
      await app.close();
    }
  });

  it('reads TRUST_PROXY as a flag, a hop count or a list of proxies', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('10.0.0.0/8, 127.0.0.1')).toEqual(['10.0.0.0/8', '127.0.0.1']);
    const hops = parseTrustProxy('1');
    expect(typeof hops === 'function' && [hops('x', 0), hops('x', 1)]).toEqual([true, false]);
  });
});
