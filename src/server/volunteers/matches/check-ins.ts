import type { Db } from '../../db/types.ts';
import { enqueue, type JobHandler } from '../../jobs/queue.ts';
import { audit } from '../../lib/audit.ts';
import { newId } from '../../lib/ids.ts';
import { addMessage } from '../../outbox/delivery.ts';
import { channelFor } from '../../reminders/scheduler.ts';
import { pickLanguage } from '../../reminders/templates.ts';
import { renderParticipantCheckIn } from '../templates.ts';
import { matchColumns, type MatchRow } from './presenter.ts';
import { sendVolunteerLink } from './steps.ts';

export const checkInScanKind = 'language_friends.check_ins';
/** Check-ins are due by the day: one scan an hour is plenty (one job per hour, whoever enqueues it). */
export const checkInScanEveryMs = 60 * 60_000;

/** One message per check-in and side: a retried job never writes a second. */
export const checkInKey = (checkInId: string, side: 'participant' | 'volunteer') =>
  `language-friend-check-in:${checkInId}:${side}`;

export function enqueueCheckInScan(db: Db, now: Date): Promise<string | null> {
  const slot = new Date(Math.floor(now.getTime() / checkInScanEveryMs) * checkInScanEveryMs);
  return enqueue(db, {
    kind: checkInScanKind,
    dedupeKey: `language-friend-check-ins:${slot.toISOString()}`,
    runAt: slot,
  });
}

type DueRow = MatchRow & {
  check_in_id: string;
  months: number;
  organisation_id: string;
  p_first_name: string;
  p_languages: string[];
  p_phone: string | null;
  p_email: string | null;
  p_preferred_channel: 'phone' | 'sms' | 'email' | 'letter' | null;
};

/**
 * Reminds both sides of check-ins due by `now` (Stockholm day) and not yet reminded, for matches still open: her
 * in her language with first names only, through her channel; the volunteer by e-mail or SMS with a new link to
 * give feedback (a stored hash cannot give the old one back). Runs on the owner connection for every unit; each
 * check-in is marked reminded and audited in its unit, in the transaction that writes its messages.
 */
export async function scanCheckIns(db: Db, now: Date, publicUrl: string): Promise<number> {
  const ctx = { db, requestId: newId(), ip: '' };
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<DueRow>(
      `select ${matchColumns}, c.id as check_in_id, c.months, u.organisation_id, p.first_name as p_first_name,
              p.languages as p_languages, p.phone as p_phone, p.email as p_email,
              p.preferred_channel as p_preferred_channel
         from language_friend_check_ins c
         join language_friend_matches m on m.id = c.match_id
         join volunteers v on v.id = m.volunteer_id
         join participants p on p.id = m.participant_id
         left join meetings mt on mt.id = m.intro_meeting_id
         join units u on u.id = m.unit_id
        where c.reminded_at is null and m.status in ('trial', 'active') and p.merged_into is null
          and c.due_on <= ($1::timestamptz at time zone 'Europe/Stockholm')::date
        order by c.due_on, c.id
        for update of c skip locked`,
      [now],
    );
    for (const r of rows) {
      const channel = channelFor({
        phone: r.p_phone,
        email: r.p_email,
        preferred_channel: r.p_preferred_channel,
      });
      if (channel) {
        const language = pickLanguage(r.p_languages);
        const text = renderParticipantCheckIn(language, {
          firstName: r.p_first_name,
          volunteerFirstName: r.volunteer_first_name ?? '',
          months: r.months,
        });
        await addMessage(tx, {
          unitId: r.unit_id,
          participantId: r.participant_id,
          kind: 'language_friend_check_in',
          dedupeKey: checkInKey(r.check_in_id, 'participant'),
          channel: channel.channel,
          toAddress: channel.to,
          language,
          subject: text.subject,
          body: text.body,
        });
      }
      await sendVolunteerLink(tx, r, publicUrl, {
        kind: 'language_friend_check_in',
        dedupeKey: checkInKey(r.check_in_id, 'volunteer'),
        months: r.months,
      });
      await tx.query('update language_friend_check_ins set reminded_at = $2 where id = $1', [
        r.check_in_id,
        now,
      ]);
      await audit(tx, ctx, {
        organisationId: r.organisation_id,
        unitId: r.unit_id,
        participantId: r.participant_id,
        action: 'language_friend_match.check_in_remind',
        subjectType: 'language_friend_match',
        subjectId: r.id,
        details: { months: r.months, participantMessage: channel !== null },
      });
    }
    return rows.length;
  });
}

export function checkInHandlers(publicUrl: string): Record<string, JobHandler> {
  return {
    [checkInScanKind]: async (_job, env) => {
      const sent = await scanCheckIns(env.db, env.now, publicUrl);
      if (sent) env.log.info({ sent }, 'language-friend check-ins written to the outbox');
    },
  };
}
