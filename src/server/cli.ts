import path from 'node:path';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { currentTotp } from './auth/totp.ts';
import { loadConfig } from './config.ts';
import { describeDatabase, openDatabase } from './db/open.ts';
import { verifyAuditChain } from './lib/audit.ts';
import { backup, restore } from './ops/backup.ts';
import { demoPassword, demoTotpSecret, loadDemo } from './ops/demo.ts';
import { issueSetupToken } from './setup/service.ts';

const usage = `Rödtråd operator commands (npm run rodtrad -- <command>):
  migrate              apply pending database migrations
  demo                 load the fictional demo data set (also: npm run demo)
  demo-code            print the current two-factor code of the demo accounts
  setup-link           print a one-time link to create the first administrator
  audit-verify         recompute the audit log's hash chain; exits 1 if anything was edited or deleted
  backup [file]        write a backup (default: backups/rodtrad-<time>.tar.gz, or .dump on PostgreSQL)
  restore <file>       restore a backup (the embedded database in use is kept aside, not overwritten)
The database is the one the server uses: DATA_DIR (default ./data) or DATABASE_URL.`;

async function main(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true });
  const [command, arg] = positionals;
  const config = loadConfig();
  const withDb = async <T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) => {
    const db = await openDatabase(config);
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  };
  switch (command) {
    case 'migrate':
      await withDb(async () => console.log(`Migrated ${describeDatabase(config)}`));
      return 0;
    case 'demo': {
      const accounts = await withDb(loadDemo);
      console.log(`\nDemo data loaded into ${describeDatabase(config)}. Every account below is fictional.\n`);
      console.table(
        accounts.map((a) => ({ 'e-mail': a.email, role: a.role, unit: a.unit ?? '(organisation)' })),
      );
      console.log(`\nPassword for every demo account: ${demoPassword}`);
      console.log(
        `Two-factor: add this secret to an authenticator app once (it serves every demo account): ${demoTotpSecret}`,
      );
      console.log(
        await QRCode.toString(
          `otpauth://totp/R%C3%B6dtr%C3%A5d:demo?secret=${demoTotpSecret}&issuer=R%C3%B6dtr%C3%A5d`,
          { type: 'terminal', small: true },
        ),
      );
      console.log(
        'No phone at hand? `npm run rodtrad -- demo-code` prints the current code.\nStart the server with `npm start`.',
      );
      return 0;
    }
    case 'demo-code':
      console.log(currentTotp(demoTotpSecret));
      return 0;
    case 'setup-link': {
      const token = await withDb(issueSetupToken);
      console.log(
        token
          ? `${config.publicUrl}/setup#token=${token}`
          : 'Accounts exist already; ask an administrator for a reset link.',
      );
      return 0;
    }
    case 'audit-verify': {
      const result = await withDb(verifyAuditChain);
      if (!result.breaks.length) {
        console.log(
          `Audit log intact: ${result.rows} entries, hash chain verified. Head: ${result.head ?? '(empty)'}`,
        );
        return 0;
      }
      console.error(`Audit log TAMPERED: ${result.breaks.length} break(s) in ${result.rows} entries:`);
      for (const b of result.breaks) console.error(`  entry ${b.entry}: ${b.problem.replace(/_/g, ' ')}`);
      return 1;
    }
    case 'backup': {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = arg ?? path.join('backups', `rodtrad-${stamp}.${config.databaseUrl ? 'dump' : 'tar.gz'}`);
      console.log(`Backup written to ${await backup(config, file)}`);
      return 0;
    }
    case 'restore':
      if (!arg) break;
      console.log(`Restored into ${await restore(config, arg)}`);
      return 0;
  }
  console.log(usage);
  return command ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
