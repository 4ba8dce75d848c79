import type { Claim } from '@claimwire/events';
import type { SqlExecutor } from '@claimwire/sql';
import { claimExists, type RecordPosition } from '@claimwire/readmodel';
import { projectClaims } from './project';

export { applyArticle } from './articles';
export { admitExtraction, type Admission, type Extraction } from './supersede';
export type { RecordPosition } from '@claimwire/readmodel';
export { projectClaims, type FreshClaim } from './project';

/**
 * Apply one claim to the read models. A claim id already present is a re-delivery or a
 * re-extraction with the same result: nothing changes.
 */
export async function applyClaim(tx: SqlExecutor, schema: string, claim: Claim, pos: RecordPosition): Promise<boolean> {
  if (await claimExists(tx, schema, claim.claimId)) return false;
  await projectClaims(tx, schema, [{ claim, pos }]);
  return true;
}
