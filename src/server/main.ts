import { loadConfig } from './config.ts';
import { describeDatabase, openDatabase } from './db/open.ts';
import { issueSetupToken } from './setup/service.ts';

const config = loadConfig();
// The web server's modules load while the database opens: start-up is about as long as the slower of the two.
const [opened, { createApp }] = await Promise.all([
  openDatabase(config).catch((error: Error) => {
    console.error(`Rödtråd could not open its database: ${error.message}`);
    process.exit(1);
  }),
  import('./app.ts'),
]);
const db = opened;
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
const ms = Math.round(performance.now());
console.log(
  `\nRödtråd is running at ${config.publicUrl} (${describeDatabase(config)}, ready ${ms} ms after start)`,
);
const setupToken = await issueSetupToken(db);
if (setupToken) {
  console.log(
    `\nNo account exists yet. Create the first administrator here (the link works once):\n\n  ${config.publicUrl}/setup#token=${setupToken}\n`,
  );
}
