import { defineConfig } from 'vitest/config';

// One runner for everything. `server`: unit and integration tests on a real database (PGlite, or PostgreSQL
// when DATABASE_URL is set). `e2e`: browser journeys in Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          // Test files of a worker share its loaded modules instead of importing the whole server again for
          // each file (most of the suite's time was module import); every file opens and closes its own
          // database and app, and no test mocks a module or changes the environment.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          // One journey at a time (each drives a browser against its own server), sharing loaded modules as
          // the server tests do: importing the server again for each journey took 100 s of a 9-minute run.
          fileParallelism: false,
          isolate: false,
          testTimeout: 120_000,
        },
      },
    ],
  },
});
