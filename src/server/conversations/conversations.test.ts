import { describe, expect, it } from 'vitest';
import type { Log } from '#server/jobs/queue.ts';
import { logAdapter } from '#server/outbox/adapters.ts';
import { deliverOutbox } from '#server/outbox/delivery.ts';
import { createParticipantSession } from '#server/participant-access/sessions.ts';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp({ PUBLIC_URL: 'https://rodtrad.example' });
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const otherUnit = await createUnit(db, org.id, 'Botkyrka');
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const teacher = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: unit.id });
const otherCoach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: otherUnit.id });
const manager = await createStaff(db, { organisationId: org.id, role: 'unit_manager', unitId: unit.id });
const log: Log = { info() {}, warn() {}, error() {} };

async function participantWithApp(firstName: string, languages: string) {
  const p = await createParticipant(db, unit.id, firstName, 'Testsson');
  await db.query(`update participants set languages = $2, phone = '070-123 45 67' where id = $1`, [
    p.id,
    languages,
  ]);
  const s = await createParticipantSession(db, {
    participantId: p.id,
    unitId: unit.id,
    method: 'sms_code',
    passkeyId: null,
    deviceLabel: null,
    userAgent: undefined,
  });
  return { ...p, api: as(app, { cookie: `rodtrad_p=${s.token}`, csrfToken: s.csrfToken }) };
}

const thread = (participantId: string, by = coach) =>
  as(app, by).get(`/api/participants/${participantId}/conversation`);
const write = (participantId: string, body: string, by = coach) =>
  as(app, by).post(`/api/participants/${participantId}/conversation/messages`, { body });
const notices = async (participantId: string) =>
  (
    await db.query<{ body: string; subject: string; language: string; to_address: string; status: string }>(
      `select body, subject, language, to_address, status from outbox_messages
        where participant_id = $1 and kind = 'conversation_message' order by created_at`,
      [participantId],
    )
  ).rows;
const actions = async (participantId: string) =>
  (
    await db.query<{ action: string; outcome: string }>(
      'select action, outcome from audit_log where participant_id = $1 order by id',
      [participantId],
    )
  ).rows.map((r) => `${r.action}:${r.outcome}`);

describe('Samtal: her conversation with the team', () => {
  it('she writes; the team sees it unread, opening marks it read, and she sees when', async () => {
    const amina = await participantWithApp('Amina', '{so,sv}');
    const sent = await amina.api.post('/api/me/conversation/messages', { body: '  Jag är sjuk i dag.  ' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ from: 'participant', body: 'Jag är sjuk i dag.', readAt: null });

    const unread = await as(app, teacher).get(`/api/participants/${amina.id}/conversation/unread`);
    expect(unread.json()).toEqual({ unread: 1 });
    // Lösa trådar lists her unread message until someone in the team opens the thread.
    const looseThreads = async () =>
      (await as(app, manager).get('/api/loose-threads?scope=unit&kind=unread_message')).json().items;
    expect(await looseThreads()).toEqual([
      expect.objectContaining({ kind: 'unread_message', participantId: amina.id, firstName: 'Amina' }),
    ]);
    expect((await amina.api.get('/api/me/conversation')).json().messages[0].readAt).toBeNull();

    const opened = await thread(amina.id, teacher);
    expect(opened.statusCode).toBe(200);
    expect(opened.json().newCount).toBe(1);
    expect(opened.json().messages[0].readAt).not.toBeNull();
    expect((await as(app, coach).get(`/api/participants/${amina.id}/conversation/unread`)).json()).toEqual({
      unread: 0,
    });
    expect(await looseThreads()).toEqual([]);

    const hers = (await amina.api.get('/api/me/conversation')).json();
    expect(hers.messages).toHaveLength(1);
    expect(hers.messages[0].readAt).toBe(opened.json().messages[0].readAt);
    expect(await actions(amina.id)).toEqual([
      'participant_app.conversation_write:ok',
      'conversation.unread:ok',
      'participant_app.conversation_read:ok',
      'conversation.read:ok',
      'conversation.unread:ok',
      'participant_app.conversation_read:ok',
    ]);
  });

  it('the team answers; a burst tells her once, in her language, without the text; reading it starts a new run', async () => {
    const hodan = await participantWithApp('Hodan', '{ar}');
    expect((await write(hodan.id, 'Hej Hodan, krya på dig! Ring mig på 08-123 45.')).statusCode).toBe(201);
    expect((await write(hodan.id, 'Och glöm inte intyget.', teacher)).statusCode).toBe(201);
    let sent = await notices(hodan.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ language: 'ar', to_address: '+46701234567', status: 'pending' });
    expect(sent[0]!.body).toContain('Hodan');
    expect(sent[0]!.body).toContain('https://rodtrad.example/app/messages');
    for (const secret of ['Testsson', 'intyget', 'krya', '08-123'])
      expect(sent[0]!.body).not.toContain(secret);

    expect((await hodan.api.get('/api/me/conversation/unread')).json()).toEqual({ unread: 2 });
    const hers = (await hodan.api.get('/api/me/conversation')).json();
    expect(hers.newCount).toBe(2);
    expect(
      hers.messages.map((m: { from: string; authorName: string | null }) => [m.from, m.authorName]),
    ).toEqual([
      ['staff', null],
      ['staff', null],
    ]);
    // The team sees that she has read them, and who of them wrote each.
    const team = (await thread(hodan.id)).json();
    expect(team.messages.every((m: { readAt: string | null }) => m.readAt)).toBe(true);
    expect(team.messages.map((m: { authorName: string }) => m.authorName)).toEqual([
      coach.name,
      teacher.name,
    ]);

    expect((await write(hodan.id, 'Ses på torsdag.')).statusCode).toBe(201);
    sent = await notices(hodan.id);
    expect(sent).toHaveLength(2);

    // Her reminder pause holds the notice like any message to her.
    const paused = await as(app, coach).post(`/api/participants/${hodan.id}/reminder-pause`, {
      reason: 'Sjukskriven',
    });
    expect(paused.statusCode, paused.body).toBeLessThan(300);
    const senders = { email: logAdapter(log), sms: logAdapter(log) };
    await deliverOutbox(db, senders, new Date(), log);
    expect((await notices(hodan.id)).map((n) => n.status)).toEqual(['held', 'held']);
  });

  it('tells nobody who does not use the app, and refuses another unit, a bad message and a forged sender', async () => {
    const sara = await createParticipant(db, unit.id, 'Sara', 'Said');
    await db.query(`update participants set phone = '0701112233' where id = $1`, [sara.id]);
    expect((await write(sara.id, 'Välkommen!')).statusCode).toBe(201);
    expect(await notices(sara.id)).toEqual([]);

    expect((await thread(sara.id, otherCoach)).statusCode).toBe(404);
    expect((await write(sara.id, 'Hej', otherCoach)).statusCode).toBe(404);
    expect(await actions(sara.id)).toEqual(
      expect.arrayContaining(['conversation.read:denied', 'conversation.write:denied']),
    );
    for (const body of ['   ', 'x'.repeat(2001)]) {
      const res = await write(sara.id, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toEqual(['body']);
    }

    // Row-level security: in her context she cannot write as the team or into another's thread, and in the
    // database a message never changes.
    const amina = await participantWithApp('Ayaan', '{so}');
    const asHer = (sql: string, params: unknown[]) =>
      db.transaction(async (tx) => {
        await tx.query(
          `select set_config('app.role', 'participant', true), set_config('app.participant_id', $1, true),
                  set_config('role', 'rodtrad_app', true)`,
          [amina.id],
        );
        return tx.query(sql, params);
      });
    await expect(
      asHer(
        `insert into conversation_messages (id, unit_id, participant_id, sender, author_user_id, body)
         values (gen_random_uuid(), $1, $2, 'staff', $3, 'falsk')`,
        [unit.id, amina.id, coach.userId],
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asHer(
        `insert into conversation_messages (id, unit_id, participant_id, sender, body)
         values (gen_random_uuid(), $1, $2, 'participant', 'falsk')`,
        [unit.id, sara.id],
      ),
    ).rejects.toThrow(/row-level security/);
    expect((await asHer('select * from conversation_messages', [])).rows).toEqual([]);
    await expect(db.query(`update conversation_messages set body = 'ändrad'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`delete from conversation_messages`)).rejects.toThrow(/append-only/);
  });
});
