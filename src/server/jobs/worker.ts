import type { Config } from '../config.ts';
import type { Db } from '../db/types.ts';
import { sendersFromConfig, type Senders } from '../outbox/adapters.ts';
import { deliverOutbox, type DeliverySummary } from '../outbox/delivery.ts';
import {
  enqueueEvaluationReminderScan,
  evaluationReminderHandlers,
} from '../reminders/evaluation-reminders.ts';
import { enqueueReminderScan, reminderHandlers } from '../reminders/scheduler.ts';
import { checkInHandlers, enqueueCheckInScan } from '../volunteers/matches/check-ins.ts';
import { discardAbandonedUploads } from '../lessons/media.ts';
import { pruneJobs, runJobs, type JobHandler, type Log, type RunSummary } from './queue.ts';

const silent: Log = { info() {}, warn() {}, error() {} };

export type WorkerOptions = {
  reminderHours?: number;
  /** The address links in messages start with; without it no evaluation reminders are scanned for. */
  publicUrl?: string;
  log?: Log;
  handlers?: Record<string, JobHandler>;
};

export function defaultHandlers(reminderHours: number, publicUrl?: string): Record<string, JobHandler> {
  return {
    ...reminderHandlers(reminderHours),
    ...(publicUrl ? evaluationReminderHandlers(publicUrl) : {}),
    ...(publicUrl ? checkInHandlers(publicUrl) : {}),
  };
}

/** Runs every job due at `now` (tests drive this directly; the worker loop calls it every few seconds). */
export function runDueJobs(db: Db, now: Date = new Date(), options: WorkerOptions = {}): Promise<RunSummary> {
  const handlers = options.handlers ?? defaultHandlers(options.reminderHours ?? 24, options.publicUrl);
  return runJobs({ db, now, log: options.log ?? silent }, handlers);
}

/**
 * One round of background work: enqueue this slot's reminder scans (sessions; placement evaluations when the
 * public URL is given), run due jobs, deliver the outbox.
 */
export async function tick(
  db: Db,
  senders: Senders,
  now: Date,
  options: WorkerOptions = {},
): Promise<{ jobs: RunSummary; outbox: DeliverySummary }> {
  const log = options.log ?? silent;
  await enqueueReminderScan(db, now);
  if (options.publicUrl) await enqueueEvaluationReminderScan(db, now);
  if (options.publicUrl) await enqueueCheckInScan(db, now);
  const jobs = await runDueJobs(db, now, options);
  const outbox = await deliverOutbox(db, senders, now, log);
  return { jobs, outbox };
}

/**
 * The background loop (started by the app unless JOBS=off): a round every `everyMs`, never two at once in
 * one process; several processes share the work through the queue's row locks. stop() waits for the round.
 */
export function startWorker(
  db: Db,
  config: Pick<Config, 'outbox' | 'reminderHours' | 'publicUrl'>,
  log: Log,
  everyMs = 5000,
): { stop(): Promise<void> } {
  const senders = sendersFromConfig(config.outbox, log);
  let running: Promise<void> | null = null;
  let lastPrune = 0;
  const round = async () => {
    const now = new Date();
    await tick(db, senders, now, { reminderHours: config.reminderHours, publicUrl: config.publicUrl, log });
    if (now.getTime() - lastPrune > 3_600_000) {
      lastPrune = now.getTime();
      await pruneJobs(db, now);
      await discardAbandonedUploads(db, now);
    }
  };
  const timer = setInterval(() => {
    if (running) return;
    running = round()
      .catch((error) => log.error({ err: error }, 'background work failed'))
      .finally(() => {
        running = null;
      });
  }, everyMs).unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
