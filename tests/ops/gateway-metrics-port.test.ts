import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, freePort, spawnService, waitFor, type ServiceProcess, type TestDatabase } from '@claimwire/testing';

/** METRICS_PORT (set in docker-compose.yml) keeps /metrics off the gateway's public port. */
describe('gateway with METRICS_PORT', () => {
  let db: TestDatabase;
  let gateway: ServiceProcess;
  let port: number;
  let metricsPort: number;

  beforeAll(async () => {
    db = await createTestDatabase('cwmetricsport');
    port = await freePort();
    metricsPort = await freePort();
    gateway = spawnService('gateway', {
      DATABASE_URL: db.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      METRICS_PORT: String(metricsPort),
      METRICS_HOST: '127.0.0.1',
    }, 'gateway-metrics-port');
    await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, { timeoutMs: 60_000, what: 'the gateway' });
  });
  afterAll(async () => {
    await gateway?.stop();
    await db?.drop();
  });

  it('answers /metrics on the metrics port only, counting the public requests', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/v1/tolls`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
    const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/route="\/v1\/tolls"/);
    expect((await fetch(`http://127.0.0.1:${metricsPort}/healthz`)).status).toBe(200);
  });
});
