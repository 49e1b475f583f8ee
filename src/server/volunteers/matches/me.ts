import type { z } from 'zod';
import type { FeedbackInput, MyLanguageFriend } from '#shared/language-friends.ts';
import { inParticipant, type ParticipantCtx } from '../../db/tenant.ts';
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { auditAsParticipant } from '../../participant-access/me.ts';
import { nextMeetingOf, type MatchRow } from './presenter.ts';
import { insertFeedback, openCheckIn } from './steps.ts';

/**
 * The participant app's language friend: her open match in her own context (row-level security shows her own
 * rows only: the `_self` policies of migration 0022), with the volunteer's first name and what the volunteer
 * shares of herself (languages, interests: all her context can read of a volunteer, migration 0034), where
 * they meet and when next.
 */

type MyRow = Pick<
  MatchRow,
  | 'id'
  | 'unit_id'
  | 'participant_id'
  | 'status'
  | 'meeting_place'
  | 'next_meeting_starts_at'
  | 'next_meeting_ends_at'
  | 'check_in_due'
> & { volunteer_first_name: string | null; languages: { code: string }[]; interests: string[] };

async function myMatch(tx: Queryable, participantId: string, lock = false): Promise<MyRow | undefined> {
  const { rows } = await tx.query<MyRow>(
    `select m.id, m.unit_id, m.participant_id, m.status, m.meeting_place, m.next_meeting_starts_at,
            m.next_meeting_ends_at, v.first_name as volunteer_first_name, v.languages, v.interests,
            exists (select 1 from language_friend_check_ins c
                     where c.match_id = m.id and c.due_on <= (now() at time zone 'Europe/Stockholm')::date
                       and not exists (select 1 from language_friend_feedback f
                                        where f.check_in_id = c.id and f.side = 'participant')) as check_in_due
       from language_friend_matches m left join language_friend_volunteer_shared v on v.id = m.volunteer_id
      where m.participant_id = $1 and m.status <> 'ended'${lock ? ' for update of m' : ''}`,
    [participantId],
  );
  return rows[0];
}

export function getMyLanguageFriend(ctx: ParticipantCtx): Promise<MyLanguageFriend> {
  return inParticipant(ctx, async (tx) => {
    const row = await myMatch(tx, ctx.participant.participantId);
    await auditAsParticipant(tx, ctx, {
      action: 'participant_app.language_friend_read',
      ...(row ? { subjectType: 'language_friend_match', subjectId: row.id } : {}),
    });
    if (!row) return { match: null };
    return {
      match: {
        status: row.status,
        volunteerFirstName: row.volunteer_first_name ?? '',
        languages: row.languages.map((l) => l.code),
        interests: row.interests,
        meetingPlace: row.meeting_place,
        nextMeeting: nextMeetingOf(row),
        checkInDue: row.status !== 'proposed' && row.check_in_due,
      },
    };
  });
}

/** Her feedback at the check-in now open; 409 when none is waiting for her. */
export function giveMyFeedback(ctx: ParticipantCtx, input: z.output<typeof FeedbackInput>): Promise<void> {
  return inParticipant(ctx, async (tx) => {
    const row = await myMatch(tx, ctx.participant.participantId);
    if (!row) throw new AppError('conflict', 'You have no language friend now.', { reason: 'no_match' });
    const checkIn = await openCheckIn(tx, row, 'participant');
    await insertFeedback(tx, row, checkIn.id, 'participant', input);
    await auditAsParticipant(tx, ctx, {
      action: 'participant_app.language_friend_feedback',
      subjectType: 'language_friend_match',
      subjectId: row.id,
      details: { months: checkIn.months },
    });
  });
}
