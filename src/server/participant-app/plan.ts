import type { MyPlan } from '#shared/participant-app.ts';
import { inParticipant, type ParticipantCtx } from '../db/tenant.ts';
import { auditAsParticipant } from '../participant-access/me.ts';

type GoalRow = { id: string; domain_key: string | null; title: string; status: 'open' | 'achieved' };
type StepRow = {
  id: string;
  goal_id: string;
  title: string;
  due_on: string | null;
  status: 'todo' | 'doing' | 'done';
  owner_is_participant: boolean;
  owner_user_id: string | null;
};
type MemberRow = { user_id: string; name: string; team_role: string; responsible: boolean };

/** A staff member's first name: the first word of the name on her account. */
export const firstNameOf = (name: string): string => name.trim().split(/\s+/)[0] ?? name;

/**
 * Her plan as she sees it: goals not dropped, with their steps not dropped, and her team by first name and
 * role (who helps with what). Row-level security (0026, *_self) shows her own rows only; her id is the session's.
 */
export function getMyPlan(ctx: ParticipantCtx): Promise<MyPlan> {
  const me = ctx.participant.participantId;
  return inParticipant(ctx, async (tx) => {
    const goals = await tx.query<GoalRow>(
      `select id, domain_key, title, status from plan_goals
        where participant_id = $1 and status <> 'dropped' order by status, created_at, id`,
      [me],
    );
    const steps = await tx.query<StepRow>(
      `select id, goal_id, title, due_on::text, status, owner_is_participant, owner_user_id from plan_steps
        where participant_id = $1 and status <> 'dropped' order by due_on nulls last, created_at, id`,
      [me],
    );
    const members = await tx.query<MemberRow>(
      `select tm.user_id, u.name, tm.team_role, tm.responsible
         from team_members tm join users u on u.id = tm.user_id
        where tm.participant_id = $1 order by tm.responsible desc, tm.added_at, tm.id`,
      [me],
    );
    const team = new Map(members.rows.map((m) => [m.user_id, m]));
    await auditAsParticipant(tx, ctx, {
      action: 'participant_app.plan_read',
      details: { goals: goals.rows.length, steps: steps.rows.length },
    });
    return {
      goals: goals.rows.map((g) => ({
        id: g.id,
        domainKey: g.domain_key,
        title: g.title,
        status: g.status,
        steps: steps.rows
          .filter((s) => s.goal_id === g.id)
          .map((s) => {
            const member = s.owner_user_id ? team.get(s.owner_user_id) : undefined;
            return {
              id: s.id,
              title: s.title,
              dueOn: s.due_on,
              status: s.status,
              owner: s.owner_is_participant
                ? { kind: 'you' as const }
                : member
                  ? { kind: 'team' as const, firstName: firstNameOf(member.name), role: member.team_role }
                  : { kind: 'none' as const },
            };
          }),
      })),
      team: members.rows.map((m) => ({
        firstName: firstNameOf(m.name),
        role: m.team_role,
        responsible: m.responsible,
      })),
    };
  });
}
