import { z } from 'zod';
import { CommonEnv, PortVar } from '@claimwire/config';

export const GatewayEnv = CommonEnv.pick({ DATABASE_URL: true, LOG_LEVEL: true, SHUTDOWN_TIMEOUT_MS: true }).extend({
  PORT: PortVar.default(8080),
  HOST: z.string().default('0.0.0.0'),
});
export type GatewayEnv = z.infer<typeof GatewayEnv>;
