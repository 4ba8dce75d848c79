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
  /**
   * LISTEN on a channel: `onNotify` gets the payload of every NOTIFY committed on it. On
   * Postgres this holds a connection of its own (outside the pool); when that connection is
   * lost, `onLost` is called once and the listener is dead (the caller listens again).
   */
  listen(channel: string, onNotify: (payload: string) => void, onLost?: (err: Error) => void): Promise<Listener>;
}

/** A LISTEN in force; `close` ends it (and its connection). */
export interface Listener {
  close(): Promise<void>;
}
