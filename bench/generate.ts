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
  // Audit history: reads of participants, as after some months of use .
  await step(
    'audit_log',
    `insert into audit_log (organisation_id, unit_id, action, participant_id)
     select $1, p.unit_id, 'participant.read', p.id from participants p, generate_series(1, 3)
      where p.unit_id = any($2::uuid[])`,
    [organisationId, unitIds],
  );
  await step('audit_seal', 'select audit_seal(1000000)', []);
  await db.query('analyze');
  return { organisationId, unitIds, timings };
}
