import type { z } from 'zod';
import { loadEnv } from './env';
import { ConfigError } from './errors';

/** Exit status for a configuration error (sysexits.h EX_CONFIG): a supervisor should not retry. */
export const EXIT_CONFIG = 78;

/** One line per problem, prefixed with the program's name: what a person at a terminal reads. */
export function formatConfigError(program: string, err: ConfigError): string {
  return err.problems.map((p) => `${program}: invalid ${err.source}: ${p}`).join('\n');
}

/**
 * Run `fn` (which reads configuration); a ConfigError ends the process with one line per
 * offending setting on stderr and EX_CONFIG, never a stack trace. Other errors propagate.
 */
export function orExit<T>(program: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${formatConfigError(program, err)}\n`);
    process.exit(EXIT_CONFIG);
  }
}

/** loadEnv for a program's entry point: a bad setting exits with one line naming it. */
export function loadEnvOrExit<S extends z.ZodObject>(program: string, schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  return orExit(program, () => loadEnv(schema, env));
}
