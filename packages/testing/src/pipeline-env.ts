import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requiredEnv } from './env';

/** Write a feeds.yaml for a spec: local feeds (loopback allowed), polled every second. */
export function writeFeedsFile(feeds: { id: string; url: string; interval?: string }[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cw-feeds-')), 'feeds.yaml');
  const lines = ['allowPrivate: ["127.0.0.1"]', 'feeds:'];
  for (const f of feeds) lines.push(`  - id: ${f.id}`, `    url: ${f.url}`, `    interval: ${f.interval ?? '1s'}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** The environment every service of a spec's pipeline shares: its broker, database, topics and feeds. */
export function pipelineEnv(o: { databaseUrl: string; topicPrefix: string; feedsFile: string }): Record<string, string> {
  return {
    KAFKA_BROKERS: requiredEnv('KAFKA_BROKERS'),
    DATABASE_URL: o.databaseUrl,
    TOPIC_PREFIX: o.topicPrefix,
    FEEDS_FILE: o.feedsFile,
    HOST: '127.0.0.1',
    HEALTH_HOST: '127.0.0.1',
    INGEST_MIN_INTERVAL_MS: '500',
    LOG_LEVEL: 'info',
  };
}
