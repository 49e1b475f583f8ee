export type Row = Record<string, unknown>;

export interface Queryable {
  query<R extends Row = Row>(sql: string, params?: unknown[]): Promise<{ rows: R[]; rowCount: number }>;
  /**
   * Runs a write whose result nobody reads (an audit entry). In a PostgreSQL transaction it is sent at once and
   * waited for with the commit, so it costs no round trip of its own, and its failure rolls the transaction back;
   * elsewhere it runs before the promise resolves.
   */
  queue(sql: string, params: unknown[]): Promise<void>;
  /** Runs several statements in one string (migrations, restore); no parameters. */
  exec(sql: string): Promise<void>;
}

/** One interface over PGlite and node-postgres: the rest of the server never knows which it has. */
export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs fn in a transaction. `setup` (statements without parameters) runs first, sent together with
   * BEGIN to save a round trip to the server. `tenant` marks tenant traffic, which goes over the
   * restricted login (DATABASE_APP_URL) where one is configured.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, setup?: string, tenant?: boolean): Promise<T>;
  /** True when tenant traffic connects as a login that cannot bypass row-level security even after RESET ROLE. */
  readonly restrictedLogin: boolean;
  close(): Promise<void>;
}
