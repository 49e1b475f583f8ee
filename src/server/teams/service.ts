import type { z } from 'zod';
import type { AddTeamMemberInput, CaseloadItem, TeamMember } from '#shared/teams.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { notify } from '../notifications/service.ts';

const teamSelect = `
  select t.id, t.user_id as "userId", u.name, t.team_role as "teamRole", t.responsible
    from team_members t join users u on u.id = t.user_id`;

/** Staff of the unit (partners are not part of teams). */
async function isUnitStaff(tx: Queryable, unitId: string, userId: string): Promise<boolean> {
  const { rows } = await tx.query(
    "select 1 from memberships where user_id = $1 and unit_id = $2 and role <> 'partner'",
    [userId, unitId],
  );
  return rows.length > 0;
}

const selectTeam = async (tx: Queryable, participantId: string) =>
  (
    await tx.query<TeamMember>(
      `${teamSelect} where t.participant_id = $1 order by t.responsible desc, u.name`,
      [participantId],
    )
  ).rows;

export function listTeam(ctx: Ctx, participantId: string): Promise<TeamMember[]> {
  return forParticipant(ctx, participantId, 'team.list', async (tx) => {
    await audit(tx, ctx, { action: 'team.list', participantId });
    return selectTeam(tx, participantId);
  });
}

/** Adds (or changes) a team member; making someone responsible hands the responsibility over. */
export function addTeamMember(
  ctx: Ctx,
  participantId: string,
  input: z.output<typeof AddTeamMemberInput>,
): Promise<TeamMember[]> {
  return forParticipant(ctx, participantId, 'team.add', async (tx) => {
    if (!(await isUnitStaff(tx, ctx.actor.unitId!, input.userId))) {
      throw new AppError('validation', 'Only staff of this unit can join the team.');
    }
    if (input.responsible) {
      await tx.query(
        'update team_members set responsible = false where participant_id = $1 and responsible',
        [participantId],
      );
    }
    await tx.query(
      `insert into team_members (id, unit_id, participant_id, user_id, team_role, responsible, added_by)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (participant_id, user_id) do update set team_role = excluded.team_role, responsible = excluded.responsible`,
      [
        newId(),
        ctx.actor.unitId,
        participantId,
        input.userId,
        input.teamRole,
        input.responsible,
        ctx.actor.userId,
      ],
    );
    await audit(tx, ctx, {
      action: 'team.add',
      participantId,
      subjectType: 'user',
      subjectId: input.userId,
      details: { teamRole: input.teamRole, responsible: input.responsible },
    });
    if (input.userId !== ctx.actor.userId) {
      await notify(tx, ctx, {
        userId: input.userId,
        kind: input.responsible ? 'team.responsible' : 'team.added',
        participantId,
        payload: { by: ctx.actor.name },
      });
    }
    return selectTeam(tx, participantId);
  });
}

export function removeTeamMember(ctx: Ctx, participantId: string, memberId: string): Promise<TeamMember[]> {
  return forParticipant(ctx, participantId, 'team.remove', async (tx) => {
    const { rows } = await tx.query<{ user_id: string }>(
      'delete from team_members where id = $1 and participant_id = $2 returning user_id',
      [memberId, participantId],
    );
    if (!rows[0]) throw notFound('Team member');
    await audit(tx, ctx, {
      action: 'team.remove',
      participantId,
      subjectType: 'user',
      subjectId: rows[0].user_id,
    });
    return selectTeam(tx, participantId);
  });
}

/** The active staff of the caller's unit (partners excluded: they are not part of teams). */
export function listColleagues(ctx: Ctx) {
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<{ userId: string; name: string; roles: string[] }>(
      `select u.id as "userId", u.name, array_agg(m.role order by m.role) as roles
         from memberships m join users u on u.id = m.user_id
        where m.unit_id = $1 and m.role <> 'partner' and u.disabled_at is null
        group by u.id, u.name order by u.name`,
      [ctx.actor.unitId],
    );
    return rows;
  });
}

/** "My participants": everyone whose team the caller is in, in the current unit. */
export function myCaseload(ctx: Ctx): Promise<CaseloadItem[]> {
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<CaseloadItem>(
      `select p.id as "participantId", p.first_name as "firstName", p.last_name as "lastName",
              t.team_role as "teamRole", t.responsible
         from team_members t join participants p on p.id = t.participant_id
        where t.user_id = $1 and t.unit_id = $2 and p.merged_into is null
        order by p.last_name, p.first_name`,
      [ctx.actor.userId, ctx.actor.unitId],
    );
    await audit(tx, ctx, { action: 'caseload.list', details: { returned: rows.length } });
    return rows;
  });
}

/** For the unit manager: participants that nobody is responsible for. */
export function listUnassigned(ctx: Ctx) {
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<{ participantId: string; firstName: string; lastName: string }>(
      `select p.id as "participantId", p.first_name as "firstName", p.last_name as "lastName"
         from participants p
        where p.unit_id = $1 and p.merged_into is null
          and not exists (select 1 from team_members t where t.participant_id = p.id and t.responsible)
        order by p.last_name, p.first_name limit 500`,
      [ctx.actor.unitId],
    );
    await audit(tx, ctx, { action: 'caseload.unassigned', details: { returned: rows.length } });
    return rows;
  });
}

/**
 * Moves a leaving colleague's whole caseload in the unit to another, in one step; where the new owner is
 * already in a team, she takes over the responsibility. She is told, once, with the count.
 */
export function reassignCaseload(ctx: Ctx, fromUserId: string, toUserId: string): Promise<{ moved: number }> {
  if (fromUserId === toUserId) throw new AppError('validation', 'Choose two different colleagues.');
  return inTenant(ctx, async (tx) => {
    if (!(await isUnitStaff(tx, ctx.actor.unitId!, toUserId))) {
      throw new AppError('validation', 'The new owner must work in this unit.');
    }
    const { rows } = await tx.query<{
      id: string;
      participant_id: string;
      team_role: string;
      responsible: boolean;
    }>(
      'select id, participant_id, team_role, responsible from team_members where user_id = $1 and unit_id = $2',
      [fromUserId, ctx.actor.unitId],
    );
    for (const row of rows) {
      await tx.query('delete from team_members where id = $1', [row.id]);
      await tx.query(
        `insert into team_members (id, unit_id, participant_id, user_id, team_role, responsible, added_by)
         values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (participant_id, user_id) do update set responsible = team_members.responsible or excluded.responsible`,
        [
          newId(),
          ctx.actor.unitId,
          row.participant_id,
          toUserId,
          row.team_role,
          row.responsible,
          ctx.actor.userId,
        ],
      );
      await audit(tx, ctx, {
        action: 'caseload.reassign',
        participantId: row.participant_id,
        details: { from: fromUserId, to: toUserId },
      });
    }
    if (rows.length) {
      await notify(tx, ctx, {
        userId: toUserId,
        kind: 'caseload.reassigned',
        payload: { count: rows.length, by: ctx.actor.name },
      });
    }
    return { moved: rows.length };
  });
}
