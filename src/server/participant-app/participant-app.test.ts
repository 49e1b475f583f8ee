import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { stockholmDate } from '../activities/recurrence.ts';
import { createParticipantSession } from '../participant-access/sessions.ts';

const origin = 'http://localhost:3000';
const { app, db } = await createTestApp({ PUBLIC_URL: origin });
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const staffApi = as(app, coach);
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');
const hodan = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');
await db.query(`update participants set languages = '{ar,sv}', phone = '0701234567' where id = $1`, [
  amina.id,
]);

async function signedIn(participantId: string) {
  const s = await createParticipantSession(db, {
    participantId,
    unitId: unit.id,
    method: 'sms_code',
    passkeyId: null,
    deviceLabel: null,
    userAgent: undefined,
  });
  return as(app, { cookie: `rodtrad_p=${s.token}`, csrfToken: s.csrfToken });
}
const her = await signedIn(amina.id);

const audited = async (action: string) =>
  (
    await db.query<{ participant_id: string; actor_user_id: string | null }>(
      'select participant_id, actor_user_id from audit_log where action = $1 order by id',
      [action],
    )
  ).rows;

const inDays = (n: number) => stockholmDate(new Date(Date.now() + n * 86_400_000));

describe('the participant app, signed in as herself', () => {
  it('shows her plan with a picture key per goal and who in her team helps, and nothing of another plan', async () => {
    await staffApi.post(`/api/participants/${amina.id}/team`, {
      userId: coach.userId,
      teamRole: 'coach',
      responsible: true,
    });
    const goal = (
      await staffApi.post(`/api/participants/${amina.id}/plan/goals`, {
        title: 'Klara SFI kurs C',
        domainKey: 'swedish',
      })
    ).json().goals[0];
    await staffApi.post(`/api/plan-goals/${goal.id}/steps`, {
      title: 'Boka tid hos SFI',
      ownerUserId: coach.userId,
    });
    await staffApi.post(`/api/plan-goals/${goal.id}/steps`, {
      title: 'Öva ord varje dag',
      ownerIsParticipant: true,
    });
    await staffApi.post(`/api/participants/${hodan.id}/plan/goals`, { title: 'Hodans mål' });

    const res = await her.get('/api/me/plan');
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json();
    expect(plan.goals).toHaveLength(1);
    expect(plan.goals[0]).toMatchObject({ title: 'Klara SFI kurs C', domainKey: 'swedish', status: 'open' });
    const owners = plan.goals[0].steps.map((s: { title: string; owner: unknown }) => [s.title, s.owner]);
    expect(owners).toEqual(
      expect.arrayContaining([
        ['Boka tid hos SFI', { kind: 'team', firstName: 'Test', role: 'coach' }],
        ['Öva ord varje dag', { kind: 'you' }],
      ]),
    );
    expect(plan.team).toEqual([{ firstName: 'Test', role: 'coach', responsible: true }]);
    // First name and role only: nothing else of the staff member's account.
    expect(res.body).not.toContain('@');
    expect(res.body).not.toContain('Hodan');
    expect(await audited('participant_app.plan_read')).toEqual([
      { participant_id: amina.id, actor_user_id: null },
    ]);
    // Without her cookie, nothing.
    expect((await as(app, null).get('/api/me/plan')).statusCode).toBe(401);
    expect((await staffApi.get('/api/me/plan')).statusCode).toBe(401);
  });

  it('shows her schedule from the shared query, and gives and revokes her own calendar feed', async () => {
    const at = (days: number, hour: number) => `${inDays(days)}T${String(hour).padStart(2, '0')}:00:00+01:00`;
    const book = (participantId: string, title: string) =>
      staffApi.post(`/api/participants/${participantId}/meetings`, {
        startsAt: at(2, 10),
        endsAt: at(2, 11),
        title,
        place: 'Kontoret, Storgatan 1',
        interpreterNeeded: false,
        staffIds: [coach.userId],
      });
    expect((await book(amina.id, 'Uppföljning')).statusCode).toBe(201);
    expect((await book(hodan.id, 'Hodans möte')).statusCode).toBe(201);
    // A group she takes part in and one she does not; a placement of hers at an employer.
    const group = async (title: string, participantId: string) => {
      const activity = (
        await staffApi.post('/api/activities', {
          type: 'swedish',
          title,
          place: 'Sal 2',
          staffIds: [coach.userId],
        })
      ).json();
      const made = await staffApi.post(`/api/activities/${activity.id}/sessions`, {
        date: inDays(3),
        startTime: '09:00',
        durationMinutes: 90,
      });
      expect(made.statusCode, made.body).toBe(201);
      await staffApi.post(`/api/activities/${activity.id}/participants`, {
        participantId,
        joinedOn: inDays(0),
      });
    };
    await group('Svenska', amina.id);
    await group('Hodans grupp', hodan.id);
    const employer = (
      await staffApi.post('/api/employers', {
        name: 'Solgårdens äldreboende',
        addresses: [{ kind: 'visiting', street: 'Solvägen 1', postalCode: '151 71', city: 'Södertälje' }],
      })
    ).json();
    const placed = await staffApi.post(`/api/participants/${amina.id}/placements`, {
      employerId: employer.id,
      kind: 'internship',
      startsOn: inDays(7),
      endsOn: inDays(20),
      supervisor: { name: 'Karin Berg' },
    });
    expect(placed.statusCode, placed.body).toBe(201);

    const res = await her.get('/api/me/schedule');
    expect(res.statusCode, res.body).toBe(200);
    const schedule = res.json();
    expect(schedule.from).toBe(inDays(0));
    expect(schedule.events).toEqual([
      expect.objectContaining({ kind: 'meeting', title: 'Uppföljning', place: 'Kontoret, Storgatan 1' }),
      expect.objectContaining({ kind: 'session', title: 'Svenska', place: 'Sal 2' }),
      expect.objectContaining({
        kind: 'placement',
        title: 'Solgårdens äldreboende',
        place: 'Solvägen 1, Södertälje',
        days: { first: inDays(7), last: inDays(20) },
      }),
    ]);
    expect((await her.get('/api/me/schedule?days=50')).statusCode).toBe(400);
    expect((await audited('participant_app.schedule_read'))[0]).toEqual({
      participant_id: amina.id,
      actor_user_id: null,
    });

    const made = await her.post('/api/me/calendar-feeds', {});
    expect(made.statusCode, made.body).toBe(201);
    const feedPath = new URL(made.json().url).pathname;
    const feed = await as(app, null).get(feedPath);
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain('Uppföljning');
    expect(feed.body).not.toContain('Hodans');
    expect((await her.get('/api/me/calendar-feeds')).json().feeds).toHaveLength(1);
    // Hodan cannot end Amina's feed; Amina can.
    const hodanApi = await signedIn(hodan.id);
    expect((await hodanApi.post(`/api/me/calendar-feeds/${made.json().id}/revoke`, {})).statusCode).toBe(404);
    expect((await her.post(`/api/me/calendar-feeds/${made.json().id}/revoke`, {})).statusCode).toBe(204);
    expect((await as(app, null).get(feedPath)).statusCode).toBe(404);
    expect((await her.get('/api/me/calendar-feeds')).json().feeds).toEqual([]);
  });

  it('lists her consents and lets her withdraw one herself, recorded as digital and audited', async () => {
    const given = await staffApi.post(`/api/participants/${amina.id}/consents`, {
      purpose: 'adult_education',
      givenOn: '2025-03-10',
      method: 'oral_with_interpreter',
    });
    expect(given.statusCode, given.body).toBe(201);
    const id = given.json().id;
    const list = (await her.get('/api/me/consents')).json();
    expect(list.consents).toEqual([
      expect.objectContaining({ id, purpose: 'adult_education', withdrawnOn: null }),
    ]);

    const hodanApi = await signedIn(hodan.id);
    expect((await hodanApi.post(`/api/me/consents/${id}/withdraw`, {})).statusCode).toBe(404);
    const withdrawn = await her.post(`/api/me/consents/${id}/withdraw`, {});
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().withdrawnOn).toBe(inDays(0));
    expect((await her.post(`/api/me/consents/${id}/withdraw`, {})).statusCode).toBe(409);
    // The coach sees it withdrawn, digitally and by nobody on the staff.
    const staffView = (await staffApi.get(`/api/participants/${amina.id}/consents`)).json();
    expect(staffView[0]).toMatchObject({ withdrawnMethod: 'digital', withdrawnRecordedBy: null });
    expect(await audited('consent.withdraw')).toEqual([{ participant_id: amina.id, actor_user_id: null }]);
    // Without her CSRF token a change is refused.
    const forged = await her.post(
      `/api/me/consents/${id}/withdraw`,
      {},
      { headers: { 'x-csrf-token': 'x' } },
    );
    expect(forged.statusCode).toBe(403);
  });

  it('tells her what is held about her by category, and gives all of it as a download, audited', async () => {
    // Her journal as the team reads it is hers to read; a restricted entry and Hodan's are not.
    for (const [id, visibility, body] of [
      [amina.id, 'team', 'Amina började på SFI i dag.'],
      [amina.id, 'restricted', 'Hälsouppgift som bara coachen läser.'],
      [hodan.id, 'team', 'Hodans anteckning.'],
    ] as const) {
      const written = await staffApi.post(`/api/participants/${id}/journal`, { visibility, body });
      expect(written.statusCode, written.body).toBe(201);
    }
    const summary = (await her.get('/api/me/data')).json();
    expect(summary.personFields).toEqual(expect.arrayContaining(['name', 'languages', 'phone']));
    expect(summary.personFields).not.toContain('email');
    const count = (key: string) => summary.categories.find((c: { key: string }) => c.key === key)?.count;
    expect(count('plan')).toBe(3);
    expect(count('consents')).toBe(1);
    expect(count('meetings')).toBe(1);
    expect(count('app')).toBe(1);
    expect(count('journal')).toBe(1);

    const res = await her.get('/api/me/data/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const data = res.json();
    expect(data.tables.participants).toEqual([
      expect.objectContaining({ first_name: 'Amina', phone: '0701234567' }),
    ]);
    expect(data.tables.plan_steps).toHaveLength(2);
    expect(data.tables.journal_entries).toEqual([
      expect.objectContaining({ body: 'Amina började på SFI i dag.', visibility: 'team' }),
    ]);
    expect(res.body).not.toContain('Hälsouppgift');
    expect(data.tables.participant_sessions[0]).not.toHaveProperty('id_hash');
    expect(data.tables.participant_sessions[0]).not.toHaveProperty('csrf_token');
    expect(res.body).not.toContain('Hodan');
    expect(await audited('participant_app.my_data_export')).toEqual([
      { participant_id: amina.id, actor_user_id: null },
    ]);
  });
});
