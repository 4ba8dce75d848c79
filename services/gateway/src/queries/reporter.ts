import { reporterKey } from '@claimwire/readmodel';
import type { Where } from './sql-builder';
import { containsPattern } from './sql-builder';

/** reporterKey (packages/readmodel) in SQL, over a text expression. */
export function reporterKeySql(expr: string): string {
  return `trim(regexp_replace(regexp_replace(lower(${expr}), '^the\\s+', ''), '[^[:alnum:]]+', ' ', 'g'))`;
}

/**
 * Match a reporter by name, the way the projector keys series: the name as keyed is contained
 * in the name as first written, in the entity's display name, or is the entity's id
 * ("General Staff" finds the series of "Ukraine's General Staff").
 */
export function reporterFilter(w: Where, columns: { written: string; entityName: string; entityId: string }, name: string): void {
  const key = reporterKey(name);
  const pattern = containsPattern(key);
  w.add(
    `(${reporterKeySql(columns.written)} LIKE ? OR ${reporterKeySql(columns.entityName)} LIKE ? OR ${columns.entityId} = ?)`,
    pattern,
    pattern,
    key.replace(/\s+/g, '-'),
  );
}
