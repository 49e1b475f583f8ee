import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDb } from '#tests/db.ts';
import type { Db } from './types.ts';

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.close());

// A stable function in a policy runs for every row the policy filters; in a scalar subquery it runs once per
// statement (migration 0033). A policy written as `app_uuid('unit_id')` instead of `(select app_uuid('unit_id'))`
// costs a list of thousands of rows a parse per row.
it('every row-level security policy reads the caller’s context once per statement, not once per row', async () => {
  const { rows } = await db.query<{ policy: string }>(
    `select tablename || '.' || policyname as policy from pg_policies
      where schemaname = 'public'
        and (qual ~ '(?<!SELECT )app_(setting|uuid)\\(' or with_check ~ '(?<!SELECT )app_(setting|uuid)\\(')
      order by 1`,
  );
  expect(rows.map((r) => r.policy)).toEqual([]);
  const { rows: all } = await db.query<{ n: number }>(
    "select count(*)::int as n from pg_policies where qual ~ 'SELECT app_' or with_check ~ 'SELECT app_'",
  );
  expect(all[0]!.n).toBeGreaterThan(100);
});
