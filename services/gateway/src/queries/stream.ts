import { quoteIdent, type SqlExecutor } from '@claimwire/sql';
import type { StreamedClaim } from '../schemas/stream';
import { CLAIM_LIST_COLUMNS, toClaimListItem, type ClaimRow } from './claims';

type StreamRow = ClaimRow & { seq: string; projected_at: Date };

/** A claim as the stream sends it, with its event id. */
export interface SequencedClaim {
  seq: number;
  claim: StreamedClaim;
}

/**
 * The claims projected after `after` (and up to `upTo`, when given), in the order they were
 * projected, at most `limit`: the stream's catch-up and its shared follower read through here.
 * An index range on projected_claims' primary key, then one claims row each by its key.
 */
export async function claimsProjectedAfter(db: SqlExecutor, schema: string, after: number, limit: number, upTo?: number): Promise<SequencedClaim[]> {
  const s = quoteIdent(schema);
  const rows = (
    await db.query<StreamRow>(
      `SELECT p.seq, p.projected_at, ${CLAIM_LIST_COLUMNS}
         FROM (SELECT seq, projected_at, claim_id AS stamped_id FROM ${s}.projected_claims
                WHERE seq > $1 ${upTo === undefined ? '' : 'AND seq <= $3'} ORDER BY seq LIMIT $2) p
         JOIN ${s}.claims ON claims.claim_id = p.stamped_id
        ORDER BY p.seq`,
      upTo === undefined ? [after, limit] : [after, limit, upTo],
    )
  ).rows;
  return rows.map((r) => ({ seq: Number(r.seq), claim: { ...toClaimListItem(r), projectedAt: r.projected_at.toISOString() } }));
}
