import type { z } from 'zod';
import type { EvaluationAnswers, EvaluationSummary, Placement } from '#shared/placements.ts';
import type { Queryable } from '../db/types.ts';

export type PlacementRow = {
  id: string;
  unit_id: string;
  participant_id: string;
  employer_id: string;
  employer_name: string;
  kind: Placement['kind'];
  supervisor_name: string | null;
  supervisor_phone: string | null;
  supervisor_email: string | null;
  starts_on: string;
  ends_on: string;
  hours_per_week: string | number | null;
  status: Placement['status'];
  ended_early_on: string | null;
  end_reason: string | null;
  created_at: Date;
  updated_at: Date | null;
  version: number;
};

export type EvaluationRow = {
  id: string;
  placement_id: string;
  stage: 'midpoint' | 'final';
  due_on: string;
  expires_at: Date;
  requested_at: Date;
  reminded_at: Date | null;
  reminder_count: number;
  submitted_at: Date | null;
  submitted_by_name: string | null;
  answers: EvaluationAnswers | null;
};

type NoteRow = {
  id: string;
  placement_id: string;
  body: string;
  author_name: string | null;
  created_at: Date;
};

export const presentEvaluation = (r: EvaluationRow): z.infer<typeof EvaluationSummary> => ({
  id: r.id,
  stage: r.stage,
  dueOn: r.due_on,
  requestedAt: r.requested_at.toISOString(),
  remindedAt: r.reminded_at?.toISOString() ?? null,
  reminderCount: r.reminder_count,
  expiresAt: r.expires_at.toISOString(),
  submittedAt: r.submitted_at?.toISOString() ?? null,
  submittedByName: r.submitted_by_name,
  answers: r.answers,
});

export const placementSelect = `select p.*, e.name as employer_name
  from placements p join employers e on e.id = p.employer_id`;

/** A participant's placements (or one of them), with their goals, notes and evaluations, newest first. */
export async function selectPlacements(
  tx: Queryable,
  participantId: string,
  placementId: string | null = null,
): Promise<Placement[]> {
  const { rows } = await tx.query<PlacementRow>(
    `${placementSelect} where p.participant_id = $1 and ($2::uuid is null or p.id = $2)
      order by p.starts_on desc, p.id desc`,
    [participantId, placementId],
  );
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  // One after the other: a transaction is one connection, which runs one query at a time.
  const goals = await tx.query<{ placement_id: string; goal_id: string }>(
    `select pg.placement_id, pg.goal_id from placement_goals pg join plan_goals g on g.id = pg.goal_id
        where pg.placement_id = any($1::uuid[]) order by g.created_at`,
    [ids],
  );
  const notes = await tx.query<NoteRow>(
    `select n.id, n.placement_id, n.body, u.name as author_name, n.created_at
         from placement_notes n left join users u on u.id = n.author_user_id
        where n.placement_id = any($1::uuid[]) order by n.created_at, n.id`,
    [ids],
  );
  const evaluations = await tx.query<EvaluationRow>(
    `select * from placement_evaluations where placement_id = any($1::uuid[]) order by stage desc`,
    [ids],
  );
  return rows.map((r) => presentPlacement(r, goals.rows, notes.rows, evaluations.rows));
}

function presentPlacement(
  r: PlacementRow,
  goals: { placement_id: string; goal_id: string }[],
  notes: NoteRow[],
  evaluations: EvaluationRow[],
): Placement {
  return {
    id: r.id,
    participantId: r.participant_id,
    employerId: r.employer_id,
    employerName: r.employer_name,
    kind: r.kind,
    supervisor: r.supervisor_name
      ? { name: r.supervisor_name, phone: r.supervisor_phone, email: r.supervisor_email }
      : null,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    // numeric comes back as text from both drivers.
    hoursPerWeek: r.hours_per_week === null ? null : Number(r.hours_per_week),
    status: r.status,
    endedEarlyOn: r.ended_early_on,
    endReason: r.end_reason,
    goalIds: goals.filter((g) => g.placement_id === r.id).map((g) => g.goal_id),
    notes: notes
      .filter((n) => n.placement_id === r.id)
      .map((n) => ({
        id: n.id,
        body: n.body,
        authorName: n.author_name,
        createdAt: n.created_at.toISOString(),
      })),
    evaluations: evaluations.filter((e) => e.placement_id === r.id).map(presentEvaluation),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at?.toISOString() ?? null,
    version: r.version,
  };
}
