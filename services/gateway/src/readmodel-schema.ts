import { activeVersion } from '@claimwire/readmodel';
import type { SqlExecutor } from '@claimwire/sql';

/** The schema of the projection version that serves now (null before anything was projected). */
export interface SchemaResolver {
  (): Promise<string | null>;
  /** Forget the cached answer: the next call asks Postgres (the serving version changed). */
  invalidate(): void;
}

/**
 * The schema of the projection version that serves now. Cached briefly: a rebuild's switch
 * over is seen within `ttlMs` without a query per request, or at once when `invalidate` is
 * called (the response cache does on the switch's notification). An answer read before an
 * invalidation is not kept.
 */
export function activeSchemaResolver(db: SqlExecutor, ttlMs = 1000): SchemaResolver {
  let cached: { schema: string | null; at: number } | null = null;
  let epoch = 0;
  const resolve = async () => {
    const now = Date.now();
    if (cached && now - cached.at < ttlMs) return cached.schema;
    const asked = epoch;
    const v = await activeVersion(db);
    const schema = v?.schemaName ?? null;
    if (asked === epoch) cached = { schema, at: now };
    return schema;
  };
  return Object.assign(resolve, {
    invalidate: () => {
      epoch++;
      cached = null;
    },
  });
}
