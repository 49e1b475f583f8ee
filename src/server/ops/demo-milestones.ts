import type { Queryable } from '../db/types.ts';
import { newId } from '../lib/ids.ts';

/**
 * Fictional steps towards work for a demo unit: SFI started (and for some passed) as the school reported,
 * internships from the coach, and two participants who left the programme for a job four months ago, with
 * their follow-ups (the first due now, a loose thread). One in ten withdraws her consent to share with the
 * adult-education school, so its partner account sees the others only.
 */
export async function demoMilestones(
  tx: Queryable,
  input: { unitId: string; coachId: string; partnerId: string },
): Promise<void> {
  const { rows } = await tx.query<{ id: string; enrolment_id: string | null; long_enough: boolean }>(
    `select p.id, e.id as enrolment_id, e.started_on <= current_date - 150 as long_enough
       from participants p left join enrolments e on e.participant_id = p.id and e.exited_on is null
      where p.unit_id = $1 order by p.id`,
    [input.unitId],
  );
  const milestone = (participantId: string, values: Record<string, unknown>, by: string) => {
    const columns = Object.keys(values);
    return tx.query(
      `insert into milestones (id, unit_id, participant_id, recorded_by, ${columns.join(', ')})
       values ($1, $2, $3, $4, ${columns.map((_, i) => `$${i + 5}`).join(', ')})`,
      [newId(), input.unitId, participantId, by, ...Object.values(values)],
    );
  };
  const daysAgo = (days: number) => `${new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)}`;
  let exited = 0;
  for (const [i, p] of rows.entries()) {
    if (i % 4 === 0) {
      await milestone(
        p.id,
        { kind: 'sfi_started', happened_on: daysAgo(200 + i), source: 'adult_education', sfi_path: 2 },
        input.partnerId,
      );
    }
    if (i % 8 === 0) {
      await milestone(
        p.id,
        {
          kind: 'sfi_passed',
          happened_on: daysAgo(40 + i),
          source: 'adult_education',
          sfi_path: 2,
          sfi_course: 'B',
          sfi_grade: 'passed',
          national_test: 'passed',
        },
        input.partnerId,
      );
    }
    if (i % 5 === 1) {
      await milestone(
        p.id,
        { kind: 'internship_started', happened_on: daysAgo(90), source: 'coach' },
        input.coachId,
      );
      await milestone(
        p.id,
        {
          kind: 'internship_completed',
          happened_on: daysAgo(30),
          source: 'coach',
          note: 'DEMO: Praktik på äldreboende',
        },
        input.coachId,
      );
    }
    if (i % 10 === 5) {
      await tx.query(
        `update consents set withdrawn_on = current_date - 2, withdrawn_method = 'oral', withdrawn_recorded_by = $2
          where participant_id = $1 and purpose = 'adult_education' and withdrawn_on is null`,
        [p.id, input.coachId],
      );
    }
    if (exited < 2 && p.enrolment_id && p.long_enough && i % 4 !== 0) {
      exited++;
      await tx.query(
        `update enrolments set exited_on = current_date - 120, exit_reason = 'employment', exit_status = 'employed',
                exit_note = 'DEMO: Anställd på lager', version = version + 1
          where id = $1`,
        [p.enrolment_id],
      );
      await milestone(
        p.id,
        {
          kind: 'employed',
          happened_on: daysAgo(121),
          source: 'employment_service',
          employment_type: 'subsidised',
          hours_per_week: 30,
        },
        input.coachId,
      );
      await tx.query(
        `insert into follow_ups (id, unit_id, participant_id, enrolment_id, months, due_on)
         select gen_random_uuid(), $1, $2, $3, m, (current_date - 120 + make_interval(months => m))::date
           from unnest(array[3, 6, 12]) m`,
        [input.unitId, p.id, p.enrolment_id],
      );
    }
  }
}
