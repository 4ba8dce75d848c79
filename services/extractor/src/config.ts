import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CommonEnv, PortVar } from '@claimwire/config';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export const ExtractorEnv = CommonEnv.extend({
  GAZETTEER_FILE: z.string().min(1).default(resolve(REPO_ROOT, 'config/gazetteer.yaml')),
  HEALTH_PORT: PortVar.default(9102),
  /** Claims below this confidence are not published; see DEFAULT_MIN_CONFIDENCE. */
  MIN_CONFIDENCE: z.coerce.number().min(0).max(1).optional(),
  HEALTH_HOST: z.string().default('0.0.0.0'),
});
export type ExtractorEnv = z.infer<typeof ExtractorEnv>;
