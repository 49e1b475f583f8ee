import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate } from '#server/db/migrate.ts';
import { openPglite, pgliteDb } from '#server/db/pglite.ts';
import { postgresDb } from '#server/db/postgres.ts';
import { appLogin, templateDatabase } from './db.ts';

/** Migrates one template database; each test file then starts from a copy (much faster than migrating each time). */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${templateDatabase} with (force)`);
    await admin.query(`create database ${templateDatabase}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${templateDatabase}`;
    const db = postgresDb(target.toString(), 1);
    await migrate(db);
    // The tests connect tenant traffic as a restricted login, as production should (DATABASE_APP_URL).
    await db.exec(`do $$ begin
      if not exists (select from pg_roles where rolname = '${appLogin}') then
        create role ${appLogin} login nosuperuser nobypassrls in role rodtrad_app;
      end if; end $$`);
    await db.close();
    project.provide('pgliteTemplate', '');
    return;
  }
  const file = path.join(os.tmpdir(), `rodtrad-test-template-${process.pid}.tar.gz`);
  const pglite = await openPglite(undefined);
  await migrate(pgliteDb(pglite));
  const dump = await pglite.dumpDataDir('gzip');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(file, { force: true });
}
