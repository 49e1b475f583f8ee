import type { z } from 'zod';
import type { AgeBand, AvailabilitySlot, Interest, LifeSituation } from '#shared/language-friends.ts';
import type { LanguageFriendInterestState, SaveLanguageFriendInterestInput } from '#shared/volunteers.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';

/**
 * A participant's wish for a language friend, marked from her case file. A language friend is for adults:
 * her age comes from the birth date in the register (18 or older on the Stockholm day), and without one we
 * cannot tell, so both refuse with a reason the page can say. Each save is a new row (her history); the newest
 * holds, and `version` is the number of saves.
 */

type State = z.output<typeof LanguageFriendInterestState>;

const bandOf = (age: number): AgeBand =>
  age < 30 ? '18-29' : age < 45 ? '30-44' : age < 65 ? '45-64' : '65+';

async function stateOf(tx: Queryable, participantId: string): Promise<State> {
  const person = await tx.query<{ age: number | null }>(
    `select extract(year from age((now() at time zone 'Europe/Stockholm')::date, birth_date))::int as age
       from participants where id = $1`,
    [participantId],
  );
  const age = person.rows[0]?.age ?? null;
  const { rows } = await tx.query<{
    max_version: number;
    interested: boolean;
    swedish_only: boolean;
    interests: Interest[];
    availability: AvailabilitySlot[];
    life_situation: LifeSituation[];
    area_id: string | null;
    only_woman: boolean;
    wants_family: boolean;
    note: string | null;
    created_at: Date;
    saved_by: string | null;
  }>(
    `select i.*, u.name as saved_by,
            (select max(version) from participant_language_friend_interest where participant_id = $1) as max_version
       from participant_language_friend_interest i
       left join users u on u.id = i.created_by
      where i.participant_id = $1 order by i.created_at desc, i.version desc limit 1`,
    [participantId],
  );
  const r = rows[0];
  return {
    current: r
      ? {
          interested: r.interested,
          swedishOnly: r.swedish_only,
          interests: r.interests,
          availability: r.availability,
          lifeSituation: r.life_situation,
          areaId: r.area_id,
          onlyWoman: r.only_woman,
          wantsFamily: r.wants_family,
          note: r.note,
          savedAt: r.created_at.toISOString(),
          savedBy: r.saved_by,
        }
      : null,
    version: r?.max_version ?? 0,
    eligible: age !== null && age >= 18,
    ineligibleReason: age === null ? 'birth_date_unknown' : age < 18 ? 'under_18' : null,
    ageBand: age !== null && age >= 18 ? bandOf(age) : null,
  };
}

export function getLanguageFriendInterest(ctx: Ctx, participantId: string): Promise<State> {
  return forParticipant(ctx, participantId, 'language_friend_interest.read', async (tx) => {
    await audit(tx, ctx, { action: 'language_friend_interest.read', participantId });
    return stateOf(tx, participantId);
  });
}

export function saveLanguageFriendInterest(
  ctx: Ctx,
  participantId: string,
  input: z.output<typeof SaveLanguageFriendInterestInput>,
): Promise<State> {
  return forParticipant(ctx, participantId, 'language_friend_interest.write', async (tx) => {
    // One save at a time per participant, so the version count cannot fork.
    await tx.query('select 1 from participants where id = $1 for update', [participantId]);
    const before = await stateOf(tx, participantId);
    if (before.version !== input.version) {
      throw new AppError('version_conflict', 'Someone else saved her wishes since you opened them.', {
        current: before,
      });
    }
    if (input.interested && !before.eligible) {
      throw new AppError(
        'conflict',
        before.ineligibleReason === 'under_18'
          ? 'A language friend is for participants 18 or older.'
          : 'Her birth date is not in the register, so we cannot tell she is 18 or older.',
        { reason: before.ineligibleReason },
      );
    }
    if (input.areaId) {
      const area = await tx.query('select 1 from unit_areas where id = $1 and unit_id = $2', [
        input.areaId,
        ctx.actor.unitId,
      ]);
      if (!area.rows.length) {
        const message = 'Not one of the unit’s areas.';
        throw new AppError('validation', message, {
          errors: [{ path: ['areaId'], message, code: 'custom' }],
        });
      }
    }
    await tx.query(
      `insert into participant_language_friend_interest (id, participant_id, unit_id, version, interested,
         swedish_only, interests, availability, life_situation, area_id, only_woman, wants_family, note, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        newId(),
        participantId,
        ctx.actor.unitId,
        before.version + 1,
        input.interested,
        input.swedishOnly,
        input.interests,
        input.availability,
        input.lifeSituation,
        input.areaId ?? null,
        input.onlyWoman,
        input.wantsFamily,
        input.note ?? null,
        ctx.actor.userId,
      ],
    );
    await audit(tx, ctx, {
      action: 'language_friend_interest.write',
      participantId,
      details: { interested: input.interested, version: before.version + 1 },
    });
    return stateOf(tx, participantId);
  });
}
