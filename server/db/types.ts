/** What a query needs: both the whole database and one transaction offer it. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export type DatabaseKind = 'pglite' | 'postgresql';

/**
 * The server's one view of the database, with two implementations: embedded PGlite
 * (`pglite.ts`) and PostgreSQL through a `pg` pool (`postgres.ts`). Routes see only this.
 */
export interface Db extends Queryable {
  readonly kind: DatabaseKind;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onMessage` for every NOTIFY on `channel` (delivered after the notifying transaction commits). */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
