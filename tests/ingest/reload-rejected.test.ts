/**
 * A feeds file that does not validate is rejected on reload: the previous feeds keep running,
 * and the rejection is visible (RunningIngest.lastReload, and the ingest metrics).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFeedsFile, startIngest, type RunningIngest } from '@claimwire/ingest';
import { silentLogger } from '@claimwire/logging';
import { createServiceMetrics, parseExposition, sampleValue } from '@claimwire/metrics';
import { createTestDatabase, createTestTopics, waitFor, type TestDatabase, type TestTopics } from '@claimwire/testing';

describe('a rejected feeds reload (real Kafka and Postgres)', () => {
  let topics: TestTopics;
  let db: TestDatabase;
  let ingest: RunningIngest | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'cw-reload-rejected-'));

  beforeAll(async () => {
    [topics, db] = await Promise.all([createTestTopics(), createTestDatabase('cwreloadrej')]);
  });
  afterAll(async () => {
    await ingest?.stop();
    await topics?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts it, flags the config as not valid, and says why; a good file clears it', async () => {
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
    expect(ingest.lastReload()).toBeNull();
    expect(sampleValue(await scrape(), 'claimwire_ingest_feeds_config_valid', {})).toBe(1);

    writeFileSync(path, 'feeds:\n  - id: Bad Id\n    url: ftp://x\n');
    process.kill(process.pid, 'SIGHUP');
    const rejected = await waitFor(() => ingest?.lastReload() ?? undefined, { what: 'the reload' });
    expect(rejected.ok).toBe(false);
    expect(rejected.problems.join('\n')).toMatch(/feeds\[0\]\.url: must be an http\(s\) URL/);
    let samples = await scrape();
    expect(sampleValue(samples, 'claimwire_ingest_feeds_config_reloads_total', { result: 'rejected' })).toBe(1);
    expect(sampleValue(samples, 'claimwire_ingest_feeds_config_valid', {})).toBe(0);

    writeFileSync(path, 'feeds: []\n');
    process.kill(process.pid, 'SIGHUP');
    await waitFor(() => ingest?.lastReload()?.ok || undefined, { what: 'the good reload' });
    samples = await scrape();
    expect(sampleValue(samples, 'claimwire_ingest_feeds_config_reloads_total', { result: 'applied' })).toBe(1);
    expect(sampleValue(samples, 'claimwire_ingest_feeds_config_valid', {})).toBe(1);
  });
});
