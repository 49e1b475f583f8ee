import type { Queryable } from '#server/db/types.ts';
import { newId } from '#server/lib/ids.ts';

export type Generated = { organisationId: string; unitIds: string[]; timings: Record<string, number> };

/**
 * A synthetic organisation at realistic scale: `participants` spread over ten municipalities, with staff,
 * memberships and audit history. Rows are made in SQL with multi-row inserts (one statement per table).
 */
export async function generate(db: Queryable, participants: number): Promise<Generated> {
  const timings: Record<string, number> = {};
  const organisationId = newId();
  const unitIds = Array.from({ length: 10 }, () => newId());
  await db.query('insert into organisations (id, name) values ($1, $2)', [organisationId, 'BENCH Förbundet']);
  await db.query(
    `insert into units (id, organisation_id, name) select u, $1, 'BENCH kommun ' || ord from unnest($2::uuid[]) with ordinality as t(u, ord)`,
    [organisationId, unitIds],
  );
  const step = async (name: string, sql: string, params: unknown[]) => {
    const t = performance.now();
    await db.query(sql, params);
    timings[name] = Math.round(performance.now() - t);
  };
  await step(
    'participants',
    `insert into participants (id, unit_id, first_name, last_name, birth_date, created_at)
     select gen_random_uuid(), ($2::uuid[])[1 + i % 10],
            (array['Amina','Hodan','Yonas','Olena','Farid','Selam','Nasrin','Ibrahim','Meron','Layla','Dawit','Zainab','Muhammad','Fatima','Ahmed','Sara'])[1 + (i * 7) % 16],
            (array['Ali','Yusuf','Tesfaye','Kovalenko','Rahimi','Haile','Ahmadi','Warsame','Berhane','Hassan','Osman','Karimi','Abdi','Nur'])[1 + (i * 13) % 14] || ' ' || i,
            date '1960-01-01' + (i * 37) % 16000, now() - make_interval(days => i % 900)
       from generate_series(1, $1) as i`,
    [participants, unitIds],
  );
  await db.query(
    `insert into users (id, organisation_id, email, name)
     select gen_random_uuid(), $1, 'bench' || i || '@bench.test', 'Bench staff ' || i from generate_series(1, 50) as i`,
    [organisationId],
  );
  await db.query(
    `insert into memberships (id, organisation_id, user_id, unit_id, role)
     select gen_random_uuid(), $1, u.id, ($2::uuid[])[1 + row_number() over () % 10], 'coach' from users u where u.organisation_id = $1`,
    [organisationId, unitIds],
  );
  // The case file around them: one programme, open enrolments, contacts for two in three, a plan for half.
  const programmeId = newId();
  await db.query(
    `insert into programmes (id, organisation_id, name, starts_on, ends_on)
     values ($1, $2, 'BENCH Vägen vidare', date '2020-01-01', current_date + 200)`,
    [programmeId, organisationId],
  );
  await step(
    'enrolments',
    `insert into enrolments (id, unit_id, participant_id, programme_id, started_on)
     select gen_random_uuid(), p.unit_id, p.id, $2, current_date - (abs(hashtext(p.id::text)) % 400)
       from participants p where p.unit_id = any($1::uuid[])`,
    [unitIds, programmeId],
  );
  await step(
    'contacts',
    `insert into contacts (id, unit_id, participant_id, kind, happened_at, recorded_by)
     select gen_random_uuid(), p.unit_id, p.id, 'meeting', now() - make_interval(days => abs(hashtext(p.id::text)) % 60),
            (select id from users where organisation_id = $2 limit 1)
       from participants p where p.unit_id = any($1::uuid[]) and abs(hashtext(p.id::text)) % 3 > 0`,
    [unitIds, organisationId],
  );
  await step(
    'plans',
    `with g as (
       insert into plan_goals (id, unit_id, participant_id, domain_key, title)
       select gen_random_uuid(), p.unit_id, p.id, 'swedish', 'Klara SFI'
         from participants p where p.unit_id = any($1::uuid[]) and abs(hashtext(p.id::text)) % 2 = 0
       returning id, unit_id, participant_id)
     insert into plan_steps (id, unit_id, participant_id, goal_id, title, due_on)
     select gen_random_uuid(), g.unit_id, g.participant_id, g.id, 'Anmäl till kurs', current_date + (abs(hashtext(g.id::text)) % 60) - 30
       from g`,
    [unitIds],
  );
  await step(
    'assessments',
    `insert into assessments (id, unit_id, participant_id, template_id, assessed_on, assessed_by, domains)
     select gen_random_uuid(), p.unit_id, p.id, '00000000-0000-7000-8000-000000000001', current_date - (abs(hashtext(p.id::text)) % 300),
            (select id from users where organisation_id = $2 limit 1), '{"swedish": {"rating": 4}}'
       from participants p where p.unit_id = any($1::uuid[]) and abs(hashtext(p.id::text)) % 3 > 0`,
    [unitIds, organisationId],
  );
  // Audit history: reads of participants, as after some months of use.
  await step(
    'audit_log',
    `insert into audit_log (organisation_id, unit_id, action, participant_id)
     select $1, p.unit_id, 'participant.read', p.id from participants p, generate_series(1, 3)
      where p.unit_id = any($2::uuid[])`,
    [organisationId, unitIds],
  );
  await step('audit_seal', 'select audit_seal(1000000)', []);
  // As autovacuum would leave a live database: statistics, and a visibility map for index-only scans.
  await db.query('vacuum analyze');
  return { organisationId, unitIds, timings };
}
