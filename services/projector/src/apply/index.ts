import type { Claim } from '@claimwire/events';
import type { SqlExecutor } from '@claimwire/sql';
import { claimExists, insertClaimRow, type RecordPosition } from './claim-row';
import { applyStrike } from './strikes';
import { applyTalks } from './talks';
import { applyToll } from './tolls';

export { applyArticle } from './articles';
export { admitExtraction, type Admission, type Extraction } from './supersede';
export type { RecordPosition } from './claim-row';

/**
 * Apply one claim to the read models. A claim id already present is a re-delivery or a
 * re-extraction with the same result: nothing changes.
 */
export async function applyClaim(tx: SqlExecutor, schema: string, claim: Claim, pos: RecordPosition): Promise<boolean> {
  if (await claimExists(tx, schema, claim.claimId)) return false;
  let entityId: string;
  switch (claim.kind) {
    case 'toll':
      entityId = await applyToll(tx, schema, claim, pos.seenAt);
      break;
    case 'talks':
      entityId = await applyTalks(tx, schema, claim, pos.seenAt);
      break;
    case 'strike':
      entityId = await applyStrike(tx, schema, claim, pos.seenAt);
      break;
  }
  await insertClaimRow(tx, schema, claim, entityId, pos);
  return true;
}
