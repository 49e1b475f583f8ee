import { describe, expect, it } from 'vitest';
import type { Log } from '#server/jobs/queue.ts';
import { tick } from '#server/jobs/worker.ts';
import { newId } from '#server/lib/ids.ts';
import { logAdapter } from '#server/outbox/adapters.ts';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id);
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const hanna = await createParticipant(db, unit.id, 'Hanna', 'Lindqvist');
const log: Log = { info() {}, warn() {}, error() {} };
const senders = { email: logAdapter(log), sms: logAdapter(log) };
const publicUrl = 'http://localhost:3000';

const employer = await as(app, coach).post('/api/employers', {
  name: 'Verkstaden i Södertälje',
  offers: ['internship'],
  contacts: [{ name: 'Per Holm', email: 'per@verkstaden.example' }],
});
expect(employer.statusCode, employer.body).toBe(201);
const placement = await as(app, coach).post(`/api/participants/${hanna.id}/placements`, {
  employerId: employer.json().id,
  kind: 'internship',
  supervisorContactName: 'Per Holm',
  startsOn: '2027-03-01',
  endsOn: '2027-05-31',
  hoursPerWeek: 20,
});
expect(placement.statusCode, placement.body).toBe(201);

type Row = {
  participant_id: string;
  kind: string;
  channel: string;
  to_address: string;
  subject: string;
  body: string;
  status: string;
  provider_id: string | null;
};
const evaluationMails = async () =>
  (
    await db.query<Row>(
      `select participant_id, kind, channel, to_address, subject, body, status, provider_id
         from outbox_messages where kind = 'evaluation_reminder' order by created_at, id`,
    )
  ).rows;
const tokenOf = (body: string) => /#token=([\w-]{43})/.exec(body)![1]!;
const open = (token: string) => app.inject({ method: 'GET', url: `/api/evaluations/${token}` });

describe('supervisor evaluation reminders in the job system', () => {
  it('e-mail the supervisor once per interval, with a working link, logged under her', async () => {
    const requested = await as(app, coach).post(
      `/api/participants/${hanna.id}/placements/${placement.json().id}/evaluations`,
      { stage: 'midpoint', dueOn: '2027-04-15' },
    );
    expect(requested.statusCode, requested.body).toBe(201);
    // Her reminders are paused: the supervisor's e-mail is not held by that (it is not a message to her).
    await db.query(
      `insert into reminder_pauses (id, participant_id, unit_id, from_on, reason, created_by)
       values ($1, $2, $3, '2026-01-01', 'Sjuk', $4)`,
      [newId(), hanna.id, unit.id, coach.userId],
    );
    const round = (at: string) => tick(db, senders, new Date(at), { publicUrl, log });

    // Weeks before the due date: nothing.
    await round('2027-03-20T08:00:00Z');
    expect(await evaluationMails()).toEqual([]);

    // Two days before: one e-mail, sent (kept on the machine, OUTBOX=log).
    const first = await round('2027-04-13T08:00:00Z');
    expect(first.outbox.sent).toBeGreaterThanOrEqual(1);
    const [mail, ...others] = await evaluationMails();
    expect(others).toEqual([]);
    expect(mail).toMatchObject({
      participant_id: hanna.id,
      channel: 'email',
      to_address: 'per@verkstaden.example',
      status: 'sent',
      provider_id: 'log',
    });
    expect(mail!.body).toContain('Hannas praktik hos Verkstaden i Södertälje');
    expect(mail!.body).toContain('halvtidsutvärdering');
    expect(mail!.body).toContain('15 april 2027');
    expect(mail!.body).toContain('mid-point evaluation');
    expect(mail!.body).toContain(`${publicUrl}/evaluation#token=`);
    expect(mail!.body + mail!.subject).not.toContain('Lindqvist');

    // The old link stopped working; the one in the e-mail works.
    expect((await open(tokenOf(requested.json().url))).statusCode).toBe(404);
    const form = await open(tokenOf(mail!.body));
    expect(form.statusCode, form.body).toBe(200);
    expect(form.json()).toMatchObject({ participantFirstName: 'Hanna' });

    // Within three days: no second e-mail, however many rounds run (the same hour's scan is one job).
    await round('2027-04-13T08:30:00Z');
    await round('2027-04-14T08:00:00Z');
    await round('2027-04-16T07:00:00Z');
    expect(await evaluationMails()).toHaveLength(1);

    // In her message log.
    const messages = (await as(app, coach).get(`/api/participants/${hanna.id}/messages`)).json();
    expect(messages.map((m: { kind: string }) => m.kind)).toContain('evaluation_reminder');

    // After the interval, overdue: a second one with a new link, and the first link no longer works.
    await round('2027-04-16T09:00:00Z');
    const mails = await evaluationMails();
    expect(mails).toHaveLength(2);
    expect((await open(tokenOf(mails[1]!.body))).statusCode).toBe(200);
    expect((await open(tokenOf(mail!.body))).statusCode).toBe(404);
  });
});
