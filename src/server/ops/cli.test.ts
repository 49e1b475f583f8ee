import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#tests/db.ts';

const run = promisify(execFile);
const onPostgres = Boolean(process.env.DATABASE_URL);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rodtrad-cli-'));
// On PostgreSQL, a fresh database of its own; on PGlite, a data folder of its own.
const testDb = onPostgres ? await createTestDb() : null;
const env = {
  ...process.env,
  DATA_DIR: path.join(tmp, 'data'),
  DATABASE_URL: testDb?.url ?? '',
  LOG_LEVEL: 'silent',
};
afterAll(async () => {
  await testDb?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const cli = async (...args: string[]) => {
  try {
    const { stdout } = await run('node', ['--import', 'tsx', 'src/server/cli.ts', ...args], { env });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
};

// Each command starts a process and opens the database: minutes on a loaded 2-core machine.
describe('operator commands', { timeout: 180_000 }, () => {
  it('loads the demo once, with one account for each role, passwords printed', async () => {
    const demo = await cli('demo');
    expect(demo.code, demo.out).toBe(0);
    expect(demo.out).toMatch(/administrator@demo\.rodtrad\.test/);
    expect(demo.out).toMatch(/coach\.norrby@demo\.rodtrad\.test/);
    expect(demo.out).toMatch(/Password for every demo account: \S+/);
    expect((await cli('demo')).code).toBe(1);
  });

  it('verifies the audit chain and backs up and restores the database', async () => {
    expect((await cli('audit-verify')).out).toMatch(/Audit log intact: \d+ entries/);
    const file = path.join(tmp, onPostgres ? 'b.dump' : 'b.tar.gz');
    const backup = await cli('backup', file);
    expect(backup.code, backup.out).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    const restored = await cli('restore', file);
    expect(restored.code, restored.out).toBe(0);
    // The restored database still holds the demo (loading it again is refused) and an intact chain.
    expect((await cli('demo')).out).toMatch(/already loaded/);
    expect((await cli('audit-verify')).code).toBe(0);
  });

  it('says which entry was tampered with and exits 1', async () => {
    const sql = `alter table audit_log disable trigger audit_log_append_only;
      update audit_log set action = 'edited' where id = 1;
      alter table audit_log enable trigger audit_log_append_only;`;
    if (testDb) await testDb.exec(sql);
    else {
      const { openPglite } = await import('../db/pglite.ts');
      const pg = await openPglite(path.join(tmp, 'data', 'pglite'));
      await pg.exec(sql);
      await pg.close();
    }
    const verify = await cli('audit-verify');
    expect(verify.code).toBe(1);
    expect(verify.out).toMatch(/entry 1: edited/);
  });
});
