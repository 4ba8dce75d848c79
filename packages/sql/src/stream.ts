import type pg from 'pg';
import Cursor from 'pg-cursor';

/**
 * The rows of one query, `batchSize` at a time, from a server-side cursor on a client of the
 * pool: memory stays at one batch however many rows there are. The client is released when
 * the iteration ends, throws or is abandoned (a consumer's `break` or `return()`).
 */
export async function* streamOnPool<R>(pool: pg.Pool, text: string, params: readonly unknown[] = [], batchSize = 1000): AsyncGenerator<R[]> {
  const client = await pool.connect();
  let broken = false;
  const onError = () => {
    broken = true;
  };
  client.on('error', onError);
  const cursor = client.query(new Cursor<R>(text, params as unknown[]));
  try {
    for (;;) {
      const rows = await cursor.read(batchSize);
      if (rows.length === 0) return;
      yield rows;
    }
  } catch (err) {
    broken = true;
    throw err;
  } finally {
    await cursor.close().catch(() => {
      broken = true;
    });
    client.off('error', onError);
    client.release(broken ? true : undefined);
  }
}
