import pg from 'pg';
import type { Db, Queryable, Row } from './types.ts';

// Dates stay as text (no time-zone shift); bigint counts are cast to int in SQL where they are read.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<R extends Row>(sql: string, params?: unknown[]) {
      const result = await client.query<R>(sql, params);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
    async exec(sql) {
      await client.query(sql);
    },
  };
}

/**
 * A pool whose connections may be ended by the server (a restart, an administrator, a dropped database)
 * without ending this process: an idle connection's error would otherwise be an uncaught exception, also while
 * the pool is closing it. The pool drops such a connection and opens a new one for the next query; a query in
 * progress still gets its own error.
 */
function pool(connectionString: string, max: number): pg.Pool {
  const created = new pg.Pool({ connectionString, max });
  created.on('error', () => undefined);
  created.on('connect', (client) => client.on('error', () => undefined));
  return created;
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
        await client.query(setup ? `begin; ${setup}` : 'begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await Promise.all([ownerPool.end(), appPool?.end()]);
    },
  };
}
