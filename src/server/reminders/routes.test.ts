import { describe, expect, it } from 'vitest';
import { addMessage } from '#server/outbox/delivery.ts';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id);
const otherUnit = await createUnit(db, org.id);
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const teacher = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: unit.id });
const supporter = await createStaff(db, {
  organisationId: org.id,
  role: 'language_supporter',
  unitId: unit.id,
});
const outsider = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: otherUnit.id });
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');

const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
const inDays = (n: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
    new Date(Date.now() + n * 86_400_000),
  );

const audited = async (action: string) =>
  (
    await db.query<{ n: number }>(
      'select count(*)::int as n from audit_log where action = $1 and participant_id = $2',
      [action, amina.id],
    )
  ).rows[0]!.n;

describe('her message log', () => {
  it('lists every message to her, newest first, audited; other units see nothing', async () => {
    for (const [i, body] of ['Första', 'Andra'].entries()) {
      await addMessage(db, {
        unitId: unit.id,
        participantId: amina.id,
        kind: 'session_reminder',
        dedupeKey: `test:${i}`,
        channel: 'sms',
        toAddress: '+46701234567',
        language: 'sv',
        subject: null,
        body,
      });
    }
    const res = await as(app, supporter).get(`/api/participants/${amina.id}/messages`);
    expect(res.statusCode).toBe(200);
    expect(res.json().map((m: { body: string }) => m.body)).toEqual(['Andra', 'Första']);
    expect(res.json()[0]).toMatchObject({ channel: 'sms', status: 'pending', attempts: 0, providerId: null });
    expect(await audited('participant.messages')).toBe(1);
    const outside = await as(app, outsider).get(`/api/participants/${amina.id}/messages`);
    expect(outside.statusCode).toBe(404);
  });

  it('keeps the outbox read-only for the application role', async () => {
    await expect(
      db.transaction(
        (tx) => tx.query(`update outbox_messages set body = 'x'`),
        `select set_config('role', 'rodtrad_app', true)`,
        true,
      ),
    ).rejects.toThrow(/permission denied/);
  });
});

describe('pausing her reminders', () => {
  it('pauses from today until a day, audited, and refuses a second pause', async () => {
    const empty = await as(app, coach).get(`/api/participants/${amina.id}/reminder-pause`);
    expect(empty.json()).toEqual({ active: null, history: [] });
    const res = await as(app, teacher).post(`/api/participants/${amina.id}/reminder-pause`, {
      untilOn: inDays(14),
      reason: 'Sjukskriven',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().active).toMatchObject({
      fromOn: today,
      untilOn: inDays(14),
      reason: 'Sjukskriven',
      createdBy: 'Test teacher',
      endedAt: null,
    });
    expect(await audited('reminder_pause.create')).toBe(1);
    const again = await as(app, coach).post(`/api/participants/${amina.id}/reminder-pause`, {
      reason: 'Igen',
    });
    expect(again.statusCode).toBe(409);
    const past = await as(app, coach).post(`/api/participants/${amina.id}/reminder-pause/end`);
    expect(past.statusCode).toBe(200);
    expect(past.json().active).toBeNull();
    expect(past.json().history[0]).toMatchObject({ reason: 'Sjukskriven', endedBy: 'Test coach' });
    expect(await audited('reminder_pause.end')).toBe(1);
  });

  it('pauses without an end, and validates', async () => {
    const bad = await as(app, coach).post(`/api/participants/${amina.id}/reminder-pause`, {
      untilOn: inDays(-2),
      reason: 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toEqual(['untilOn']);
    expect(
      (await as(app, coach).post(`/api/participants/${amina.id}/reminder-pause`, { reason: ' ' })).statusCode,
    ).toBe(400);
    const open = await as(app, coach).post(`/api/participants/${amina.id}/reminder-pause`, {
      reason: 'Föräldraledig',
    });
    expect(open.json().active).toMatchObject({ untilOn: null, reason: 'Föräldraledig' });
    expect(
      (await as(app, coach).get(`/api/participants/${amina.id}/reminder-pause`)).json().history,
    ).toHaveLength(1);
  });

  it('is for the roles that manage reminders, in her unit only', async () => {
    expect(
      (await as(app, supporter).post(`/api/participants/${amina.id}/reminder-pause/end`)).statusCode,
    ).toBe(403);
    expect(
      (await as(app, outsider).post(`/api/participants/${amina.id}/reminder-pause/end`)).statusCode,
    ).toBe(404);
    expect((await as(app, outsider).get(`/api/participants/${amina.id}/reminder-pause`)).statusCode).toBe(
      404,
    );
    // Another unit's staff cannot see or write her pauses even with the tables open to the role.
    const rows = await db.transaction(
      (tx) => tx.query('select * from reminder_pauses'),
      `select set_config('role', 'rodtrad_app', true), set_config('app.unit_id', '${otherUnit.id}', true)`,
      true,
    );
    expect(rows.rows).toHaveLength(0);
  });
});
