/**
 * A feeds file that does not validate is rejected on reload: the previous feeds keep running,
 * and the rejection is visible (RunningIngest.lastReload, the ingest metrics, and `config` on
 * the gateway's GET /v1/feeds, through Postgres) until a good file is reloaded.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '@claimwire/gateway';
import { loadFeedsFile, startIngest, type RunningIngest } from '@claimwire/ingest';
import { silentLogger } from '@claimwire/logging';
import { createServiceMetrics, parseExposition, sampleValue } from '@claimwire/metrics';
import { createTestDatabase, createTestTopics, waitFor, type TestDatabase, type TestTopics } from '@claimwire/testing';

describe('a rejected feeds reload (real Kafka and Postgres)', () => {
  let topics: TestTopics;
  let db: TestDatabase;
  let ingest: RunningIngest | undefined;
  let gateway: FastifyInstance | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'cw-reload-rejected-'));

  beforeAll(async () => {
    [topics, db] = await Promise.all([createTestTopics(), createTestDatabase('cwreloadrej')]);
  });
  afterAll(async () => {
    await gateway?.close();
    await ingest?.stop();
    await topics?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  interface ApiConfig {
    valid: boolean;
    loadedAt: string | null;
    rejectedReload: { at: string; problems: string[]; problemCount: number } | null;
  }
  /** `config` of GET /v1/feeds (the gateway validates its responses against the route's schema). */
  const apiConfig = async (): Promise<ApiConfig> => {
    if (!gateway) throw new Error('no gateway');
    const res = await gateway.inject({ method: 'GET', url: '/v1/feeds' });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { config: ApiConfig }).config;
  };

  it('counts it, flags the config as not valid, and says why (metrics and GET /v1/feeds); a good file clears it', async () => {
    const path = join(dir, 'feeds.yaml');
    writeFileSync(path, 'feeds: []\n');
    const { registry, metrics } = createServiceMetrics('ingest');
    const scrape = async () => parseExposition(await registry.metrics());
    ingest = await startIngest({
      log: topics.log,
      sql: db.sql,
      logger: silentLogger(),
      topicPrefix: topics.prefix,
      feedsFile: loadFeedsFile(path),
      feedsPath: path,
      fetch: { totalTimeoutMs: 3000, connectTimeoutMs: 1000 },
      hooks: { onConfigReload: metrics.onConfigReload },
    });
    gateway = await build({ sql: db.sql, logger: silentLogger(), validateResponses: true });
    expect(ingest.lastReload()).toBeNull();
    expect(sampleValue(await scrape(), 'claimwire_ingest_feeds_config_valid', {})).toBe(1);
    const started = await apiConfig();
    expect(started).toMatchObject({ valid: true, loadedAt: expect.any(String), rejectedReload: null });

    writeFileSync(path, 'feeds:\n  - id: Bad Id\n    url: ftp://x\n');
    process.kill(process.pid, 'SIGHUP');
    const rejected = await waitFor(() => ingest?.lastReload() ?? undefined, { what: 'the reload' });
    expect(rejected.ok).toBe(false);
    expect(rejected.problems.join('\n')).toMatch(/feeds\[0\]\.url: must be an http\(s\) URL/);
    let samples = await scrape();
    expect(sampleValue(samples, 'claimwire_ingest_feeds_config_reloads_total', { result: 'rejected' })).toBe(1);
    expect(sampleValue(samples, 'claimwire_ingest_feeds_config_valid', {})).toBe(0);
    // written after the hook: wait for it to reach Postgres
    const shown = await waitFor(
      async () => {
        const c = await apiConfig();
        return c.valid ? undefined : c;
      },
      { what: 'the rejection on GET /v1/feeds' },
    );
    expect(shown).toMatchObject({ valid: false, loadedAt: started.loadedAt, rejectedReload: { at: rejected.at.toISOString(), problemCount: rejected.problems.length } });
    expect(shown.rejectedReload?.problems.join('\n')).toMatch(/feeds\[0\]\.url: must be an http\(s\) URL/);

    writeFileSync(path, 'feeds: []\n');
    process.kill(process.pid, 'SIGHUP');
    await waitFor(() => ingest?.lastReload()?.ok || undefined, { what: 'the good reload' });
    samples = await scrape();
    expect(sampleValue(samples, 'claimwire_ingest_feeds_config_reloads_total', { result: 'applied' })).toBe(1);
    expect(sampleValue(samples, 'claimwire_ingest_feeds_config_valid', {})).toBe(1);
    const cleared = await waitFor(
      async () => {
        const c = await apiConfig();
        return c.valid ? c : undefined;
      },
      { what: 'the rejection cleared on GET /v1/feeds' },
    );
    expect(cleared.rejectedReload).toBeNull();
    expect(Date.parse(cleared.loadedAt ?? '')).toBeGreaterThan(Date.parse(started.loadedAt ?? ''));
  });
});
