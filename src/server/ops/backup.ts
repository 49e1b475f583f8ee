import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { lockDataDir } from '../db/data-dir-lock.ts';
import { openPglite } from '../db/pglite.ts';

const pgliteDir = (config: Pick<Config, 'dataDir'>) => path.resolve(config.dataDir, 'pglite');

/**
 * Writes a consistent backup: the embedded database's folder as a .tar.gz, or a pg_dump custom-format archive.
 * The PGlite backup takes the data-folder lock, so the server must be stopped (PGlite has one writer).
 */
export async function backup(config: Pick<Config, 'dataDir' | 'databaseUrl'>, file: string): Promise<string> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (config.databaseUrl) {
    execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, config.databaseUrl], {
      stdio: 'inherit',
    });
    return file;
  }
  const unlock = lockDataDir(config.dataDir);
  try {
    if (!fs.existsSync(pgliteDir(config))) throw new Error(`No database in ${pgliteDir(config)}`);
    const pg = await openPglite(pgliteDir(config));
    const dump = await pg.dumpDataDir('gzip');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await pg.close();
    return file;
  } finally {
    unlock();
  }
}

/** Restores a backup made by `backup`. An existing embedded database is kept aside, never overwritten. */
export async function restore(
  config: Pick<Config, 'dataDir' | 'databaseUrl'>,
  file: string,
): Promise<string> {
  if (!fs.existsSync(file)) throw new Error(`No backup file at ${file}`);
  if (config.databaseUrl) {
    execFileSync(
      'pg_restore',
      ['--clean', '--if-exists', '--no-owner', `--dbname=${config.databaseUrl}`, file],
      {
        stdio: 'inherit',
      },
    );
    return config.databaseUrl;
  }
  const unlock = lockDataDir(config.dataDir);
  try {
    const dir = pgliteDir(config);
    let keptAside: string | null = null;
    if (fs.existsSync(dir)) {
      keptAside = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(dir, keptAside);
    }
    const pg = await openPglite(dir, new Blob([fs.readFileSync(file)]));
    await pg.query('select 1');
    await pg.close();
    return keptAside ? `${dir} (the previous database is kept in ${keptAside})` : dir;
  } finally {
    unlock();
  }
}
