import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CommonEnv, PortVar } from '@claimwire/config';
import { READ_MODEL_VERSION } from '@claimwire/readmodel';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export const StandaloneEnv = CommonEnv.extend({
  /** The REST API. */
  PORT: PortVar.default(8080),
  HOST: z.string().default('localhost'),
  /** Where the embedded event log and PGlite keep their data. */
  DATA_DIR: z.string().min(1).default(resolve(REPO_ROOT, '.data')),
  /** 'always': fsync each publish and commit (nothing acknowledged is lost); 'never': faster, for throwaway runs. */
  EVENTLOG_FSYNC: z.enum(['always', 'never']).default('always'),
  FEEDS_FILE: z.string().min(1).default(resolve(REPO_ROOT, 'config/feeds.yaml')),
  /** Served at /sample-feeds/ on the loopback host:port that feeds.yaml names. */
  SAMPLE_FEEDS_DIR: z.string().min(1).default(resolve(REPO_ROOT, 'config/sample-feeds')),
  GAZETTEER_FILE: z.string().min(1).default(resolve(REPO_ROOT, 'config/gazetteer.yaml')),
  INGEST_MIN_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
  FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
  FETCH_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  FETCH_MAX_BYTES: z.coerce.number().int().min(1024).max(200 * 1024 * 1024).default(10 * 1024 * 1024),
  PROJECTION_VERSION: z.coerce.number().int().min(1).max(10_000).default(READ_MODEL_VERSION),
});
export type StandaloneEnv = z.infer<typeof StandaloneEnv>;
