import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@claimwire/testing';
import { streamOnPool } from './stream';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('cwstream');
});
afterAll(async () => {
  await db?.drop();
});

describe('streamOnPool', () => {
  it('gives every row in batches from a server-side cursor and releases its client', async () => {
    const sizes: number[] = [];
    let sum = 0;
    for await (const rows of streamOnPool<{ n: number }>(db.sql.pool, 'SELECT n FROM generate_series(1, $1::int) n ORDER BY n', [2500], 1000)) {
      sizes.push(rows.length);
      for (const r of rows) sum += r.n;
    }
    expect(sizes).toEqual([1000, 1000, 500]);
    expect(sum).toBe((2500 * 2501) / 2);
    expect(db.sql.pool.totalCount - db.sql.pool.idleCount).toBe(0);
  });

  it('releases the client when the consumer stops early', async () => {
    for await (const rows of streamOnPool(db.sql.pool, 'SELECT n FROM generate_series(1, 100000) n', [], 10)) {
      expect(rows).toHaveLength(10);
      break;
    }
    expect(db.sql.pool.totalCount - db.sql.pool.idleCount).toBe(0);
    expect((await db.sql.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one).toBe(1);
  });
});
