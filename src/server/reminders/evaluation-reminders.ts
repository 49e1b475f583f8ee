import type { Db } from '../db/types.ts';
import { enqueue, type JobHandler } from '../jobs/queue.ts';
import { addMessage } from '../outbox/delivery.ts';
import { dueEvaluationReminders, stageLabels } from '../placements/evaluations.ts';
import { renderEvaluationReminder } from './templates.ts';

export const evaluationScanKind = 'reminders.evaluations';

/** How often due placement evaluations are looked for (one job per hour, whichever server enqueues it). */
export const evaluationScanEveryMs = 60 * 60_000;

/** One message per evaluation and reminder: a retried job never writes a second. */
export const evaluationReminderKey = (evaluationId: string, reminderCount: number) =>
  `evaluation-reminder:${evaluationId}:${reminderCount}`;

/** Enqueues the scan for the current hour; every server calls this, and the dedupe key makes one job. */
export function enqueueEvaluationReminderScan(db: Db, now: Date): Promise<string | null> {
  const slot = new Date(Math.floor(now.getTime() / evaluationScanEveryMs) * evaluationScanEveryMs);
  return enqueue(db, {
    kind: evaluationScanKind,
    dedupeKey: `evaluation-reminders-scan:${slot.toISOString()}`,
    runAt: slot,
  });
}

/**
 * Reminds placement supervisors of evaluations due soon or overdue (`dueEvaluationReminders` decides which
 * and records each), by an e-mail in the outbox written in the same transaction as the new link. The message
 * is logged under the participant (her message log shows it) but goes to the supervisor; it names her by her
 * first name only.
 */
export async function scanEvaluationReminders(db: Db, now: Date, publicUrl: string): Promise<number> {
  const reminders = await dueEvaluationReminders(db, now, {
    publicUrl,
    deliver: async (tx, r) => {
      const { subject, body } = renderEvaluationReminder({
        firstName: r.firstName,
        employerName: r.employerName,
        stageLabel: stageLabels[r.stage],
        dueOn: r.dueOn,
        url: r.url,
      });
      await addMessage(tx, {
        unitId: r.unitId,
        participantId: r.participantId,
        kind: 'evaluation_reminder',
        dedupeKey: evaluationReminderKey(r.evaluationId, r.reminderCount),
        channel: 'email',
        toAddress: r.supervisorEmail,
        language: 'sv',
        subject,
        body,
      });
    },
  });
  return reminders.length;
}

/** The job handler; evaluation reminders need the public URL for their links. */
export function evaluationReminderHandlers(publicUrl: string): Record<string, JobHandler> {
  return {
    [evaluationScanKind]: async (_job, env) => {
      const sent = await scanEvaluationReminders(env.db, env.now, publicUrl);
      if (sent) env.log.info({ sent }, 'evaluation reminders written to the outbox');
    },
  };
}
