import { z } from 'zod';
import { ConfigError } from './errors';

/** Environment variables every service understands; defaults suit local use. */
export const CommonEnv = z.object({
  KAFKA_BROKERS: z
    .string()
    .regex(/^[^\s,]+:\d+(,[^\s,]+:\d+)*$/, 'must be host:port[,host:port...]')
    .default('127.0.0.1:9092'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string')
    .default('postgres://postgres@127.0.0.1:5432/claimwire'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TOPIC_PREFIX: z.string().regex(/^[A-Za-z0-9._-]*$/, 'may only hold letters, digits, . _ -').default(''),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** How long the group waits for a silent (e.g. killed) consumer before giving its partitions away. */
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6_000).max(300_000).default(30_000),
});
export type CommonEnv = z.infer<typeof CommonEnv>;

/** Parse env against a schema; the error names each variable and what is wrong with it. */
export function loadEnv<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const v = env[key];
    input[key] = v === '' ? undefined : v;
  }
  const r = schema.safeParse(input);
  if (!r.success) {
    const problems = r.error.issues.map((i) => {
      const name = String(i.path[0] ?? '(env)');
      const shown = input[name] === undefined ? 'unset' : JSON.stringify(input[name]);
      return `${name} (${shown}): ${i.message}`;
    });
    throw new ConfigError('environment', problems);
  }
  return r.data;
}

export const PortVar = z.coerce.number().int().min(0).max(65_535);
