import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, pgliteDb } from '#server/db/pglite.ts';
import { postgresDb } from '#server/db/postgres.ts';
import type { Db } from '#server/db/types.ts';

/**
 * A fresh, migrated database for one test file: a PGlite copy of the template that global setup migrated,
 * or, when DATABASE_URL is set, a new PostgreSQL database made from the migrated template database.
 */
export async function createTestDb(): Promise<Db & { url?: string }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `rodtrad_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${templateDatabase}`);
    } finally {
      await admin.end();
    }
    const target = new URL(url);
    target.pathname = `/${name}`;
    const app = new URL(target);
    app.username = appLogin;
    const db = postgresDb(target.toString(), 10, app.toString());
    return {
      ...db,
      url: target.toString(),
      async close() {
        await db.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`).finally(() => c.end());
      },
    };
  }
  const blob = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
  return pgliteDb(await openPglite(undefined, blob));
}

export const templateDatabase = 'rodtrad_test_template';
export const appLogin = 'rodtrad_test_web';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
