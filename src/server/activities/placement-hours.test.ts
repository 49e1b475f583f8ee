import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { newId } from '#server/lib/ids.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const fatima = await createParticipant(db, unit.id, 'Fatima', 'Ahmed');
const layla = await createParticipant(db, unit.id, 'Layla', 'Berhe');
const maryam = await createParticipant(db, unit.id, 'Maryam', 'Said');
const employer = newId();
await db.query("insert into employers (id, unit_id, name) values ($1, $2, 'Bageriet AB')", [
  employer,
  unit.id,
]);

const place = (
  participantId: string,
  startsOn: string,
  endsOn: string,
  hoursPerWeek: number,
  status: string,
  endedEarlyOn: string | null = null,
) =>
  db.query(
    `insert into placements (id, unit_id, participant_id, employer_id, kind, starts_on, ends_on, hours_per_week,
                             status, ended_early_on)
     values ($1, $2, $3, $4, 'internship', $5, $6, $7, $8, $9)`,
    [newId(), unit.id, participantId, employer, startsOn, endsOn, hoursPerWeek, status, endedEarlyOn],
  );

// Monday 30 March to Friday 10 April 2026, 20 hours a week: 4 hours on each working day.
await place(fatima.id, '2026-03-30', '2026-04-10', 20, 'completed');
// The whole of March planned at 15 hours a week, ended early on Friday the 13th: 10 working days of 3 hours.
await place(layla.id, '2026-03-02', '2026-03-31', 15, 'ended_early', '2026-03-13');
// Saturday 30 May to Tuesday 2 June: the weekend gives May nothing, June two days of 2 hours.
await place(layla.id, '2026-05-30', '2026-06-02', 10, 'completed');
// Planned only: never attested.
await place(maryam.id, '2026-03-02', '2026-03-31', 20, 'planned');

const unitCsv = async (month: string) => {
  const res = await as(app, coach).get(`/api/attested-hours/export?month=${month}&format=csv`);
  expect(res.statusCode, res.body).toBe(200);
  return (parse(res.body, { columns: true, bom: true }) as Record<string, string>[]).map((r) => [
    r['Förnamn'],
    r['Närvarotimmar totalt'],
    r['Praktiktimmar'],
    r['Timmar totalt'],
  ]);
};

describe('attested placement hours', () => {
  it('spread the hours per week over the working days of the month, cut at an early end', async () => {
    expect(await unitCsv('2026-03')).toEqual([
      ['Fatima', '0', '8', '8'],
      ['Layla', '0', '30', '30'],
    ]);
    expect(await unitCsv('2026-04')).toEqual([['Fatima', '0', '32', '32']]);
    expect(await unitCsv('2026-05')).toEqual([]);
    expect(await unitCsv('2026-06')).toEqual([['Layla', '0', '4', '4']]);
  });

  it('count an ongoing placement up to today only', async () => {
    const day = (offset: number) =>
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
        new Date(Date.now() + offset * 86_400_000),
      );
    const today = day(0);
    const month = today.slice(0, 7);
    const nadia = await createParticipant(db, unit.id, 'Nadia', 'Omar');
    await place(nadia.id, day(-40), day(40), 25, 'ongoing');
    // Her working days from the first of this month to today, 5 hours each.
    let days = 0;
    for (let d = new Date(`${month}-01T12:00:00Z`); d.toISOString().slice(0, 10) <= today;) {
      if (d.getUTCDay() % 6 !== 0) days += 1;
      d = new Date(d.getTime() + 86_400_000);
    }
    const line = (await unitCsv(month)).find((r) => r[0] === 'Nadia');
    expect(line).toEqual(days ? ['Nadia', '0', String(days * 5), String(days * 5)] : undefined);
  });

  it('show beside attendance on screen, with her total', async () => {
    const res = await as(app, coach).get('/api/attested-hours?month=2026-03');
    expect(
      res
        .json()
        .participants.map(
          (p: { firstName: string; attendance: number; placement: number; total: number }) => [
            p.firstName,
            p.attendance,
            p.placement,
            p.total,
          ],
        ),
    ).toEqual([
      ['Fatima', 0, 8, 8],
      ['Layla', 0, 30, 30],
    ]);
  });
});
