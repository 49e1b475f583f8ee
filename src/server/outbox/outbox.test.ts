import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#server/config.ts';
import { backoffMs, type Log } from '#server/jobs/queue.ts';
import { createTestDb } from '#tests/db.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { logAdapter, sendersFromConfig, smsAdapter, smtpAdapter } from './adapters.ts';
import { addMessage, deliverOutbox, maxSendAttempts, type NewMessage } from './delivery.ts';

const db = await createTestDb();
afterAll(() => db.close());
const log: Log = { info() {}, warn() {}, error() {} };
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id);
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');
const t0 = new Date('2030-03-04T08:00:00Z');

const message = (over: Partial<NewMessage> = {}): NewMessage => ({
  unitId: unit.id,
  participantId: amina.id,
  kind: 'session_reminder',
  dedupeKey: null,
  channel: 'sms',
  toAddress: '+46701234567',
  language: 'sv',
  subject: null,
  body: 'Hej Amina! Påminnelse: Svenska tisdag 5 mars kl. 09:00.',
  ...over,
});

const row = async (id: string) =>
  (
    await db.query<{
      status: string;
      attempts: number;
      last_error: string | null;
      provider_id: string | null;
      sent_at: Date | null;
      next_attempt_at: Date;
    }>(
      'select status, attempts, last_error, provider_id, sent_at, next_attempt_at from outbox_messages where id = $1',
      [id],
    )
  ).rows[0]!;

async function listen(server: http.Server | SMTPServer): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = (server instanceof http.Server ? server : server.server).address() as AddressInfo;
  return address.port;
}

describe('the outbox', () => {
  it('adds one message per dedupe key', async () => {
    expect(await addMessage(db, message({ dedupeKey: 'x:1' }))).toBeTruthy();
    expect(await addMessage(db, message({ dedupeKey: 'x:1' }))).toBeNull();
    await db.query('delete from outbox_messages');
  });

  it('with OUTBOX=log keeps every message on the machine, marked sent by `log`', async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    expect(config.outbox.mode).toBe('log');
    const senders = sendersFromConfig(config.outbox, log);
    const sms = (await addMessage(db, message()))!;
    const email = (await addMessage(db, message({ channel: 'email', toAddress: 'amina@example.test' })))!;
    expect(await deliverOutbox(db, senders, t0, log)).toEqual({ sent: 2, retried: 0, failed: 0, held: 0 });
    for (const id of [sms, email])
      expect(await row(id)).toMatchObject({ status: 'sent', provider_id: 'log' });
    expect(await deliverOutbox(db, senders, t0, log)).toEqual({ sent: 0, retried: 0, failed: 0, held: 0 });
    expect(() => loadConfig({ OUTBOX: 'send' })).toThrow(/SMTP_URL or SMS_URL/);
  });

  it('holds a message for someone whose reminders are paused that day', async () => {
    await db.query(
      `insert into reminder_pauses (id, participant_id, unit_id, from_on, until_on, reason, created_by)
       values (gen_random_uuid(), $1, $2, '2030-03-01', '2030-03-04', 'Sjukskriven', $3)`,
      [amina.id, unit.id, coach.userId],
    );
    const id = (await addMessage(db, message()))!;
    const senders = { email: logAdapter(log), sms: logAdapter(log) };
    expect((await deliverOutbox(db, senders, t0, log)).held).toBe(1);
    expect(await row(id)).toMatchObject({ status: 'held', attempts: 0, sent_at: null });
    await db.query('delete from reminder_pauses');
  });

  it('sends e-mail through a real SMTP server', async () => {
    const received: { to: string[]; data: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    const port = await listen(server);
    try {
      const adapter = smtpAdapter({
        url: `smtp://127.0.0.1:${port}`,
        from: 'Rödtråd <no-reply@kommun.test>',
      });
      const id = (await addMessage(
        db,
        message({ channel: 'email', toAddress: 'amina@example.test', subject: 'Påminnelse: Svenska' }),
      ))!;
      expect(await deliverOutbox(db, { email: adapter, sms: null }, t0, log)).toMatchObject({ sent: 1 });
      expect(received).toHaveLength(1);
      expect(received[0]!.to).toEqual(['amina@example.test']);
      expect(received[0]!.data).toMatch(/^Subject: =\?UTF-8\?/m);
      expect(received[0]!.data).toContain('Hej Amina');
      const sent = await row(id);
      expect(sent.status).toBe('sent');
      expect(sent.provider_id).toMatch(/@/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('sends SMS through an HTTP provider, retrying with backoff after it answers 500', async () => {
    const requests: { auth: string | undefined; body: unknown }[] = [];
    let failures = 1;
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        requests.push({ auth: req.headers.authorization, body: JSON.parse(body) });
        if (failures-- > 0) {
          res.writeHead(500).end('temporarily down');
        } else {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'sms-42' }));
        }
      });
    });
    const port = await listen(server);
    try {
      const config = loadConfig({
        OUTBOX: 'send',
        SMS_URL: `http://127.0.0.1:${port}/sms`,
        SMS_TOKEN: 'secret-token',
        SMS_FROM: 'Kommunen',
      });
      const senders = sendersFromConfig(config.outbox, log);
      expect(senders.email).toBeNull();
      const id = (await addMessage(db, message()))!;
      expect(await deliverOutbox(db, senders, t0, log)).toMatchObject({ sent: 0, retried: 1 });
      let r = await row(id);
      expect(r).toMatchObject({ status: 'pending', attempts: 1 });
      expect(r.last_error).toMatch(/500: temporarily down/);
      expect(r.next_attempt_at.getTime()).toBe(t0.getTime() + backoffMs(1));
      // Not again before the backoff.
      expect((await deliverOutbox(db, senders, new Date(t0.getTime() + 1000), log)).sent).toBe(0);
      expect(await deliverOutbox(db, senders, r.next_attempt_at, log)).toMatchObject({ sent: 1 });
      r = await row(id);
      expect(r).toMatchObject({ status: 'sent', attempts: 2, provider_id: 'sms-42', last_error: null });
      expect(requests).toHaveLength(2);
      expect(requests[1]).toEqual({
        auth: 'Bearer secret-token',
        body: { from: 'Kommunen', to: '+46701234567', message: message().body },
      });

      // A provider that never answers well: failed after the last attempt, with its error.
      failures = 100;
      const doomed = (await addMessage(db, message()))!;
      let at = t0;
      for (let i = 0; i < maxSendAttempts; i++) {
        await deliverOutbox(db, senders, at, log);
        at = (await row(doomed)).next_attempt_at;
      }
      expect(await row(doomed)).toMatchObject({ status: 'failed', attempts: maxSendAttempts });
      expect((await row(doomed)).last_error).toMatch(/500/);
      // A message for a channel with no provider fails with a clear error.
      const email = (await addMessage(db, message({ channel: 'email', toAddress: 'a@example.test' })))!;
      await deliverOutbox(db, senders, at, log);
      expect((await row(email)).last_error).toBe('no provider is configured for email (OUTBOX=send)');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('has an SMS adapter that reports a provider it cannot reach', async () => {
    const adapter = smsAdapter({
      url: 'http://127.0.0.1:9/none',
      token: undefined,
      from: 'X',
      timeoutMs: 2000,
    });
    await expect(
      adapter.send({ id: 'm', channel: 'sms', toAddress: '+46700000000', subject: null, body: 'x' }),
    ).rejects.toThrow();
  });
});
