import { reporterKey } from '@claimwire/readmodel';
import type { Where } from './sql-builder';
import { containsPattern } from './sql-builder';

/** Match a reporter by containment of its key, the way the projector keys series. */
export function reporterFilter(w: Where, column: string, name: string): void {
  w.add(`${column} LIKE ?`, containsPattern(reporterKey(name)));
}
