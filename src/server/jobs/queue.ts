import os from 'node:os';
import type { Db, Queryable } from '../db/types.ts';
import { newId } from '../lib/ids.ts';

/** The logging the worker needs; Fastify's and pino's loggers fit. */
export type Log = {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
};

export type Job = {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
};

export type JobEnv = { db: Db; now: Date; log: Log };

/** Runs one job; a throw schedules a retry (or gives up after max attempts). */
export type JobHandler = (job: Job, env: JobEnv) => Promise<void>;

export type EnqueueInput = {
  kind: string;
  payload?: Record<string, unknown>;
  /** Enqueueing the same key again does nothing (the first job stands, done or not). */
  dedupeKey?: string;
  runAt?: Date;
  maxAttempts?: number;
};

/** How long a claimed job is kept from other workers; a worker that dies mid-job frees it after this. */
export const leaseMs = 5 * 60_000;

/** Exponential backoff: 30 s, 1 min, 2 min, 4 min … at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** This process's name in locked_by. */
export const workerName = `${os.hostname()}:${process.pid}`;

/** Adds a job; returns its id, or null when a job with the same dedupe key exists already. */
export async function enqueue(db: Queryable, input: EnqueueInput): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    `insert into jobs (id, kind, payload, dedupe_key, run_at, max_attempts)
     values ($1, $2, $3, $4, coalesce($5::timestamptz, now()), $6)
     on conflict (dedupe_key) do nothing returning id`,
    [
      newId(),
      input.kind,
      JSON.stringify(input.payload ?? {}),
      input.dedupeKey ?? null,
      input.runAt?.toISOString() ?? null,
      input.maxAttempts ?? 5,
    ],
  );
  return rows[0]?.id ?? null;
}

type JobRow = {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
};

/**
 * Takes up to `limit` due jobs inside the caller's transaction: rows another transaction has locked are
 * skipped (`for update skip locked`), and each taken job's run_at moves a lease ahead, so once this
 * transaction commits no other worker takes it either.
 */
export async function claimJobsIn(
  tx: Queryable,
  now: Date,
  limit: number,
  worker = workerName,
): Promise<Job[]> {
  const { rows } = await tx.query<JobRow>(
    `with due as (
       select id from jobs where done_at is null and run_at <= $1
        order by run_at, id limit $2 for update skip locked)
     update jobs j set locked_at = $1, locked_by = $3, attempts = j.attempts + 1,
            run_at = $1::timestamptz + make_interval(secs => $4)
       from due where j.id = due.id
     returning j.id, j.kind, j.payload, j.attempts, j.max_attempts`,
    [now.toISOString(), limit, worker, leaseMs / 1000],
  );
  return rows
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      payload: r.payload,
      attempts: r.attempts,
      maxAttempts: r.max_attempts,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Claims due jobs in a short transaction of its own on the owner connection. */
export function claimJobs(db: Db, now: Date, limit = 20, worker = workerName): Promise<Job[]> {
  return db.transaction((tx) => claimJobsIn(tx, now, limit, worker));
}

export async function markDone(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query('update jobs set done_at = $2, locked_at = null, locked_by = null where id = $1', [
    id,
    now.toISOString(),
  ]);
}

/** After a failed attempt: try again after the backoff, or give up when the attempts are used up. */
export async function markFailed(
  db: Queryable,
  job: Job,
  error: unknown,
  now: Date,
): Promise<'retry' | 'gave_up'> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  if (job.attempts >= job.maxAttempts) {
    await db.query(
      `update jobs set done_at = $2, failed_at = $2, last_error = $3, locked_at = null, locked_by = null
        where id = $1`,
      [job.id, now.toISOString(), message],
    );
    return 'gave_up';
  }
  await db.query(
    'update jobs set run_at = $2, last_error = $3, locked_at = null, locked_by = null where id = $1',
    [job.id, new Date(now.getTime() + backoffMs(job.attempts)).toISOString(), message],
  );
  return 'retry';
}

export type RunSummary = { done: number; retried: number; gaveUp: number };

/** Claims the due jobs and runs each with its handler; an unknown kind fails like a throwing handler. */
export async function runJobs(
  env: JobEnv,
  handlers: Record<string, JobHandler>,
  limit = 20,
): Promise<RunSummary> {
  const summary: RunSummary = { done: 0, retried: 0, gaveUp: 0 };
  const jobs = await claimJobs(env.db, env.now, limit);
  for (const job of jobs) {
    try {
      const handler = handlers[job.kind];
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(job, env);
      await markDone(env.db, job.id, env.now);
      summary.done++;
    } catch (error) {
      const outcome = await markFailed(env.db, job, error, env.now);
      if (outcome === 'gave_up') {
        summary.gaveUp++;
        env.log.error({ err: error, jobId: job.id, kind: job.kind }, 'job failed for the last time');
      } else {
        summary.retried++;
        env.log.warn({ err: error, jobId: job.id, kind: job.kind }, 'job failed; will retry');
      }
    }
  }
  return summary;
}

/** Finished jobs are kept a month for inspection, then removed. */
export async function pruneJobs(db: Queryable, now: Date): Promise<number> {
  const { rowCount } = await db.query(
    `delete from jobs where done_at < $1::timestamptz - interval '30 days'`,
    [now.toISOString()],
  );
  return rowCount;
}
