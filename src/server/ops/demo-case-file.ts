import type { Queryable } from '../db/types.ts';
import { newId } from '../lib/ids.ts';

/**
 * Fills a demo unit's case files so that every page has something to show: an enrolment in the demo
 * programme, a team with a responsible coach, consents, contacts, journal entries, two assessments
 * (distance travelled) and a plan with steps, some of them loose threads.
 */
export async function demoCaseFile(
  tx: Queryable,
  input: { unitId: string; programmeId: string; coachId: string; caseWorkerId: string; teacherId: string },
): Promise<void> {
  const p = [input.unitId];
  // Every participant is enrolled; starts spread over the last year.
  await tx.query(
    `insert into enrolments (id, unit_id, participant_id, programme_id, started_on, created_by)
     select gen_random_uuid(), unit_id, id, $2, current_date - 20 - (abs(hashtext(id::text)) % 340), $3
       from participants where unit_id = $1`,
    [...p, input.programmeId, input.coachId],
  );
  await tx.query(
    `insert into team_members (id, unit_id, participant_id, user_id, team_role, responsible)
     select gen_random_uuid(), unit_id, id, $2::uuid, 'coach', true from participants where unit_id = $1
     union all
     select gen_random_uuid(), unit_id, id, $3::uuid, 'case_worker', false from participants where unit_id = $1
     union all
     select gen_random_uuid(), unit_id, id, $4::uuid, 'teacher', false from participants where unit_id = $1 and abs(hashtext(id::text)) % 2 = 0`,
    [...p, input.coachId, input.caseWorkerId, input.teacherId],
  );
  await tx.query(
    `insert into consents (id, unit_id, participant_id, purpose, given_on, given_method, given_recorded_by)
     select gen_random_uuid(), unit_id, id, purpose, current_date - 15, 'oral_with_interpreter', $2
       from participants, unnest(array['funder_reporting', 'adult_education']) as purpose where unit_id = $1`,
    [...p, input.coachId],
  );
  // Two in three have a recent contact; the rest are loose threads.
  await tx.query(
    `insert into contacts (id, unit_id, participant_id, kind, happened_at, recorded_by, language_support, language, note)
     select gen_random_uuid(), unit_id, id, 'meeting', now() - make_interval(days => abs(hashtext(id::text)) % 10), $2,
            'interpreter', 'ar', 'DEMO: uppföljningsmöte med tolk.'
       from participants where unit_id = $1 and abs(hashtext(id::text)) % 3 > 0`,
    [...p, input.coachId],
  );
  await tx.query(
    `insert into journal_entries (id, unit_id, participant_id, author_id, visibility, body)
     select gen_random_uuid(), unit_id, id, $2::uuid, 'team', 'DEMO: Kartläggningssamtal genomfört. Stort intresse för vård och omsorg.'
       from participants where unit_id = $1
     union all
     select gen_random_uuid(), unit_id, id, $3::uuid, 'case_workers', 'DEMO: Försörjningsstöd beviljat, planen följs upp nästa månad.'
       from participants where unit_id = $1`,
    [...p, input.coachId, input.caseWorkerId],
  );
  const ratings = (offset: number) =>
    `jsonb_build_object(${[
      'health',
      'swedish',
      'housing',
      'economy',
      'everyday_life',
      'communication_digital',
    ]
      .map(
        (d, i) =>
          `'${d}', jsonb_build_object('rating', 1 + (abs(hashtext(id::text)) + ${i}) % 5 + ${offset}, 'selfRating', 2 + (abs(hashtext(id::text)) + ${i}) % 5 + ${offset})`,
      )
      .join(', ')})`;
  await tx.query(
    `insert into assessments (id, unit_id, participant_id, template_id, assessed_on, assessed_by, domains)
     select gen_random_uuid(), unit_id, id, '00000000-0000-7000-8000-000000000001'::uuid, current_date - 120, $2::uuid, ${ratings(0)}
       from participants where unit_id = $1
     union all
     select gen_random_uuid(), unit_id, id, '00000000-0000-7000-8000-000000000001'::uuid, current_date - 10, $2::uuid, ${ratings(3)}
       from participants where unit_id = $1`,
    [...p, input.coachId],
  );
  const { rows } = await tx.query<{ id: string }>('select id from participants where unit_id = $1', p);
  for (const [i, participant] of rows.entries()) {
    if (i % 4 === 3) continue; // a few without a plan yet
    const goalId = newId();
    await tx.query(
      `insert into plan_goals (id, unit_id, participant_id, domain_key, title, created_by)
       values ($1, $2, $3, 'swedish', 'DEMO: Klara SFI kurs C', $4)`,
      [goalId, input.unitId, participant.id, input.coachId],
    );
    await tx.query(
      `insert into plan_steps (id, unit_id, participant_id, goal_id, title, owner_user_id, owner_is_participant, due_on, status)
       values ($1, $2, $3, $4, 'DEMO: Anmälan till SFI', $5, false, current_date - 5 + $7::int, 'todo'),
              ($6, $2, $3, $4, 'DEMO: Öva med språkappen varje dag', null, true, current_date + 14, 'doing')`,
      [
        newId(),
        input.unitId,
        participant.id,
        goalId,
        i % 2 ? input.caseWorkerId : input.coachId,
        newId(),
        i % 10,
      ],
    );
  }
}
