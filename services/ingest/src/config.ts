import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CommonEnv, PortVar } from '@claimwire/config';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export const IngestEnv = CommonEnv.extend({
  FEEDS_FILE: z.string().min(1).default(resolve(REPO_ROOT, 'config/feeds.yaml')),
  HEALTH_PORT: PortVar.default(9101),
  HEALTH_HOST: z.string().default('0.0.0.0'),
  /** Floor under every feed's polling interval (politeness); lower it only for tests. */
  INGEST_MIN_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
  FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
  FETCH_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  FETCH_MAX_BYTES: z.coerce.number().int().min(1024).max(200 * 1024 * 1024).default(10 * 1024 * 1024),
});
export type IngestEnv = z.infer<typeof IngestEnv>;

/** The fetch limits and polling policy the environment sets, as startIngest takes them. */
export function ingestSettings(env: Pick<IngestEnv, 'FETCH_TIMEOUT_MS' | 'FETCH_CONNECT_TIMEOUT_MS' | 'FETCH_MAX_BYTES' | 'INGEST_MIN_INTERVAL_MS'>) {
  return {
    fetch: { totalTimeoutMs: env.FETCH_TIMEOUT_MS, connectTimeoutMs: env.FETCH_CONNECT_TIMEOUT_MS, maxBytes: env.FETCH_MAX_BYTES },
    policy: { minIntervalMs: env.INGEST_MIN_INTERVAL_MS },
  };
}
