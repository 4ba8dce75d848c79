import { activeVersion } from '@claimwire/readmodel';
import type { SqlExecutor } from '@claimwire/sql';

/**
 * The schema of the projection version that serves now. Cached briefly: a rebuild's switch
 * over is seen within `ttlMs` without a query per request.
 */
export function activeSchemaResolver(db: SqlExecutor, ttlMs = 1000): () => Promise<string | null> {
  let cached: { schema: string | null; at: number } | null = null;
  return async () => {
    const now = Date.now();
    if (cached && now - cached.at < ttlMs) return cached.schema;
    const v = await activeVersion(db);
    cached = { schema: v?.schemaName ?? null, at: now };
    return cached.schema;
  };
}
