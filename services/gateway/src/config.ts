import { z } from 'zod';
import { CommonEnv, PortVar } from '@claimwire/config';
import { DEFAULT_GAZETTEER_FILE } from './places-file';

export const GatewayEnv = CommonEnv.pick({ DATABASE_URL: true, LOG_LEVEL: true, SHUTDOWN_TIMEOUT_MS: true }).extend({
  PORT: PortVar.default(8080),
  HOST: z.string().default('0.0.0.0'),
  /** Requests per minute and client IP before 429; 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  /**
   * Behind a reverse proxy: "true", a hop count, or comma-separated proxy addresses/CIDRs, so
   * X-Forwarded-For names the client the rate limit counts. Unset: the socket address counts.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, 'true, false, a hop count or comma-separated addresses/CIDRs')
    .optional(),
  /**
   * Postgres connections the gateway keeps. More than Postgres has cores to run them only
   * queues the queries inside Postgres (longer tails, no more throughput).
   */
  PG_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * When set, /metrics (with /healthz and /readyz) is served on this port only, not on the
   * public PORT: what a deployment that publishes PORT to the world wants (docker-compose.yml).
   */
  METRICS_PORT: PortVar.optional(),
  METRICS_HOST: z.string().default('0.0.0.0'),
  /** CSV exports (?format=csv) streaming at once; one more is answered 503 with Retry-After. */
  MAX_CONCURRENT_EXPORTS: z.coerce.number().int().min(1).max(1000).default(4),
  /** The gazetteer whose places' coordinates put strikes on the map (the extractor's file). */
  GAZETTEER_FILE: z.string().min(1).default(DEFAULT_GAZETTEER_FILE),
  /** GET /v1/stream connections open at once; one more is answered 503 with Retry-After. */
  MAX_STREAMS: z.coerce.number().int().min(1).max(100_000).default(1000),
  /** KB a live stream may have unsent before the gateway drops it (the client resumes with Last-Event-ID). */
  STREAM_MAX_BUFFER_KB: z.coerce.number().int().min(16).max(65_536).default(256),
  /** How often an open stream gets a heartbeat comment, so proxies keep it open (ms). */
  STREAM_HEARTBEAT_MS: z.coerce.number().int().min(1000).max(300_000).default(15_000),
  /**
   * MB of JSON pages the response cache keeps between the projector's commits (least recently
   * used go first); 0 turns the cache off (every request asks Postgres).
   */
  RESPONSE_CACHE_MB: z.coerce.number().min(0).max(4096).default(16),
  /** Pages the response cache keeps at most. */
  RESPONSE_CACHE_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(2000),
});
export type GatewayEnv = z.infer<typeof GatewayEnv>;
