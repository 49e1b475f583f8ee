import type { Queryable, Row } from '../db/types.ts';
import { AppError, notFound } from './errors.ts';

/**
 * Updates one row only if it is still at the version the caller read (optimistic concurrency).
 * `changes` maps column names (fixed by the caller, never user input) to values; undefined values are skipped.
 * A stale version answers 409 with `current`, the record as it is now (as the caller presents it), so the
 * interface can show what changed.
 */
export async function updateVersioned<R extends Row>(
  tx: Queryable,
  table: string,
  id: string,
  version: number,
  changes: Record<string, unknown>,
  what: string,
  current: () => Promise<unknown>,
): Promise<R> {
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
  const sets = entries.map(([column], i) => `${column} = $${i + 3}`);
  const { rows } = await tx.query<R>(
    `update ${table} set ${[...sets, 'version = version + 1'].join(', ')}
      where id = $1 and version = $2 returning *`,
    [id, version, ...entries.map(([, v]) => v)],
  );
  if (rows[0]) return rows[0];
  const exists = await tx.query(`select 1 from ${table} where id = $1`, [id]);
  if (!exists.rows.length) throw notFound(what);
  throw new AppError(
    'version_conflict',
    'Someone else changed this record since you opened it. Reload and try again.',
    { current: await current() },
  );
}
