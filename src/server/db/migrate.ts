import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { migrationsDir } from '../lib/paths.ts';
import type { Db } from './types.ts';

/** Applies every migration not yet applied, in file-name order, each in its own transaction. */
export async function migrate(db: Db, dir = migrationsDir): Promise<string[]> {
  await db.exec(`create table if not exists schema_migrations (
    name text primary key, checksum text not null, applied_at timestamptz not null default now())`);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const applied = new Map(
    (
      await db.query<{ name: string; checksum: string }>('select name, checksum from schema_migrations')
    ).rows.map((r) => [r.name, r.checksum]),
  );
  const done: string[] = [];
  for (const file of files) {
    const sql = fs.readFileSync(path.join(dir, file), 'utf8');
    const checksum = crypto.createHash('sha256').update(sql).digest('hex');
    const known = applied.get(file);
    if (known) {
      if (known !== checksum) throw new Error(`Migration ${file} was changed after it was applied`);
      continue;
    }
    await db.transaction(async (tx) => {
      // Several servers may start at once against one PostgreSQL: one migrates, the others wait.
      await tx.query('select pg_advisory_xact_lock(7262010)');
      const again = await tx.query('select 1 from schema_migrations where name = $1', [file]);
      if (again.rows.length) return;
      await tx.exec(sql);
      await tx.query('insert into schema_migrations (name, checksum) values ($1, $2)', [file, checksum]);
      done.push(file);
    });
  }
  return done;
}
