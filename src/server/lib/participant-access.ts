import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from './audit.ts';
import type { Ctx } from './context.ts';
import { AppError, notFound } from './errors.ts';

/** What may still be done with a record merged into another: read it (it is kept so the merge can be undone). */
const readsOfMergedRecord = new Set([
  'assessment.distance',
  'assessment.list',
  'attendance.hours',
  'attendance.list',
  'calendar_feed.list',
  'consent.list',
  'contact.list',
  'conversation.read',
  'conversation.unread',
  'employer_suggestion.list',
  'enrolment.list',
  'esf_entry.list',
  'journal.read',
  'meeting.list',
  'milestone.list',
  'participant.access_log',
  'participant.merge_preview',
  'participant.messages',
  'participant.same_person',
  'placement.list',
  'plan.read',
  'reminder_pause.read',
  'schedule.read',
  'team.list',
]);

/**
 * Runs fn for one participant of the caller's unit, in one tenant transaction. Another unit's participant
 * (or none) is not found, and the attempt is audited as denied after the transaction rolls back. A record
 * merged into another is read-only.
 */
export async function forParticipant<T>(
  ctx: Ctx,
  participantId: string,
  action: string,
  fn: (tx: Queryable) => Promise<T>,
): Promise<T> {
  if (!ctx.actor.unitId) throw new AppError('forbidden', 'Choose a unit first.');
  let found = false;
  try {
    return await inTenant(ctx, async (tx) => {
      const { rows } = await tx.query<{ merged_into: string | null }>(
        'select merged_into from participants where id = $1 and unit_id = $2',
        [participantId, ctx.actor.unitId],
      );
      if (!rows[0]) throw notFound('Participant');
      found = true;
      if (rows[0].merged_into && !readsOfMergedRecord.has(action)) {
        throw new AppError('participant_merged', 'This record has been merged into another: work there.', {
          mergedInto: rows[0].merged_into,
        });
      }
      return fn(tx);
    });
  } catch (error) {
    if (!found) await inTenant(ctx, (tx) => audit(tx, ctx, { action, outcome: 'denied', participantId }));
    throw error;
  }
}
