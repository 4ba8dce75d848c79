import { z } from 'zod';
import { CommonEnv, PortVar } from '@claimwire/config';
import { DEFAULT_REPORT_CACHE_ENTRIES, READ_MODEL_VERSION } from '@claimwire/readmodel';

export const ProjectorEnv = CommonEnv.extend({
  /** Health and metrics port of this worker. */
  HEALTH_PORT: PortVar.default(9103),
  HEALTH_HOST: z.string().default('0.0.0.0'),
  /** The version created (and served) when a database has none active yet. */
  PROJECTION_VERSION: z.coerce.number().int().min(1).max(10_000).default(READ_MODEL_VERSION),
  /** How often the projector checks whether a rebuild switched the active version. */
  PROJECTION_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  /**
   * Talks, strike and toll reports (claims without their evidence sentence) kept in memory
   * between batches, so refolding a track or a neighbourhood need not read their bodies back;
   * least recently used go first. 0 keeps none (every refold reads its claims from Postgres).
   */
  REPORT_CACHE_ENTRIES: z.coerce.number().int().min(0).max(10_000_000).default(DEFAULT_REPORT_CACHE_ENTRIES),
});
export type ProjectorEnv = z.infer<typeof ProjectorEnv>;
