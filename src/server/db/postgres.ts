import crypto from 'node:crypto';
import pg from 'pg';
import type { Db, Queryable, Row } from './types.ts';

// Dates stay as text (no time-zone shift); bigint counts are cast to int in SQL where they are read.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/**
 * Statements with parameters that come back are prepared once per connection (a named statement), so
 * PostgreSQL plans them once instead of on every call; planning was most of a short request's database time.
 * A statement is named on its second use. Only short texts are remembered, and only so many, so that SQL built
 * with a varying number of placeholders (bulk inserts) fills neither this process's memory nor the server's.
 */
const maxRemembered = 4000;
const maxNamed = 2000;
const maxLength = 8000;
const seen = new Map<string, string | null>();
let named = 0;

function queryConfig(sql: string, params?: unknown[]): pg.QueryConfig {
  if (!params?.length) return { text: sql };
  let name = seen.get(sql);
  if (name === null && named < maxNamed) {
    name = `r${crypto.createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    seen.set(sql, name);
    named++;
  } else if (name === undefined && seen.size < maxRemembered && sql.length <= maxLength) seen.set(sql, null);
  return name ? { name, text: sql, values: params } : { text: sql, values: params };
}

async function run<R extends Row>(client: pg.Pool | pg.PoolClient, sql: string, params?: unknown[]) {
  const result = await client.query<R>(queryConfig(sql, params));
  return { rows: result.rows, rowCount: result.rowCount ?? 0 };
}

function wrap(client: pg.Pool): Queryable {
  return {
    query: (sql, params) => run(client, sql, params),
    queue: async (sql, params) => void (await run(client, sql, params)),
    exec: async (sql) => void (await client.query(sql)),
  };
}

/**
 * A pool whose connections may be ended by the server (a restart, an administrator, a dropped database)
 * without ending this process: an idle connection's error would otherwise be an uncaught exception, also while
 * the pool is closing it. The pool drops such a connection and opens a new one for the next query; a query in
 * progress still gets its own error. Connections pipeline: a query is written without waiting for the answer
 * to the one before, which is what lets a transaction send BEGIN with its first query and COMMIT with its last.
 */
function pool(connectionString: string, max: number): pg.Pool {
  const created = new pg.Pool({ connectionString, max, pipeline: true });
  created.on('error', () => undefined);
  created.on('connect', (client) => client.on('error', () => undefined));
  return created;
}

/**
 * Runs fn on one connection in a transaction, in as few round trips as the work allows: BEGIN and the setup go
 * out with fn's first query (whose answer counts only if they succeeded), and what fn queued (audit entries)
 * goes out at once and is waited for together with COMMIT. A queued statement that failed aborts the
 * transaction, so COMMIT rolls back and its error is the one thrown.
 */
async function inTransaction<T>(client: pg.PoolClient, fn: (tx: Queryable) => Promise<T>, setup?: string) {
  const begun = client.query(setup ? `begin; ${setup}` : 'begin');
  const queued: Promise<unknown>[] = [];
  const firstFailure = async () => {
    for (const p of [begun, ...queued]) await p;
  };
  const tx: Queryable = {
    async query<R extends Row>(sql: string, params?: unknown[]) {
      const [, result] = await Promise.all([begun, run<R>(client, sql, params)]);
      return result;
    },
    async queue(sql, params) {
      const sent = run(client, sql, params);
      sent.catch(() => undefined); // waited for before the commit
      queued.push(sent);
    },
    async exec(sql) {
      await Promise.all([begun, client.query(sql)]);
    },
  };
  try {
    const result = await fn(tx);
    const committed = client.query('commit');
    const settled = await Promise.allSettled([begun, ...queued, committed]);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    // The first failure explains the rest ("current transaction is aborted").
    await firstFailure();
    throw error;
  }
}

/**
 * A PostgreSQL server. `appConnectionString`, when given, is a login that is a member of rodtrad_app and
 * nothing more: tenant transactions use it, so even a `RESET ROLE` lands on a restricted role.
 */
export function postgresDb(connectionString: string, max: number, appConnectionString?: string): Db {
  const ownerPool = pool(connectionString, max);
  const appPool = appConnectionString ? pool(appConnectionString, max) : null;
  return {
    kind: 'postgres',
    restrictedLogin: appPool !== null,
    ...wrap(ownerPool),
    async transaction(fn, setup, tenant) {
      const client = await (tenant && appPool ? appPool : ownerPool).connect();
      try {
        return await inTransaction(client, fn, setup);
      } finally {
        client.release();
      }
    },
    async close() {
      await Promise.all([ownerPool.end(), appPool?.end()]);
    },
  };
}
