import type { z } from 'zod';
import { badRequest } from './problem';

function issuesToErrors(issues: readonly z.core.$ZodIssue[], fallback: string) {
  return issues.map((i) => {
    const parameter = String(i.path[0] ?? fallback);
    // an unknown enum value names the values it may take
    const allowed = i.code === 'invalid_value' && 'values' in i ? `; one of: ${(i.values as unknown[]).join(', ')}` : '';
    return { parameter, message: `${i.message}${allowed}` };
  });
}

/**
 * Validate a query string against a zod object. Unknown parameters are refused (a typo
 * must not silently widen a filter); each error names its parameter.
 */
export function parseQuery<S extends z.ZodObject>(schema: S, query: unknown): z.infer<S> {
  const q = (query ?? {}) as Record<string, unknown>;
  const known = new Set(Object.keys(schema.shape));
  const unknown = Object.keys(q).filter((k) => !known.has(k));
  if (unknown.length) {
    const list = known.size ? `known: ${[...known].join(', ')}` : 'this endpoint takes no parameters';
    throw badRequest(unknown.map((k) => ({ parameter: k.slice(0, 100), message: `unknown parameter; ${list}` })));
  }
  const repeated = Object.entries(q).filter(([, v]) => Array.isArray(v));
  if (repeated.length) {
    throw badRequest(repeated.map(([k]) => ({ parameter: k, message: 'given more than once' })));
  }
  const r = schema.safeParse(q);
  if (!r.success) throw badRequest(issuesToErrors(r.error.issues, '(query)'));
  return r.data;
}

export function parseParams<S extends z.ZodObject>(schema: S, params: unknown): z.infer<S> {
  const r = schema.safeParse(params ?? {});
  if (!r.success) throw badRequest(issuesToErrors(r.error.issues, '(path)'));
  return r.data;
}
