import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { newId } from '../lib/ids.ts';
import { validationPage } from './validation.ts';

// The validation report a page at a time (migration 0032): by unit and name or code, continued after the
// participant where a page ended, even when her data has been put right in between.
const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unitA = await createUnit(db, org.id, 'Örebro');
const unitB = await createUnit(db, org.id, 'Botkyrka');
const admin = await createStaff(db, { organisationId: org.id, role: 'administrator' });
const manager = await createStaff(db, { organisationId: org.id, role: 'unit_manager', unitId: unitA.id });
const programmeId = newId();
await db.query(
  `insert into programmes (id, organisation_id, name, starts_on) values ($1, $2, 'Vägen vidare', '2026-01-01')`,
  [programmeId, org.id],
);
const enrol = async (unitId: string, first: string, last: string) => {
  const p = await createParticipant(db, unitId, first, last);
  await db.query(
    `insert into enrolments (id, unit_id, participant_id, programme_id, started_on)
     values ($1, $2, $3, $4, '2026-02-01')`,
    [newId(), unitId, p.id, programmeId],
  );
  return p.id;
};
const inA = [
  await enrol(unitA.id, 'Östen', 'Ek'),
  await enrol(unitA.id, 'Åsa', 'Berg'),
  await enrol(unitA.id, 'Zara', 'Ali'),
  await enrol(unitA.id, 'Anna', 'Ström'),
];
await enrol(unitB.id, 'Berhane', 'Tesfay');
await enrol(unitB.id, 'Dunia', 'Said');

const unitNames = new Map([
  [unitA.id, 'Örebro'],
  [unitB.id, 'Botkyrka'],
]);
const page = (role: 'administrator' | 'unit_manager', after: string | null, limit = 2) =>
  db.transaction(async (tx) => {
    await tx.query(
      `select set_config('role', 'rodtrad_app', true), set_config('app.organisation_id', $1, true),
              set_config('app.role', $2, true), set_config('app.unit_id', $3, true)`,
      [org.id, role, role === 'unit_manager' ? unitA.id : ''],
    );
    const names = async (ids: string[]) =>
      new Map(
        (
          await tx.query<{ id: string; name: string }>(
            `select id, first_name || ' ' || last_name as name from participants where id = any($1::uuid[])`,
            [ids],
          )
        ).rows.map((r) => [r.id, r.name]),
      );
    return validationPage(
      tx,
      { programmeId, unitId: role === 'unit_manager' ? unitA.id : null },
      { today: '2026-06-01', after, limit, unitNames, names },
    );
  });

describe('the validation report in pages', () => {
  it('gives the unit manager her unit by name in Swedish order, a page at a time', async () => {
    const first = await page('unit_manager', null);
    expect(first.total).toBe(4);
    expect(first.lines.map((l) => l.name)).toEqual(['Anna Ström', 'Zara Ali']);
    const second = await page('unit_manager', first.next);
    expect(second.lines.map((l) => l.name)).toEqual(['Åsa Berg', 'Östen Ek']);
    expect(second.next).toBeNull();
    // Zara's data is put right after the first page: the next page still starts after her.
    await db.query(
      `insert into esf_entries (id, unit_id, participant_id, programme_id, code, entry_on, gender, labour_status,
                                age_band, education, created_by)
       select $1, $2, $3, $4, 'ABCD-0000-0001', '2026-02-01', 'woman', 'inactive', null, 'isced_3_4', $5`,
      [newId(), unitA.id, inA[2], programmeId, manager.userId],
    );
    await db.query("update participants set birth_date = '1990-01-01' where id = $1", [inA[2]]);
    await db.query("update esf_entries set age_band = '30_54' where participant_id = $1", [inA[2]]);
    const after = await page('unit_manager', first.next);
    expect(after.lines.map((l) => l.name)).toEqual(['Åsa Berg', 'Östen Ek']);
    expect(after.total).toBe(3);
  });

  it('gives the administrator the programme by unit and code, without names, cut in SQL', async () => {
    const all = await page('administrator', null, 100);
    expect(all.total).toBe(5);
    expect(all.lines.every((l) => l.name === null)).toBe(true);
    expect(all.lines.map((l) => l.unitName)).toEqual(['Botkyrka', 'Botkyrka', 'Örebro', 'Örebro', 'Örebro']);
    const codes = all.lines.slice(2).map((l) => l.code!);
    expect(codes).toEqual([...codes].sort((a, b) => a.localeCompare(b, 'sv')));
    const pages = [];
    let after: string | null = null;
    do {
      const p = await page('administrator', after, 4);
      pages.push(p.lines.map((l) => l.participantId));
      after = p.next;
    } while (after);
    expect(pages.flat()).toEqual(all.lines.map((l) => l.participantId));
    expect(pages.map((p) => p.length)).toEqual([4, 1]);
  });

  it('is served by the API with the first page in the preview', async () => {
    const preview = (await as(app, admin).get(`/api/funder-report/${programmeId}/months/2026-02`)).json();
    expect(preview).toMatchObject({ entries: 6, validationTotal: 5, validationNext: null });
    const res = await as(app, admin).get(`/api/funder-report/${programmeId}/validation?after=${inA[0]}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().total).toBe(5);
    expect((await as(app, manager).get(`/api/funder-report/${programmeId}/validation`)).json().total).toBe(3);
    const audited = await db.query<{ details: { participantIds: string[] } }>(
      "select details from audit_log where action = 'funder_report.validation' order by id",
    );
    expect(audited.rows[1]!.details.participantIds).toHaveLength(3);
  });
});
