import type { Sql } from '@claimwire/sql';
import type { CsvCell } from '../domain/csv';

/**
 * Rows an export reads from its cursor at a time: about one 32 KiB chunk of CSV. A batch stays
 * alive while its chunks wait for the socket to drain; at 1,000 rows it outlived young-generation
 * collections, was promoted and piled up in the old generation until a full collection, so RSS
 * grew with the row count (bench/export-bench.ts; README, "bench:export").
 */
export const EXPORT_BATCH_ROWS = 100;

/** A query's rows streamed from a server-side cursor (EXPORT_BATCH_ROWS at a time) as CSV records: flat in memory. */
export function csvStream<R>(db: Sql, text: string, params: readonly unknown[], cells: (row: R) => CsvCell[]): AsyncIterable<CsvCell[][]> {
  const batches = db.stream<R>(text, params, EXPORT_BATCH_ROWS);
  return (async function* () {
    for await (const rows of batches) yield rows.map(cells);
  })();
}
