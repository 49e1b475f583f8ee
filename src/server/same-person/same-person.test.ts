import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { newId } from '../lib/ids.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const otherUnit = await createUnit(db, org.id, 'Botkyrka');
// An administrator's membership is organisation-wide: the factory leaves out the unit.
const staff = (role: 'coach' | 'case_worker' | 'teacher' | 'administrator', unitId = unit.id) =>
  createStaff(db, { organisationId: org.id, role, unitId });
const coach = await staff('coach');
const secondCoach = await staff('coach');
const caseWorker = await staff('case_worker');
const teacher = await staff('teacher');
const outsider = await staff('coach', otherUnit.id);
const admin = await staff('administrator');

const programme = async (name: string) =>
  (await as(app, admin).post('/api/programmes', { name, startsOn: '2026-01-01' })).json().id as string;
const stegvis = await programme('Stegvis');
const framat = await programme('Framåt');

/** Two records of one person: the first registered with her number, the second (the duplicate) without. */
async function twoRecords(firstName: string) {
  const kept = (
    await as(app, coach).post('/api/participants', {
      firstName,
      lastName: 'Haddad',
      birthDate: '1988-04-12',
    })
  ).json();
  const duplicate = (
    await as(app, coach).post('/api/participants', {
      firstName,
      lastName: 'Haddad',
      birthDate: '1988-04-12',
      confirmNotDuplicate: true,
    })
  ).json();
  return { kept, duplicate };
}

const ids = (res: { json: () => { id: string }[] }) => res.json().map((r) => r.id);

describe('linking records of the same person', () => {
  it('offers the likely duplicate, links both ways once, and unlinks', async () => {
    const { kept, duplicate } = await twoRecords('Rania');
    const before = (await as(app, coach).get(`/api/participants/${kept.id}/same-person`)).json();
    expect(before.possibleDuplicates).toEqual([
      expect.objectContaining({ id: duplicate.id, match: 'name_and_birth_date' }),
    ]);

    const link = await as(app, caseWorker).post(`/api/participants/${kept.id}/links`, {
      otherId: duplicate.id,
      note: 'Same phone number',
    });
    expect(link.statusCode).toBe(201);
    expect(link.json()).toMatchObject({ record: { id: duplicate.id }, note: 'Same phone number' });
    const fromOtherSide = (await as(app, coach).get(`/api/participants/${duplicate.id}/same-person`)).json();
    expect(fromOtherSide.links).toEqual([
      expect.objectContaining({
        record: expect.objectContaining({ id: kept.id }),
        linkedBy: caseWorker.name,
      }),
    ]);
    expect(fromOtherSide.possibleDuplicates).toEqual([]);

    const again = await as(app, coach).post(`/api/participants/${duplicate.id}/links`, { otherId: kept.id });
    expect(again.statusCode).toBe(409);
    expect(
      (await as(app, teacher).post(`/api/participants/${kept.id}/links`, { otherId: duplicate.id }))
        .statusCode,
    ).toBe(403);

    expect(
      (await as(app, coach).delete(`/api/participants/${duplicate.id}/links/${kept.id}`)).statusCode,
    ).toBe(204);
    expect((await as(app, coach).get(`/api/participants/${kept.id}/same-person`)).json().links).toEqual([]);
    expect(
      (await as(app, coach).delete(`/api/participants/${duplicate.id}/links/${kept.id}`)).statusCode,
    ).toBe(404);
  });

  it('cannot reach another unit’s records', async () => {
    const { kept } = await twoRecords('Ingrid');
    const theirs = await createParticipant(db, otherUnit.id, 'Sahra', 'Haddad');
    expect(
      (await as(app, coach).post(`/api/participants/${kept.id}/links`, { otherId: theirs.id })).statusCode,
    ).toBe(404);
    expect((await as(app, outsider).get(`/api/participants/${kept.id}/same-person`)).statusCode).toBe(404);
  });
});

describe('merging and undoing a merge', () => {
  it('moves the history to the record that stays, keeps what would clash, and undoes exactly that', async () => {
    const { kept, duplicate } = await twoRecords('Amal');
    const dup = (path: string) => `/api/participants/${duplicate.id}/${path}`;
    const keep = (path: string) => `/api/participants/${kept.id}/${path}`;

    // The duplicate's history: a contact, a case-workers-only journal entry, consents, team, plan, enrolment.
    await as(app, coach).post(dup('contacts'), { kind: 'phone', happenedAt: '2026-10-01T09:00:00+02:00' });
    await as(app, caseWorker).post(dup('journal'), {
      visibility: 'case_workers',
      body: 'Ekonomiskt bistånd beviljat',
    });
    await as(app, coach).post(dup('consents'), {
      purpose: 'funder_reporting',
      givenOn: '2026-09-01',
      method: 'written',
    });
    await as(app, coach).post(dup('consents'), {
      purpose: 'adult_education',
      givenOn: '2026-09-01',
      method: 'written',
    });
    await as(app, coach).post(keep('consents'), {
      purpose: 'funder_reporting',
      givenOn: '2026-08-01',
      method: 'oral',
    });
    await as(app, coach).post(dup('team'), {
      userId: secondCoach.userId,
      teamRole: 'coach',
      responsible: true,
    });
    await as(app, coach).post(dup('team'), { userId: caseWorker.userId, teamRole: 'case_worker' });
    await as(app, coach).post(keep('team'), { userId: coach.userId, teamRole: 'coach', responsible: true });
    await as(app, coach).post(dup('enrolments'), { programmeId: stegvis, startedOn: '2026-09-01' });
    await as(app, coach).post(keep('enrolments'), { programmeId: framat, startedOn: '2026-08-01' });
    // Someone reads the duplicate: that read belongs in her access log after the merge.
    await as(app, teacher).get(`/api/participants/${duplicate.id}`);

    const preview = await as(app, coach).get(dup(`merge-preview?into=${kept.id}`));
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      source: { id: duplicate.id },
      target: { id: kept.id },
      moves: { contacts: 1, consents: 1, team_members: 1, enrolments: 1 },
      staysBehind: { consents: 1, team_members: 1 },
      blockers: [],
    });
    expect(preview.json().moves).not.toHaveProperty('journal_entries');
    expect((await as(app, caseWorker).get(dup(`merge-preview?into=${kept.id}`))).statusCode).toBe(403);

    const { version } = preview.json().source;
    const { version: intoVersion } = preview.json().target;
    const stale = await as(app, coach).post(dup('merge'), {
      into: kept.id,
      version: version + 1,
      intoVersion,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');

    const merged = await as(app, coach).post(dup('merge'), { into: kept.id, version, intoVersion });
    expect(merged.statusCode).toBe(200);
    const merge = merged.json();
    expect(merge).toMatchObject({
      source: { id: duplicate.id },
      target: { id: kept.id },
      mergedBy: coach.name,
    });

    // The record that stays has the history; the duplicate is out of lists, read-only and says where it went.
    expect((await as(app, coach).get(keep('contacts'))).json()).toHaveLength(1);
    const journal = (await as(app, caseWorker).get(keep('journal'))).json();
    expect(JSON.stringify(journal)).toContain('Ekonomiskt bistånd beviljat');
    const team = (await as(app, coach).get(keep('team'))).json();
    expect(
      team.map((m: { userId: string; responsible: boolean }) => [m.userId, m.responsible]).sort(),
    ).toEqual(
      [
        [coach.userId, true],
        [caseWorker.userId, false],
      ].sort(),
    );
    expect((await as(app, coach).get(`/api/participants/${duplicate.id}`)).json().mergedInto).toBe(kept.id);
    const listed = (await as(app, coach).get('/api/participants?q=Amal')).json().items;
    expect(listed.map((p: { id: string }) => p.id)).toEqual([kept.id]);
    const write = await as(app, coach).post(dup('contacts'), {
      kind: 'phone',
      happenedAt: '2026-10-02T09:00:00+02:00',
    });
    expect(write.statusCode).toBe(409);
    expect(write.json()).toMatchObject({ code: 'participant_merged', mergedInto: kept.id });
    const edit = await as(app, coach).patch(`/api/participants/${duplicate.id}`, {
      firstName: 'X',
      version: version + 1,
    });
    expect(edit.json().code).toBe('participant_merged');
    const accessLog = (await as(app, coach).get(keep('access-log'))).json();
    expect(accessLog.some((e: { actorName: string }) => e.actorName === teacher.name)).toBe(true);
    const samePerson = (await as(app, coach).get(keep('same-person'))).json();
    expect(samePerson.mergedFrom).toEqual([expect.objectContaining({ id: merge.id })]);
    expect((await as(app, coach).get(dup('same-person'))).json().mergedInto).toMatchObject({ id: merge.id });

    const audited = await db.query<{ participant_id: string }>(
      "select participant_id from audit_log where action = 'participant.merge' and details->>'mergeId' = $1",
      [merge.id],
    );
    expect(audited.rows.map((r) => r.participant_id).sort()).toEqual([duplicate.id, kept.id].sort());

    // Work goes on in the record that stays; then the merge turns out wrong.
    await as(app, coach).post(keep('contacts'), { kind: 'meeting', happenedAt: '2026-10-03T09:00:00+02:00' });
    expect((await as(app, outsider).post(`/api/participant-merges/${merge.id}/undo`)).statusCode).toBe(404);
    const undone = await as(app, coach).post(`/api/participant-merges/${merge.id}/undo`);
    expect(undone.statusCode).toBe(200);
    expect(undone.json()).toMatchObject({ undoneBy: coach.name });
    expect((await as(app, coach).get(dup('contacts'))).json()).toHaveLength(1);
    expect((await as(app, coach).get(keep('contacts'))).json()).toHaveLength(1);
    expect(ids(await as(app, coach).get(dup('consents')))).toHaveLength(2);
    expect((await as(app, coach).get(dup('team'))).json()).toHaveLength(2);
    expect(JSON.stringify((await as(app, caseWorker).get(dup('journal'))).json())).toContain(
      'Ekonomiskt bistånd',
    );
    expect((await as(app, coach).get(`/api/participants/${duplicate.id}`)).json().mergedInto).toBeNull();
    expect(
      (await as(app, coach).post(dup('contacts'), { kind: 'phone', happenedAt: '2026-10-04T09:00:00+02:00' }))
        .statusCode,
    ).toBe(201);
    expect((await as(app, coach).post(`/api/participant-merges/${merge.id}/undo`)).statusCode).toBe(409);
  });

  it('moves activities, attendance and placements too, keeping behind what the record that stays has already', async () => {
    const { kept, duplicate } = await twoRecords('Samira');
    const teacher2 = await staff('teacher');
    const swedish = (
      await as(app, teacher2).post('/api/activities', { type: 'swedish', title: 'Svenska', staffIds: [] })
    ).json();
    const health = (
      await as(app, teacher2).post('/api/activities', { type: 'health_school', title: 'Hälsoskola' })
    ).json();
    const [session] = (
      await as(app, teacher2).post(`/api/activities/${swedish.id}/sessions`, {
        date: '2026-10-06',
        startTime: '09:00',
        durationMinutes: 60,
      })
    ).json();
    for (const [activityId, participantId] of [
      [swedish.id, kept.id],
      [swedish.id, duplicate.id],
      [health.id, duplicate.id],
    ]) {
      await as(app, coach).post(`/api/activities/${activityId}/participants`, {
        participantId,
        joinedOn: '2026-09-01',
        confirmOverlap: true,
      });
    }
    for (const id of [kept.id, duplicate.id])
      await as(app, teacher2).put(`/api/activity-sessions/${session.id}/attendance/${id}`, {
        status: 'present',
      });
    const employer = (await as(app, coach).post('/api/employers', { name: 'Solgårdens äldreboende' })).json();
    const placement = await as(app, coach).post(`/api/participants/${duplicate.id}/placements`, {
      employerId: employer.id,
      kind: 'internship',
      startsOn: '2026-10-01',
      endsOn: '2026-12-01',
    });
    expect(placement.statusCode, placement.body).toBe(201);
    await as(app, coach).post(`/api/participants/${duplicate.id}/placements/${placement.json().id}/notes`, {
      body: 'Trivs bra',
    });

    const preview = (
      await as(app, coach).get(`/api/participants/${duplicate.id}/merge-preview?into=${kept.id}`)
    ).json();
    expect(preview).toMatchObject({
      moves: { activity_participants: 1, attendance: 0, placements: 1, placement_notes: 1 },
      staysBehind: { activity_participants: 1, attendance: 1 },
    });
    const merge = (
      await as(app, coach).post(`/api/participants/${duplicate.id}/merge`, {
        into: kept.id,
        version: preview.source.version,
        intoVersion: preview.target.version,
      })
    ).json();
    const placements = (await as(app, coach).get(`/api/participants/${kept.id}/placements`)).json();
    expect(placements.map((p: { id: string }) => p.id)).toEqual([placement.json().id]);
    const healthNow = (await as(app, coach).get(`/api/activities/${health.id}/participants`)).json();
    expect(healthNow.map((p: { participantId: string }) => p.participantId)).toEqual([kept.id]);

    expect((await as(app, coach).post(`/api/participant-merges/${merge.id}/undo`)).statusCode).toBe(200);
    expect((await as(app, coach).get(`/api/participants/${duplicate.id}/placements`)).json()).toHaveLength(1);
    const healthAfter = (await as(app, coach).get(`/api/activities/${health.id}/participants`)).json();
    expect(healthAfter.map((p: { participantId: string }) => p.participantId)).toEqual([duplicate.id]);
    const roster = (await as(app, teacher2).get(`/api/activity-sessions/${session.id}/attendance`)).json();
    expect(roster.lines.map((l: { status: string }) => l.status)).toEqual(['present', 'present']);
  });

  it('asks to settle an open enrolment in the same programme first', async () => {
    const { kept, duplicate } = await twoRecords('Nour');
    await as(app, coach).post(`/api/participants/${kept.id}/enrolments`, {
      programmeId: stegvis,
      startedOn: '2026-09-01',
    });
    await as(app, coach).post(`/api/participants/${duplicate.id}/enrolments`, {
      programmeId: stegvis,
      startedOn: '2026-09-02',
    });
    const preview = (
      await as(app, coach).get(`/api/participants/${duplicate.id}/merge-preview?into=${kept.id}`)
    ).json();
    expect(preview.blockers).toEqual([{ kind: 'open_enrolment_in_both', programme: 'Stegvis' }]);
    const res = await as(app, coach).post(`/api/participants/${duplicate.id}/merge`, {
      into: kept.id,
      version: preview.source.version,
      intoVersion: preview.target.version,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'merge_blocked', blockers: preview.blockers });
  });

  it('asks to end one of two language friends first (a person has one at a time)', async () => {
    const { kept, duplicate } = await twoRecords('Wendela');
    const volunteer = newId();
    await db.query(
      `insert into volunteers (id, unit_id, status, first_name, last_name, email, consent_at)
       values ($1, $2, 'approved', 'Lena', 'Volontärsson', 'lena.merge@example.test', now())`,
      [volunteer, unit.id],
    );
    const match = (participantId: string) =>
      db.query(
        `insert into language_friend_matches (id, unit_id, volunteer_id, participant_id, score, created_by)
         values ($1, $2, $3, $4, 60, $5)`,
        [newId(), unit.id, volunteer, participantId, coach.userId],
      );
    await match(kept.id);
    const previewOf = async () =>
      (await as(app, coach).get(`/api/participants/${duplicate.id}/merge-preview?into=${kept.id}`)).json();
    // One language friend moves with her record as any history does.
    expect((await previewOf()).blockers).toEqual([]);
    await match(duplicate.id);
    const preview = await previewOf();
    expect(preview.blockers).toEqual([{ kind: 'open_language_friend_match_in_both' }]);
    const res = await as(app, coach).post(`/api/participants/${duplicate.id}/merge`, {
      into: kept.id,
      version: preview.source.version,
      intoVersion: preview.target.version,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'merge_blocked', blockers: preview.blockers });
  });

  it('lets the record that stays take the number, and then refuses an undo that would clash', async () => {
    const { kept, duplicate } = await twoRecords('Lina');
    const numbered = await as(app, coach).patch(`/api/participants/${duplicate.id}`, {
      identityNumber: '19880412-3464',
      version: duplicate.version,
    });
    expect(numbered.statusCode).toBe(200);
    const merge = (
      await as(app, coach).post(`/api/participants/${duplicate.id}/merge`, {
        into: kept.id,
        version: numbered.json().version,
        intoVersion: kept.version,
      })
    ).json();
    const taken = await as(app, coach).patch(`/api/participants/${kept.id}`, {
      identityNumber: '198804123464',
      version: kept.version,
    });
    expect(taken.statusCode).toBe(200);
    const undo = await as(app, coach).post(`/api/participant-merges/${merge.id}/undo`);
    expect(undo.statusCode).toBe(409);
    expect(undo.json().code).toBe('merge_blocked');
  });

  it('is enforced by the database as well: the app role cannot merge for another unit or as a teacher', async () => {
    const { kept, duplicate } = await twoRecords('Dunia');
    const attempt = (role: string, unitId: string) =>
      db.transaction(async (tx) => {
        await tx.query(
          `select set_config('role', 'rodtrad_app', true), set_config('app.unit_id', $1, true),
                  set_config('app.role', $2, true), set_config('app.user_id', $3, true)`,
          [unitId, role, coach.userId],
        );
        await tx.query('select merge_participant(gen_random_uuid(), $1, $2)', [duplicate.id, kept.id]);
      });
    await expect(attempt('coach', otherUnit.id)).rejects.toThrow(/caller's unit/);
    await expect(attempt('teacher', unit.id)).rejects.toThrow(/unit managers and coaches/);
  });
});
