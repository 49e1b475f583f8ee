import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { meetingEventsSql } from './events.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const otherUnit = await createUnit(db, org.id, 'Botkyrka');
const staff = (role: 'coach' | 'case_worker' | 'teacher' | 'volunteer_coordinator', unitId = unit.id) =>
  createStaff(db, { organisationId: org.id, role, unitId });
const coach = await staff('coach');
const caseWorker = await staff('case_worker');
const teacher = await staff('teacher');
const coordinator = await staff('volunteer_coordinator');
const outsider = await staff('coach', otherUnit.id);
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');
const hodan = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');

const meetings = (participantId: string) => `/api/participants/${participantId}/meetings`;
const valid = {
  startsAt: '2027-03-10T10:00:00+01:00',
  endsAt: '2027-03-10T11:00:00+01:00',
  title: 'Uppföljning av handlingsplanen',
  agenda: 'Praktiken, SFI-kursen',
  place: 'Kontoret, Storgatan 1',
  interpreterNeeded: true,
  interpreterLanguage: 'ar',
  staffIds: [coach.userId, caseWorker.userId],
};
const book = async (participantId: string, body: Record<string, unknown> = {}) => {
  const res = await as(app, coach).post(meetings(participantId), { ...valid, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const auditActions = async (like: string) =>
  (
    await db.query<{ action: string; outcome: string; participant_id: string | null }>(
      `select action, outcome, participant_id from audit_log where action like $1 order by id`,
      [like],
    )
  ).rows;

describe('meetings', () => {
  it('are booked with staff and an interpreter, listed, and every read and write is audited', async () => {
    const res = await as(app, coach).post(meetings(amina.id), valid);
    expect(res.statusCode, res.body).toBe(201);
    const meeting = res.json();
    expect(meeting).toMatchObject({
      participantId: amina.id,
      startsAt: '2027-03-10T09:00:00.000Z',
      endsAt: '2027-03-10T10:00:00.000Z',
      title: 'Uppföljning av handlingsplanen',
      agenda: 'Praktiken, SFI-kursen',
      place: 'Kontoret, Storgatan 1',
      onlineUrl: null,
      interpreterNeeded: true,
      interpreterLanguage: 'ar',
      status: 'planned',
      staff: expect.arrayContaining([
        { id: coach.userId, name: coach.name },
        { id: caseWorker.userId, name: caseWorker.name },
      ]),
      clashes: [],
      createdByName: coach.name,
      version: 0,
    });
    expect(meeting.staff).toHaveLength(2);

    const list = await as(app, teacher).get(meetings(amina.id));
    expect(list.statusCode).toBe(200);
    expect(list.json().map((m: { id: string }) => m.id)).toEqual([meeting.id]);
    // Between dates (Stockholm days, both included).
    expect(
      (await as(app, coach).get(`${meetings(amina.id)}?from=2027-03-10&to=2027-03-10`)).json(),
    ).toHaveLength(1);
    expect((await as(app, coach).get(`${meetings(amina.id)}?from=2027-03-11`)).json()).toHaveLength(0);
    expect((await as(app, coach).get(`${meetings(amina.id)}?to=2027-03-09`)).json()).toHaveLength(0);

    expect(await auditActions('meeting.%')).toEqual([
      { action: 'meeting.create', outcome: 'ok', participant_id: amina.id },
      { action: 'meeting.list', outcome: 'ok', participant_id: amina.id },
      { action: 'meeting.list', outcome: 'ok', participant_id: amina.id },
      { action: 'meeting.list', outcome: 'ok', participant_id: amina.id },
      { action: 'meeting.list', outcome: 'ok', participant_id: amina.id },
    ]);
  });

  it('refuses invalid input as problem details naming each field', async () => {
    const check = async (body: Record<string, unknown>, path: (string | number)[]) => {
      const res = await as(app, coach).post(meetings(amina.id), { ...valid, ...body });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().errors).toEqual([expect.objectContaining({ path })]);
    };
    await check({ endsAt: '2027-03-10T09:30:00+01:00' }, ['endsAt']);
    await check({ endsAt: '2027-03-11T10:00:00+01:00' }, ['endsAt']);
    await check({ interpreterLanguage: null }, ['interpreterLanguage']);
    await check({ interpreterNeeded: false }, ['interpreterLanguage']);
    await check({ interpreterLanguage: 'Arabic' }, ['interpreterLanguage']);
    await check({ staffIds: [] }, ['staffIds']);
    await check({ title: '  ' }, ['title']);
    await check({ onlineUrl: 'http://meet.example/abc' }, ['onlineUrl']);
    await check({ startsAt: '2027-03-10 10:00' }, ['startsAt']);
    await check({ notes: 'Case notes belong in the journal' }, []);
    // Staff of another unit, or no staff at all, are refused by the service.
    await check({ staffIds: [coach.userId, outsider.userId] }, ['staffIds', 1]);
    await check({ staffIds: [amina.id] }, ['staffIds', 0]);
    expect(await auditActions('meeting.create')).toHaveLength(1);
  });

  it('are changed at the version read; a stale version answers 409 with the meeting as it is now', async () => {
    const meeting = await book(hodan.id, { interpreterNeeded: false, interpreterLanguage: null });
    const url = `${meetings(hodan.id)}/${meeting.id}`;
    const moved = await as(app, caseWorker).patch(url, {
      startsAt: '2027-03-12T13:00:00+01:00',
      endsAt: '2027-03-12T14:30:00+01:00',
      staffIds: [caseWorker.userId, teacher.userId],
      interpreterNeeded: true,
      interpreterLanguage: 'so',
      onlineUrl: 'https://meet.example/hodan',
      version: 0,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      startsAt: '2027-03-12T12:00:00.000Z',
      endsAt: '2027-03-12T13:30:00.000Z',
      interpreterLanguage: 'so',
      onlineUrl: 'https://meet.example/hodan',
      version: 1,
    });
    expect(
      moved
        .json()
        .staff.map((s: { id: string }) => s.id)
        .sort(),
    ).toEqual([caseWorker.userId, teacher.userId].sort());
    // The staff rows follow the meeting's new start (the staff member's "between dates" index).
    const { rows } = await db.query<{ starts_at: Date }>(
      'select starts_at from meeting_staff where meeting_id = $1',
      [meeting.id],
    );
    expect(rows.map((r) => r.starts_at.toISOString())).toEqual([
      '2027-03-12T12:00:00.000Z',
      '2027-03-12T12:00:00.000Z',
    ]);

    const stale = await as(app, coach).patch(url, { title: 'Något annat', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      current: { id: meeting.id, version: 1, interpreterLanguage: 'so' },
    });

    // Checked against what is stored: moving the start past the stored end, an interpreter without language.
    const backwards = await as(app, coach).patch(url, { startsAt: '2027-03-12T15:00:00+01:00', version: 1 });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([expect.objectContaining({ path: ['startsAt'] })]);
    const noInterpreter = await as(app, coach).patch(url, { interpreterNeeded: false, version: 1 });
    expect(noInterpreter.json()).toMatchObject({
      interpreterNeeded: false,
      interpreterLanguage: null,
      version: 2,
    });
    const foreign = await as(app, coach).patch(url, { staffIds: [outsider.userId], version: 2 });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([expect.objectContaining({ path: ['staffIds', 0] })]);

    const actions = await db.query<{ details: { fields: string[] } }>(
      `select details from audit_log where action = 'meeting.update' and subject_id = $1 order by id`,
      [meeting.id],
    );
    expect(actions.rows.map((r) => r.details.fields)).toEqual([
      ['starts_at', 'ends_at', 'online_url', 'interpreter_needed', 'interpreter_language', 'staff'],
      ['interpreter_needed', 'interpreter_language'],
    ]);
  });

  it('are cancelled with a reason and marked held once started; neither changes again', async () => {
    const coming = await book(hodan.id, {
      startsAt: '2027-04-01T09:00:00+02:00',
      endsAt: '2027-04-01T10:00:00+02:00',
    });
    const url = `${meetings(hodan.id)}/${coming.id}`;
    const early = await as(app, coach).post(`${url}/held`, { version: 0 });
    expect(early.statusCode).toBe(409);
    expect((await as(app, coach).post(`${url}/cancel`, { reason: ' ', version: 0 })).statusCode).toBe(400);
    const cancelled = await as(app, coach).post(`${url}/cancel`, { reason: 'Hon är sjuk', version: 0 });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Hon är sjuk', version: 1 });
    expect(cancelled.json().cancelledAt).not.toBeNull();
    const again = await as(app, coach).patch(url, { title: 'Ny', version: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('conflict');

    const past = await book(hodan.id, {
      startsAt: '2026-01-15T09:00:00+01:00',
      endsAt: '2026-01-15T10:00:00+01:00',
    });
    const held = await as(app, teacher).post(`${meetings(hodan.id)}/${past.id}/held`, { version: 0 });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json()).toMatchObject({ status: 'held', version: 1 });
    expect(
      (await as(app, coach).post(`${meetings(hodan.id)}/${past.id}/cancel`, { reason: 'x', version: 1 }))
        .statusCode,
    ).toBe(409);
    expect((await auditActions('meeting.cancel')).map((r) => r.participant_id)).toEqual([hodan.id]);
    expect((await auditActions('meeting.held')).map((r) => r.participant_id)).toEqual([hodan.id]);
  });

  it('warn of the staff’s and her other commitments at the same time, without refusing', async () => {
    const samira = await createParticipant(db, unit.id, 'Samira', 'Haddad');
    const nour = await createParticipant(db, unit.id, 'Nour', 'Karimi');
    const at = { startsAt: '2027-05-05T13:00:00+02:00', endsAt: '2027-05-05T14:00:00+02:00' };
    const first = await book(samira.id, { ...at, staffIds: [teacher.userId] });
    expect(first.clashes).toEqual([]);
    const second = await book(nour.id, {
      startsAt: '2027-05-05T13:30:00+02:00',
      endsAt: '2027-05-05T14:30:00+02:00',
      staffIds: [teacher.userId, coach.userId],
    });
    // Another participant's meeting is given by its time only.
    expect(second.clashes).toEqual([
      {
        who: 'staff',
        staffId: teacher.userId,
        staffName: teacher.name,
        kind: 'meeting',
        title: null,
        startsAt: '2027-05-05T11:00:00.000Z',
        endsAt: '2027-05-05T12:00:00.000Z',
      },
    ]);
    const hers = await book(samira.id, { ...at, title: 'Bostad', staffIds: [coach.userId] });
    expect(hers.clashes).toEqual([
      expect.objectContaining({
        who: 'participant',
        kind: 'meeting',
        title: 'Uppföljning av handlingsplanen',
      }),
      expect.objectContaining({ who: 'staff', staffId: coach.userId, kind: 'meeting', title: null }),
    ]);
    // A cancelled meeting clashes with nothing.
    await as(app, coach).post(`${meetings(samira.id)}/${first.id}/cancel`, { reason: 'Flyttas', version: 0 });
    const list = (await as(app, coach).get(meetings(samira.id))).json();
    expect(list.find((m: { id: string }) => m.id === hers.id).clashes).toEqual([
      expect.objectContaining({ who: 'staff', staffId: coach.userId }),
    ]);
  });

  it('are another unit’s secret, and a role without the right may read but not book', async () => {
    const before = (await auditActions('meeting.%')).length;
    expect((await as(app, outsider).get(meetings(amina.id))).statusCode).toBe(404);
    expect((await as(app, outsider).post(meetings(amina.id), valid)).statusCode).toBe(404);
    const denied = (await auditActions('meeting.%')).slice(before);
    expect(denied).toEqual([
      { action: 'meeting.list', outcome: 'denied', participant_id: amina.id },
      { action: 'meeting.create', outcome: 'denied', participant_id: amina.id },
    ]);
    const [meeting] = (await as(app, coach).get(meetings(amina.id))).json();
    expect(
      (await as(app, outsider).patch(`${meetings(amina.id)}/${meeting.id}`, { title: 'x', version: 0 }))
        .statusCode,
    ).toBe(404);
    // Her meeting through another participant's address is not found either.
    expect(
      (await as(app, coach).patch(`${meetings(hodan.id)}/${meeting.id}`, { title: 'x', version: 0 }))
        .statusCode,
    ).toBe(404);
    expect((await as(app, coordinator).get(meetings(amina.id))).statusCode).toBe(200);
    expect((await as(app, coordinator).post(meetings(amina.id), valid)).statusCode).toBe(403);
  });

  it('move with a merge, refuse writes on the merged record, and come back when the merge is undone', async () => {
    const kept = await createParticipant(db, unit.id, 'Leyla', 'Ahmadi');
    const duplicate = await createParticipant(db, unit.id, 'Leyla', 'Ahmadi');
    const keptMeeting = await book(kept.id, { title: 'Hennes eget' });
    const moving = await book(duplicate.id, { title: 'Från dubbletten' });
    const preview = (
      await as(app, coach).get(`/api/participants/${duplicate.id}/merge-preview?into=${kept.id}`)
    ).json();
    expect(preview.moves).toMatchObject({ meetings: 1 });
    const merged = await as(app, coach).post(`/api/participants/${duplicate.id}/merge`, {
      into: kept.id,
      version: preview.source.version,
      intoVersion: preview.target.version,
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json().moved).toMatchObject({ meetings: 1 });

    const keptList = (await as(app, coach).get(meetings(kept.id))).json();
    expect(keptList.map((m: { id: string }) => m.id).sort()).toEqual([keptMeeting.id, moving.id].sort());
    expect((await as(app, coach).get(meetings(duplicate.id))).json()).toEqual([]);
    const write = await as(app, coach).post(meetings(duplicate.id), valid);
    expect(write.statusCode).toBe(409);
    expect(write.json().code).toBe('participant_merged');

    const undone = await as(app, coach).post(`/api/participant-merges/${merged.json().id}/undo`);
    expect(undone.statusCode, undone.body).toBe(200);
    expect(
      (await as(app, coach).get(meetings(duplicate.id))).json().map((m: { id: string }) => m.id),
    ).toEqual([moving.id]);
    expect((await as(app, coach).get(meetings(kept.id))).json().map((m: { id: string }) => m.id)).toEqual([
      keptMeeting.id,
    ]);
  });

  it('are events of her schedule and of the staff’s, the staff’s naming her by first name only', async () => {
    const yasmin = await createParticipant(db, unit.id, 'Yasmin', 'Barre');
    const planned = await book(yasmin.id, {
      startsAt: '2027-06-01T09:00:00+02:00',
      endsAt: '2027-06-01T10:00:00+02:00',
      staffIds: [caseWorker.userId],
    });
    const cancelled = await book(yasmin.id, {
      startsAt: '2027-06-03T09:00:00+02:00',
      endsAt: '2027-06-03T10:00:00+02:00',
      staffIds: [caseWorker.userId],
    });
    await as(app, coach).post(`${meetings(yasmin.id)}/${cancelled.id}/cancel`, {
      reason: 'Sjuk',
      version: 0,
    });
    const scope = { unitId: '$2', from: '$3', to: '$4' };
    const events = async (sql: string, person: string, from: string, to: string, unitId = unit.id) =>
      (await db.query<Record<string, unknown>>(`${sql} order by starts_at`, [person, unitId, from, to])).rows;

    const hers = await events(
      meetingEventsSql({ participantId: '$1' }, scope),
      yasmin.id,
      '2027-06-01T00:00:00+02:00',
      '2027-06-08T00:00:00+02:00',
    );
    expect(hers).toEqual([
      {
        id: planned.id,
        title: 'Uppföljning av handlingsplanen',
        place: 'Kontoret, Storgatan 1',
        online_url: null,
        starts_at: new Date('2027-06-01T07:00:00Z'),
        ends_at: new Date('2027-06-01T08:00:00Z'),
        cancelled: false,
        version: 0,
        participant_id: yasmin.id,
        first_name: null,
      },
      expect.objectContaining({ id: cancelled.id, cancelled: true, version: 1 }),
    ]);
    // Overlapping the period counts; touching its edge does not.
    expect(
      await events(
        meetingEventsSql({ participantId: '$1' }, scope),
        yasmin.id,
        '2027-06-01T09:30:00+02:00',
        '2027-06-02T00:00:00+02:00',
      ),
    ).toHaveLength(1);
    expect(
      await events(
        meetingEventsSql({ participantId: '$1' }, scope),
        yasmin.id,
        '2027-06-01T10:00:00+02:00',
        '2027-06-03T09:00:00+02:00',
      ),
    ).toHaveLength(0);
    // Another unit's query finds nothing, on the owner connection too.
    expect(
      await events(
        meetingEventsSql({ participantId: '$1' }, scope),
        yasmin.id,
        '2027-01-01',
        '2028-01-01',
        otherUnit.id,
      ),
    ).toEqual([]);

    const theirs = await events(
      meetingEventsSql({ userId: '$1' }, scope),
      caseWorker.userId,
      '2027-06-01T00:00:00+02:00',
      '2027-06-08T00:00:00+02:00',
    );
    expect(theirs.map((e) => [e.id, e.title, e.cancelled])).toEqual([
      [planned.id, 'Möte: Yasmin', false],
      [cancelled.id, 'Möte: Yasmin', true],
    ]);
    expect(JSON.stringify(theirs)).not.toContain('Barre');
    // Column expressions of an outer query work as well as placeholders.
    const { rows } = await db.query(
      `select e.id from (select $1::uuid as who, now() - interval '1 year' as since) outer_q,
         lateral (${meetingEventsSql({ userId: 'outer_q.who' }, { unitId: '$2', from: 'outer_q.since', to: "now() + interval '2 years'" })}) e`,
      [caseWorker.userId, unit.id],
    );
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining([planned.id, cancelled.id]));
    // Both placeholders, one of them null at run time, as the schedule query passes them.
    const either = meetingEventsSql({ participantId: '$1::uuid', userId: '$5::uuid' }, scope);
    const period = ['2027-06-01T00:00:00+02:00', '2027-06-08T00:00:00+02:00'];
    for (const [participantId, userId, title] of [
      [yasmin.id, null, 'Uppföljning av handlingsplanen'],
      [null, caseWorker.userId, 'Möte: Yasmin'],
    ]) {
      const found = await db.query<{ title: string; participant_id: string }>(
        `${either} order by starts_at`,
        [participantId, unit.id, ...period, userId],
      );
      expect(found.rows.map((r) => [r.title, r.participant_id])).toEqual([
        [title, yasmin.id],
        [title, yasmin.id],
      ]);
    }
  });
});
