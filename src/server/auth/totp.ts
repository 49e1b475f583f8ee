import { Secret, TOTP } from 'otpauth';

const period = 30;

const totpFor = (secret: string, label = '') =>
  new TOTP({
    issuer: 'Rödtråd',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period,
    secret: Secret.fromBase32(secret),
  });

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

export async function totpEnrolment(secret: string, label: string) {
  const otpauthUrl = totpFor(secret, label).toString();
  const { default: QRCode } = await import('qrcode'); // only needed at enrolment
  const qrDataUrl = await QRCode.toDataURL(otpauthUrl, { margin: 1, errorCorrectionLevel: 'M', width: 240 });
  return { secret, otpauthUrl, qrDataUrl };
}

/**
 * Checks a code against the current step, allowing one step of clock drift either way.
 * Returns the step it matched so a code can never be used twice (the caller stores the last step).
 */
export function matchTotp(secret: string, code: string, now = Date.now()): number | null {
  const delta = totpFor(secret).validate({ token: code, window: 1, timestamp: now });
  return delta === null ? null : Math.floor(now / 1000 / period) + delta;
}

/** For tests and the demo: the code an authenticator app would show. */
export const currentTotp = (secret: string, now = Date.now()): string =>
  totpFor(secret).generate({ timestamp: now });
