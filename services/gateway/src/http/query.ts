import type { z } from 'zod';
import { badRequest } from './problem';

/**
 * Validate a query string against a zod object. Unknown parameters are refused (a typo
 * must not silently widen a filter); each error names its parameter.
 */
export function parseQuery<S extends z.ZodObject>(schema: S, query: unknown): z.infer<S> {
  const q = (query ?? {}) as Record<string, unknown>;
  const known = new Set(Object.keys(schema.shape));
  const unknown = Object.keys(q).filter((k) => !known.has(k));
  if (unknown.length) {
    throw badRequest(unknown.map((k) => ({ parameter: k, message: `unknown parameter; known: ${[...known].join(', ')}` })));
  }
  const repeated = Object.entries(q).filter(([, v]) => Array.isArray(v));
  if (repeated.length) {
    throw badRequest(repeated.map(([k]) => ({ parameter: k, message: 'given more than once' })));
  }
  const r = schema.safeParse(q);
  if (!r.success) {
    throw badRequest(r.error.issues.map((i) => ({ parameter: String(i.path[0] ?? '(query)'), message: i.message })));
  }
  return r.data;
}

export function parseParams<S extends z.ZodObject>(schema: S, params: unknown): z.infer<S> {
  const r = schema.safeParse(params ?? {});
  if (!r.success) {
    throw badRequest(r.error.issues.map((i) => ({ parameter: String(i.path[0] ?? '(path)'), message: i.message })));
  }
  return r.data;
}
