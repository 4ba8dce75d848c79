/** The SQL port: what services need from a database, whichever engine is behind it. */
export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

export interface SqlExecutor {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
}

export interface Sql extends SqlExecutor {
  readonly kind: 'postgres' | 'pglite';
  /** Run fn in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** True when the database answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** The rows of one query, batchSize at a time, from a server-side cursor (memory: one batch). */
  stream<R = Record<string, unknown>>(text: string, params?: readonly unknown[], batchSize?: number): AsyncGenerator<R[]>;
}
