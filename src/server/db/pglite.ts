import { PGlite, types, type PGliteInterface, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Db, Queryable, Row } from './types.ts';

export const pgliteExtensions = { pg_trgm, unaccent };

function wrap(q: PGliteInterface | Transaction): Queryable {
  return {
    async query<R extends Row>(sql: string, params?: unknown[]) {
      const result = await q.query<R>(sql, params);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
    async queue(sql, params) {
      await q.query(sql, params);
    },
    async exec(sql) {
      await q.exec(sql);
    },
  };
}

export function pgliteDb(pg: PGliteInterface, onClose?: () => Promise<void>): Db {
  return {
    kind: 'pglite',
    restrictedLogin: false,
    ...wrap(pg),
    transaction: (fn, setup) =>
      pg.transaction(async (tx) => {
        if (setup) await tx.exec(setup);
        return fn(wrap(tx));
      }),
    async close() {
      await pg.close();
      await onClose?.();
    },
  };
}

/** Opens an embedded database in a folder (created on first use), or in memory when dataDir is undefined. */
export async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<PGliteInterface> {
  return PGlite.create({
    dataDir,
    extensions: pgliteExtensions,
    loadDataDir,
    // Same shapes as node-postgres: dates as text, bigint as text.
    parsers: { [types.DATE]: (v: string) => v, [types.INT8]: (v: string) => v },
  });
}
