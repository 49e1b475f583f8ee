import type { Transporter } from 'nodemailer';
import type { Config } from '../config.ts';
import type { Log } from '../jobs/queue.ts';

export type OutgoingMessage = {
  id: string;
  channel: 'email' | 'sms';
  toAddress: string;
  subject: string | null;
  body: string;
};

/** Sends one message and answers the provider's id for it; throws when the provider refuses or is away. */
export type Adapter = { send(message: OutgoingMessage): Promise<{ providerId: string }> };

/** One adapter per channel; null when nothing is configured for it. */
export type Senders = { email: Adapter | null; sms: Adapter | null };

/** OUTBOX=log: nothing leaves the machine. The message stays in the outbox table, marked with provider `log`. */
export function logAdapter(log: Log): Adapter {
  return {
    async send(message) {
      // The id only: addresses and text stay in the database, not in the log files.
      log.info(
        { messageId: message.id, channel: message.channel },
        'outbox: message kept on this machine (OUTBOX=log)',
      );
      return { providerId: 'log' };
    },
  };
}

/** E-mail through an SMTP server (SMTP_URL, e.g. smtps://user:pass@smtp.example.se:465). */
export function smtpAdapter(options: { url: string; from: string }): Adapter {
  let transport: Promise<Transporter> | undefined;
  return {
    async send(message) {
      // Loaded on first use only, like the other optional drivers.
      transport ??= import('nodemailer').then((m) => m.default.createTransport(options.url));
      const info = await (
        await transport
      ).sendMail({
        from: options.from,
        to: message.toAddress,
        subject: message.subject ?? '',
        text: message.body,
      });
      return { providerId: String(info.messageId ?? message.id) };
    },
  };
}

/**
 * SMS through an HTTP provider: a JSON POST of `{ from, to, message }` to SMS_URL with `Authorization: Bearer
 * SMS_TOKEN`; any 2xx answer is success, and its JSON `id` (if any) is kept as the provider's id.
 */
export function smsAdapter(options: {
  url: string;
  token: string | undefined;
  from: string;
  timeoutMs?: number;
}): Adapter {
  return {
    async send(message) {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({ from: options.from, to: message.toAddress, message: message.body }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`SMS provider answered ${response.status}: ${text.slice(0, 200)}`);
      let id: unknown;
      try {
        id = (JSON.parse(text) as { id?: unknown }).id;
      } catch {
        id = undefined;
      }
      return { providerId: typeof id === 'string' || typeof id === 'number' ? String(id) : message.id };
    },
  };
}

/** The adapters the configuration asks for: all `log` by default, real providers with OUTBOX=send. */
export function sendersFromConfig(outbox: Config['outbox'], log: Log): Senders {
  if (outbox.mode === 'log') {
    const adapter = logAdapter(log);
    return { email: adapter, sms: adapter };
  }
  return {
    email: outbox.smtpUrl ? smtpAdapter({ url: outbox.smtpUrl, from: outbox.smtpFrom }) : null,
    sms: outbox.smsUrl
      ? smsAdapter({ url: outbox.smsUrl, token: outbox.smsToken, from: outbox.smsFrom })
      : null,
  };
}
