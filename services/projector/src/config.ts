import { z } from 'zod';
import { CommonEnv, PortVar } from '@claimwire/config';
import { READ_MODEL_VERSION } from '@claimwire/readmodel';

export const ProjectorEnv = CommonEnv.extend({
  /** Health and metrics port of this worker. */
  HEALTH_PORT: PortVar.default(9103),
  HEALTH_HOST: z.string().default('0.0.0.0'),
  PROJECTION_VERSION: z.coerce.number().int().min(1).max(10_000).default(READ_MODEL_VERSION),
});
export type ProjectorEnv = z.infer<typeof ProjectorEnv>;
