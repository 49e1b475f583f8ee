import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#tests/db.ts';
import { backoffMs, claimJobs, claimJobsIn, enqueue, leaseMs, runJobs, type Job, type Log } from './queue.ts';

const db = await createTestDb();
afterAll(() => db.close());

const log: Log = { info() {}, warn() {}, error() {} };
const t0 = new Date('2030-03-04T08:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

async function clear() {
  await db.query('delete from jobs');
}

const jobRow = async (id: string) =>
  (
    await db.query<{
      attempts: number;
      done_at: Date | null;
      failed_at: Date | null;
      last_error: string | null;
      run_at: Date;
    }>('select attempts, done_at, failed_at, last_error, run_at from jobs where id = $1', [id])
  ).rows[0]!;

describe('the job queue', () => {
  it('enqueues once per dedupe key', async () => {
    await clear();
    const first = await enqueue(db, { kind: 'test.noop', dedupeKey: 'k:1', runAt: t0 });
    const again = await enqueue(db, { kind: 'test.noop', dedupeKey: 'k:1', runAt: t0 });
    const other = await enqueue(db, { kind: 'test.noop', dedupeKey: 'k:2', runAt: t0 });
    expect(first).toBeTruthy();
    expect(again).toBeNull();
    expect(other).toBeTruthy();
    expect((await db.query('select 1 from jobs')).rows).toHaveLength(2);
  });

  it('runs only due jobs, and marks them done', async () => {
    await clear();
    const ran: string[] = [];
    const due = await enqueue(db, { kind: 'test.record', payload: { n: 1 }, runAt: t0 });
    await enqueue(db, { kind: 'test.record', payload: { n: 2 }, runAt: later(60_000) });
    const summary = await runJobs(
      { db, now: t0, log },
      {
        'test.record': async (job) => void ran.push(String(job.payload.n)),
      },
    );
    expect(summary).toEqual({ done: 1, retried: 0, gaveUp: 0 });
    expect(ran).toEqual(['1']);
    expect((await jobRow(due!)).done_at).toBeTruthy();
    // Done jobs never run again.
    await runJobs(
      { db, now: later(120_000), log },
      { 'test.record': async (job) => void ran.push(String(job.payload.n)) },
    );
    expect(ran).toEqual(['1', '2']);
  });

  it('retries a failing job with exponential backoff and gives up after max attempts, keeping the error', async () => {
    await clear();
    const id = (await enqueue(db, { kind: 'test.fail', runAt: t0, maxAttempts: 3 }))!;
    const handlers = {
      'test.fail': async (job: Job) => {
        throw new Error(`provider down (attempt ${job.attempts})`);
      },
    };
    expect(await runJobs({ db, now: t0, log }, handlers)).toEqual({ done: 0, retried: 1, gaveUp: 0 });
    let row = await jobRow(id);
    expect(row.attempts).toBe(1);
    expect(row.last_error).toBe('provider down (attempt 1)');
    expect(row.run_at.getTime()).toBe(t0.getTime() + backoffMs(1));
    // Not due before the backoff has passed.
    expect(await runJobs({ db, now: later(backoffMs(1) - 1), log }, handlers)).toEqual({
      done: 0,
      retried: 0,
      gaveUp: 0,
    });
    const second = later(backoffMs(1));
    expect((await runJobs({ db, now: second, log }, handlers)).retried).toBe(1);
    row = await jobRow(id);
    expect(row.run_at.getTime()).toBe(second.getTime() + backoffMs(2));
    expect(backoffMs(2)).toBe(2 * backoffMs(1));
    expect((await runJobs({ db, now: new Date(row.run_at), log }, handlers)).gaveUp).toBe(1);
    row = await jobRow(id);
    expect(row).toMatchObject({ attempts: 3, last_error: 'provider down (attempt 3)' });
    expect(row.failed_at).toBeTruthy();
    expect(row.done_at).toBeTruthy();
    expect(await runJobs({ db, now: later(86_400_000), log }, handlers)).toEqual({
      done: 0,
      retried: 0,
      gaveUp: 0,
    });
  });

  it('fails a job of an unknown kind like a throwing handler', async () => {
    await clear();
    const id = (await enqueue(db, { kind: 'test.unknown', runAt: t0 }))!;
    expect((await runJobs({ db, now: t0, log }, {})).retried).toBe(1);
    expect((await jobRow(id)).last_error).toBe('no handler for job kind test.unknown');
  });

  it('keeps a claimed job from others for a lease, then frees it if its worker died', async () => {
    await clear();
    await enqueue(db, { kind: 'test.noop', runAt: t0 });
    expect(await claimJobs(db, t0, 10, 'a')).toHaveLength(1);
    expect(await claimJobs(db, later(leaseMs - 1), 10, 'b')).toHaveLength(0);
    const [retaken] = await claimJobs(db, later(leaseMs), 10, 'b');
    expect(retaken!.attempts).toBe(2);
  });

  it('never gives one job to two claimers at once (for update skip locked)', async () => {
    await clear();
    for (let i = 0; i < 6; i++) await enqueue(db, { kind: 'test.noop', runAt: t0 });
    const ids = (await db.query<{ id: string }>('select id from jobs')).rows.map((r) => r.id).sort();

    // Two transactions at once: the first holds row locks on the jobs it took, not yet committed, while the
    // second claims. On PostgreSQL the second skips the locked rows (without `skip locked` it would wait for
    // the first, which waits for it: the test would hang). PGlite has one connection and runs them in turn.
    let secondClaimed!: () => void;
    const secondDone = new Promise<void>((resolve) => (secondClaimed = resolve));
    let firstClaimed!: () => void;
    const firstDone = new Promise<void>((resolve) => (firstClaimed = resolve));
    const first = db.transaction(async (tx) => {
      const jobs = await claimJobsIn(tx, t0, 3, 'first');
      firstClaimed();
      if (db.kind === 'postgres') await secondDone;
      return jobs;
    });
    if (db.kind === 'postgres') await firstDone;
    const second = db.transaction(async (tx) => {
      const jobs = await claimJobsIn(tx, t0, 10, 'second');
      secondClaimed();
      return jobs;
    });
    const [a, b] = await Promise.all([first, second]);
    expect(a).toHaveLength(3);
    expect(b).toHaveLength(3);
    expect([...a, ...b].map((j) => j.id).sort()).toEqual(ids);

    // Many workers at once, each in its own transaction: every job is taken exactly once.
    await clear();
    for (let i = 0; i < 20; i++) await enqueue(db, { kind: 'test.noop', runAt: t0 });
    const claims = await Promise.all([1, 2, 3, 4, 5].map((n) => claimJobs(db, t0, 10, `w${n}`)));
    const taken = claims.flat().map((j) => j.id);
    expect(taken).toHaveLength(20);
    expect(new Set(taken).size).toBe(20);
  });
});
