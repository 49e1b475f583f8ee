import type { Queryable } from '../db/types.ts';
import { newId } from '../lib/ids.ts';

/**
 * A small programme with known figures, for the dashboard's tests and journey (fictional people, period
 * 2026-01 to 2026-06). Unit A holds twelve participants with every kind of figure; unit B eight women who
 * started in March 2026. The expected numbers are worked out by hand in dashboards.test.ts.
 */
export type DashboardFixture = {
  programmeId: string;
  activityId: string;
  unitA: string;
  unitB: string;
};

type Person = [
  gender: string | null,
  born: string | null,
  languages: string[],
  start: string,
  exit?: [string, string],
];

const unitAPeople: Person[] = [
  ['woman', '2000-01-01', ['ar'], '2025-11-10', ['2026-01-20', 'employed']],
  ['woman', '2000-01-01', ['ar', 'en'], '2025-11-10', ['2026-03-05', 'in_education']],
  ['woman', '1980-01-01', ['ar'], '2025-11-10', ['2026-03-31', 'job_seeking']],
  ['woman', '1980-01-01', ['so'], '2025-11-10', ['2025-12-15', 'other']],
  ['woman', '1980-01-01', ['so', 'en'], '2025-11-10'],
  ['woman', '2010-01-01', ['ar'], '2026-02-15'],
  ['man', '1960-01-01', ['ti'], '2026-02-15'],
  ['man', '1980-01-01', ['ar'], '2026-02-15', ['2026-05-10', 'employed']],
  ['man', null, ['en'], '2026-04-01'],
  ['non_binary', '2000-01-01', ['fa'], '2026-04-01'],
  [null, '2000-01-01', ['ar'], '2026-06-30'],
  ['woman', '1980-01-01', ['ar'], '2026-07-01'],
];

export async function seedDashboardFixture(
  db: Queryable,
  input: { organisationId: string; unitA: string; unitB: string; staffUserId: string },
): Promise<DashboardFixture & { people: string[] }> {
  const { organisationId, unitA, unitB, staffUserId } = input;
  const programmeId = newId();
  await db.query(
    `insert into programmes (id, organisation_id, name, starts_on) values ($1, $2, 'Vägen vidare', '2025-01-01')`,
    [programmeId, organisationId],
  );
  const enrolmentIds: string[] = [];
  const addPerson = async (unitId: string, n: number, [gender, born, languages, start, exit]: Person) => {
    const id = newId();
    await db.query(
      `insert into participants (id, unit_id, first_name, last_name, gender, birth_date, languages)
       values ($1, $2, $3, 'Testsson', $4, $5, $6)`,
      [id, unitId, `Deltagare ${n}`, gender, born, languages],
    );
    const enrolmentId = newId();
    await db.query(
      `insert into enrolments (id, unit_id, participant_id, programme_id, started_on, exited_on, exit_reason,
                               exit_status)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        enrolmentId,
        unitId,
        id,
        programmeId,
        start,
        exit?.[0] ?? null,
        exit ? 'other' : null,
        exit?.[1] ?? null,
      ],
    );
    enrolmentIds.push(enrolmentId);
    return id;
  };
  const people: string[] = [];
  for (const [i, person] of unitAPeople.entries()) people.push(await addPerson(unitA, i + 1, person));
  for (let i = 0; i < 8; i++) await addPerson(unitB, 100 + i, ['woman', '1990-01-01', ['ar'], '2026-03-01']);
  const p = (n: number) => people[n - 1]!;

  // An earlier enrolment of person 3, ended 2025-03-10: its 12-month follow-up falls due in the period.
  const earlier = newId();
  await db.query(
    `insert into enrolments (id, unit_id, participant_id, programme_id, started_on, exited_on, exit_reason, exit_status)
     values ($1, $2, $3, $4, '2024-06-01', '2025-03-10', 'other', 'employed')`,
    [earlier, unitA, p(3), programmeId],
  );
  const followUp = (
    enrolmentId: string,
    participantId: string,
    months: number,
    due: string,
    situation: string,
  ) =>
    db.query(
      `insert into follow_ups (id, unit_id, participant_id, enrolment_id, months, due_on, status, situation, done_on, done_by)
       values ($1, $2, $3, $4, $5, $6, 'done', $7, $6, $8)`,
      [newId(), unitA, participantId, enrolmentId, months, due, situation, staffUserId],
    );
  await followUp(earlier, p(3), 12, '2026-03-10', 'job_seeking');
  await followUp(enrolmentIds[3]!, p(4), 6, '2026-06-15', 'employed');

  // SFI in unit A: a session in February, one in March, and a cancelled one in March.
  const activityId = newId();
  await db.query(
    `insert into activities (id, unit_id, type, title) values ($1, $2, (select key from activity_types limit 1), 'SFI grupp')`,
    [activityId, unitA],
  );
  for (const n of [5, 6, 7, 8]) {
    await db.query(
      `insert into activity_participants (activity_id, participant_id, unit_id, joined_on) values ($1, $2, $3, '2026-01-01')`,
      [activityId, p(n), unitA],
    );
  }
  const session = async (startsAt: string, cancelled: boolean, marks: [number, string][]) => {
    const id = newId();
    await db.query(
      `insert into activity_sessions (id, activity_id, unit_id, starts_at, ends_at, cancelled_at, cancel_reason)
       values ($1, $2, $3, $4::timestamptz, $4::timestamptz + interval '2 hours', $5, $6)`,
      [
        id,
        activityId,
        unitA,
        startsAt,
        cancelled ? '2026-03-16T12:00:00Z' : null,
        cancelled ? 'Sjukdom' : null,
      ],
    );
    for (const [n, status] of marks) {
      await db.query(
        `insert into attendance (session_id, participant_id, unit_id, status, recorded_by) values ($1, $2, $3, $4, $5)`,
        [id, p(n), unitA, status, staffUserId],
      );
    }
  };
  await session('2026-02-10T10:00:00+01:00', false, [
    [5, 'present'],
    [6, 'present'],
    [7, 'absent'],
  ]);
  await session('2026-03-10T10:00:00+01:00', false, [
    [5, 'present'],
    [6, 'excused'],
    [7, 'present'],
    [8, 'present'],
  ]);
  await session('2026-03-17T10:00:00+01:00', true, [[5, 'present']]);

  const assess = (n: number, on: string, ratings: Record<string, number>) =>
    db.query(
      `insert into assessments (id, unit_id, participant_id, template_id, assessed_on, assessed_by, domains)
       values ($1, $2, $3, '00000000-0000-7000-8000-000000000001', $4, $5, $6)`,
      [
        newId(),
        unitA,
        p(n),
        on,
        staffUserId,
        JSON.stringify(
          Object.fromEntries(
            Object.entries(ratings).map(([k, rating]) => [k, { rating, notes: 'Anteckning' }]),
          ),
        ),
      ],
    );
  await assess(5, '2025-12-01', { swedish: 3, health: 5 });
  await assess(5, '2026-05-01', { swedish: 6, health: 5 });
  await assess(6, '2026-02-20', { swedish: 2 });
  await assess(6, '2026-04-20', { swedish: 4 });
  await assess(6, '2026-06-20', { swedish: 5 });
  await assess(7, '2026-03-01', { swedish: 4 });
  await assess(8, '2026-03-01', { swedish: 5 });
  await assess(8, '2026-07-15', { swedish: 9 });

  const milestone = async (n: number, kind: string, on: string, extra: Record<string, unknown> = {}) => {
    const id = newId();
    const columns = Object.keys(extra);
    await db.query(
      `insert into milestones (id, unit_id, participant_id, kind, happened_on, source, recorded_by${columns.map((c) => `, ${c}`).join('')})
       values ($1, $2, $3, $4, $5, 'coach', $6${columns.map((_, i) => `, $${i + 7}`).join('')})`,
      [id, unitA, p(n), kind, on, staffUserId, ...Object.values(extra)],
    );
    return id;
  };
  await milestone(5, 'sfi_started', '2026-01-10', { sfi_path: 2, sfi_course: 'B' });
  await milestone(6, 'sfi_started', '2026-03-01', { sfi_path: 2, sfi_course: 'B' });
  await milestone(5, 'sfi_passed', '2026-05-01', { sfi_path: 2, sfi_course: 'B', sfi_grade: 'passed' });
  await milestone(8, 'employed', '2026-05-01', { employment_type: 'unsubsidised' });
  await milestone(8, 'employed', '2026-05-15', { employment_type: 'subsidised' });
  const wrong = await milestone(6, 'internship_started', '2026-04-01');
  await milestone(6, 'internship_started', '2026-04-01', { corrects: wrong, retracted: true });
  await milestone(7, 'studies_started', '2026-08-01', { study_form: 'vocational' });

  return { programmeId, activityId, unitA, unitB, people };
}
