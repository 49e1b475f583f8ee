import pg from 'pg';
import { expect, it } from 'vitest';
import { createTestDb } from '#tests/db.ts';
import { postgresDb } from './postgres.ts';

// PostgreSQL only: PGlite runs in this process and has no connections to end.
it.skipIf(!process.env.DATABASE_URL)(
  'a connection the server ends (a restart, an administrator) is replaced, and the process lives on',
  async () => {
    const test = await createTestDb();
    const db = postgresDb(test.url!, 2);
    await Promise.all([db.query('select 1'), db.query('select 1')]); // two idle connections in the pool
    const admin = new pg.Client({ connectionString: test.url });
    await admin.connect();
    const { rows } = await admin.query<{ ended: boolean }>(
      `select pg_terminate_backend(pid) as ended from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()`,
    );
    await admin.end();
    expect(rows.filter((r) => r.ended).length).toBeGreaterThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the FATAL reaches the idle connections
    expect((await db.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
    await db.close();
    await test.close();
  },
);
