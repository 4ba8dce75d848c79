import type { SqlExecutor } from '@claimwire/sql';

export interface CheckpointKey {
  name: string;
  version: number;
  topic: string;
  partition: number;
}

/** Next offset to apply, locked for the rest of the transaction; null when none is stored. */
export async function readCheckpointForUpdate(tx: SqlExecutor, k: CheckpointKey): Promise<bigint | null> {
  const r = await tx.query<{ next_offset: string }>(
    `SELECT next_offset FROM projection_checkpoints
      WHERE name = $1 AND version = $2 AND topic = $3 AND partition = $4 FOR UPDATE`,
    [k.name, k.version, k.topic, k.partition],
  );
  const row = r.rows[0];
  return row ? BigInt(row.next_offset) : null;
}

export async function writeCheckpoint(tx: SqlExecutor, k: CheckpointKey, nextOffset: bigint): Promise<void> {
  await tx.query(
    `INSERT INTO projection_checkpoints (name, version, topic, partition, next_offset, updated_at)
     VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (name, version, topic, partition)
     DO UPDATE SET next_offset = GREATEST(projection_checkpoints.next_offset, EXCLUDED.next_offset), updated_at = now()`,
    [k.name, k.version, k.topic, k.partition, nextOffset.toString()],
  );
}

export async function readCheckpoints(db: SqlExecutor, name: string, version: number): Promise<Map<string, bigint>> {
  const r = await db.query<{ topic: string; partition: number; next_offset: string }>(
    'SELECT topic, partition, next_offset FROM projection_checkpoints WHERE name = $1 AND version = $2',
    [name, version],
  );
  return new Map(r.rows.map((row) => [`${row.topic}/${row.partition}`, BigInt(row.next_offset)]));
}
