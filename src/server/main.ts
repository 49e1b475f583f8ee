import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { describeDatabase, openDatabase } from './db/open.ts';
import { issueSetupToken } from './setup/service.ts';

const started = performance.now();
const config = loadConfig();
let db;
try {
  db = await openDatabase(config);
} catch (error) {
  console.error(`Rödtråd could not open its database: ${(error as Error).message}`);
  process.exit(1);
}
const app = await createApp({ db, config });

const shutdown = async (signal: string) => {
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await db.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
const ms = Math.round(performance.now() - started);
console.log(`\nRödtråd is running at ${config.publicUrl} (${describeDatabase(config)}, ready in ${ms} ms)`);
const setupToken = await issueSetupToken(db);
if (setupToken) {
  console.log(
    `\nNo account exists yet. Create the first administrator here (the link works once):\n\n  ${config.publicUrl}/setup#token=${setupToken}\n`,
  );
}
