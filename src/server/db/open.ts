import path from 'node:path';
import type { Config } from '../config.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { migrate } from './migrate.ts';
import type { Db } from './types.ts';

// Each mode loads only its own driver (start-up time).

/** Opens the configured database (a PostgreSQL server when DATABASE_URL is set) and brings its schema up to date. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'databaseAppUrl' | 'dataDir' | 'databasePoolSize'>,
): Promise<Db> {
  let db: Db;
  if (config.databaseUrl) {
    const { postgresDb } = await import('./postgres.ts');
    db = postgresDb(config.databaseUrl, config.databasePoolSize, config.databaseAppUrl);
  } else {
    const dir = path.resolve(config.dataDir, 'pglite');
    const unlock = lockDataDir(config.dataDir);
    try {
      const { openPglite, pgliteDb } = await import('./pglite.ts');
      db = pgliteDb(await openPglite(dir), async () => unlock());
    } catch (error) {
      unlock();
      throw error;
    }
  }
  await migrate(db);
  return db;
}

export function describeDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): string {
  if (!config.databaseUrl) return `embedded PGlite in ${path.resolve(config.dataDir, 'pglite')}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
