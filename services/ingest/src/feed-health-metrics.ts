import type { FeedHealthRow } from '@claimwire/metrics';
import type { SqlExecutor } from '@claimwire/sql';

/** Health of every enabled feed as stored in the feeds table, for the metrics scrape. */
export function readFeedHealth(db: SqlExecutor): () => Promise<FeedHealthRow[]> {
  return async () => {
    const r = await db.query<{ feed_id: string; health_status: string; consecutive_failures: number; last_success_at: Date | null }>(
      'SELECT feed_id, health_status, consecutive_failures, last_success_at FROM feeds WHERE enabled ORDER BY feed_id',
    );
    return r.rows.map((row) => ({
      feedId: row.feed_id,
      status: row.health_status,
      consecutiveFailures: Number(row.consecutive_failures),
      lastSuccessAt: row.last_success_at ? new Date(row.last_success_at) : null,
    }));
  };
}
