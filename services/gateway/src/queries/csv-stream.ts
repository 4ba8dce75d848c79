import type { Sql } from '@claimwire/sql';
import type { CsvCell } from '../domain/csv';

/** A query's rows streamed from a server-side cursor (1,000 at a time) as CSV records: flat in memory. */
export function csvStream<R>(db: Sql, text: string, params: readonly unknown[], cells: (row: R) => CsvCell[]): AsyncIterable<CsvCell[][]> {
  const batches = db.stream<R>(text, params, 1000);
  return (async function* () {
    for await (const rows of batches) yield rows.map(cells);
  })();
}
