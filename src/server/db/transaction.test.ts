import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#tests/db.ts';
import type { Db } from './types.ts';

// On PostgreSQL a transaction pipelines: BEGIN and its setup travel with the first query, queued writes with
// COMMIT. What a caller can observe must be what it was with one round trip per statement.
describe('transactions', () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb();
    await db.exec('create table tx_probe (n int primary key)');
  });
  afterAll(() => db.close());
  const count = async () =>
    (await db.query<{ n: number }>('select count(*)::int as n from tx_probe')).rows[0]!.n;

  it('runs the setup before the first query, and commits queued writes with the rest', async () => {
    const seen = await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ v: string }>(
        "select current_setting('app.probe', true) as v where $1",
        [true],
      );
      await tx.queue('insert into tx_probe (n) values ($1)', [1]);
      // A later query sees what was queued before it.
      const after = await tx.query<{ n: number }>(
        'select count(*)::int as n from tx_probe where n = $1',
        [1],
      );
      return [rows[0]!.v, after.rows[0]!.n];
    }, "select set_config('app.probe', 'set', true)");
    expect(seen).toEqual(['set', 1]);
    expect(await count()).toBe(1);
  });

  it('rolls everything back when a queued write fails, and throws its error', async () => {
    const before = await count();
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into tx_probe (n) values ($1)', [2]);
        await tx.queue('insert into tx_probe (n) values ($1)', [1]); // a duplicate key
        return 'done';
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await count()).toBe(before);
  });

  it('throws the failing setup’s error, not the aborted queries after it, and writes nothing', async () => {
    const before = await count();
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into tx_probe (n) values ($1)', [3]);
      }, "select set_config('app.probe', 'x', true), 1 / 0"),
    ).rejects.toThrow(/division by zero/);
    expect(await count()).toBe(before);
  });

  it('rolls back when the work throws, after its queued writes were sent', async () => {
    const before = await count();
    await expect(
      db.transaction(async (tx) => {
        await tx.queue('insert into tx_probe (n) values ($1)', [4]);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await count()).toBe(before);
    // The connection is clean for the next transaction.
    expect(
      await db.transaction((tx) => tx.query<{ one: number }>('select 1 as one where $1', [true])),
    ).toMatchObject({
      rows: [{ one: 1 }],
    });
  });

  // PostgreSQL plans a named statement once per connection; a long text (a bulk insert's) is never named.
  it.skipIf(!process.env.DATABASE_URL)(
    'prepares a statement with parameters from its second use, and never a long one',
    async () => {
      const short = 'select $1::int as n /* short-probe */';
      const long = `select $1::int as n /* ${'x'.repeat(8000)} long-probe */`;
      const prepared = await db.transaction(async (tx) => {
        for (const n of [1, 2, 3]) {
          await tx.query(short, [n]);
          await tx.query(long, [n]);
        }
        const { rows } = await tx.query<{ statement: string }>(
          "select statement from pg_prepared_statements where not from_sql and statement ~ '-probe \\*/$'",
        );
        return rows.map((r) => r.statement);
      });
      expect(prepared).toEqual([short]);
    },
  );

  it('keeps concurrent transactions apart', async () => {
    const values = Array.from({ length: 20 }, (_, i) => 100 + i);
    const settings = await Promise.all(
      values.map((n) =>
        db.transaction(async (tx) => {
          await tx.queue('insert into tx_probe (n) values ($1)', [n]);
          const { rows } = await tx.query<{ v: string }>(
            "select current_setting('app.probe', true) as v where $1",
            [true],
          );
          return rows[0]!.v;
        }, `select set_config('app.probe', '${n}', true)`),
      ),
    );
    expect(settings).toEqual(values.map(String));
    const { rows } = await db.query<{ n: number }>(
      'select count(*)::int as n from tx_probe where n >= $1',
      [100],
    );
    expect(rows[0]!.n).toBe(20);
  });
});
