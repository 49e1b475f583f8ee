import { z } from 'zod';

const Bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('localhost'),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  DATABASE_APP_URL: z.string().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COOKIE_SECURE: Bool.optional(),
  SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  TRUST_PROXY: Bool.default(false),
  AUTH_RATE_LIMIT: z.coerce.number().int().positive().default(20),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_LABEL: z.string().default('Kommunens konto'),
  OIDC_TRUST_MFA: Bool.default(false),
  JOBS: z.enum(['on', 'off']).default('on'),
  REMINDER_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 14)
    .default(24),
  OUTBOX: z.enum(['log', 'send']).default('log'),
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default('Rödtråd <no-reply@localhost>'),
  SMS_URL: z.url().optional(),
  SMS_TOKEN: z.string().optional(),
  SMS_FROM: z.string().max(15).default('Rodtrad'),
});

export type Config = {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Connections to a PostgreSQL server per process; a few per core serve best. */
  databasePoolSize: number;
  /** The restricted login for tenant traffic (a member of rodtrad_app only); optional. */
  databaseAppUrl: string | undefined;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  cookieSecure: boolean;
  sessionHours: number;
  trustProxy: boolean;
  /** Sign-in attempts per minute from one address. */
  authRateLimit: number;
  oidc: {
    issuer: string;
    clientId: string;
    clientSecret: string | undefined;
    label: string;
    trustMfa: boolean;
  } | null;
  /** Whether this process runs the background worker (jobs, reminders, the outbox). */
  jobs: boolean;
  /** How far ahead session reminders go out. */
  reminderHours: number;
  /** log: messages stay in the outbox table, nothing leaves the machine; send: through SMTP and the SMS provider. */
  outbox: {
    mode: 'log' | 'send';
    smtpUrl: string | undefined;
    smtpFrom: string;
    smsUrl: string | undefined;
    smsToken: string | undefined;
    smsFrom: string;
  };
};

/** Reads configuration from the environment; a bad value stops start-up with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.OUTBOX === 'send' && !e.SMTP_URL && !e.SMS_URL) {
    throw new Error('Invalid configuration:\n  OUTBOX: send needs SMTP_URL or SMS_URL (or both)');
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, '');
  const oidc =
    e.OIDC_ISSUER && e.OIDC_CLIENT_ID
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID,
          clientSecret: e.OIDC_CLIENT_SECRET,
          label: e.OIDC_LABEL,
          trustMfa: e.OIDC_TRUST_MFA,
        }
      : null;
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL || undefined,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databaseAppUrl: e.DATABASE_APP_URL || undefined,
    logLevel: e.LOG_LEVEL,
    // Browsers accept Secure cookies on http://localhost, so only a plain-http public host needs them off.
    cookieSecure:
      e.COOKIE_SECURE ?? (publicUrl.startsWith('https:') || new URL(publicUrl).hostname === 'localhost'),
    sessionHours: e.SESSION_HOURS,
    trustProxy: e.TRUST_PROXY,
    authRateLimit: e.AUTH_RATE_LIMIT,
    oidc,
    jobs: e.JOBS === 'on',
    reminderHours: e.REMINDER_HOURS,
    outbox: {
      mode: e.OUTBOX,
      smtpUrl: e.SMTP_URL || undefined,
      smtpFrom: e.SMTP_FROM,
      smsUrl: e.SMS_URL || undefined,
      smsToken: e.SMS_TOKEN || undefined,
      smsFrom: e.SMS_FROM,
    },
  };
}
