import { describe, expect, it } from 'vitest';
import { createTestApp } from '#tests/app.ts';

// The one test with the app's own background loop on: it runs a round within a few seconds and stops on close.
const { app, db } = await createTestApp({ JOBS: 'on' });

describe('the worker loop', () => {
  it('runs rounds while the app is up (the reminder scan of this quarter hour is enqueued and run)', async () => {
    await app.ready();
    let scans: { done: boolean }[] = [];
    for (let i = 0; i < 40 && !scans.some((s) => s.done); i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      scans = (
        await db.query<{ done: boolean }>(
          `select done_at is not null as done from jobs where kind = 'reminders.scan'`,
        )
      ).rows;
    }
    expect(scans).toEqual([{ done: true }]);
  });
});
