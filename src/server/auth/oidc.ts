import * as client from 'openid-client';
import type { Config } from '../config.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { SystemCtx } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { hashToken } from '../lib/ids.ts';
import { defaultMembership } from './service.ts';
import { createSession } from './sessions.ts';

type OidcConfig = NonNullable<Config['oidc']>;

const isLocal = (url: string) => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname);

// Discovery once per issuer; a failed discovery is retried on the next sign-in.
const discovered = new Map<string, Promise<client.Configuration>>();

function discover(oidc: OidcConfig): Promise<client.Configuration> {
  const key = `${oidc.issuer}|${oidc.clientId}`;
  let config = discovered.get(key);
  if (!config) {
    config = client
      .discovery(
        new URL(oidc.issuer),
        oidc.clientId,
        oidc.clientSecret,
        undefined,
        // Plain http only for a provider on this machine (development and tests).
        isLocal(oidc.issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: Error) => {
        discovered.delete(key);
        throw new AppError('unavailable', `The sign-in service could not be reached: ${error.message}`);
      });
    discovered.set(key, config);
  }
  return config;
}

export const oidcRedirectUri = (publicUrl: string) => `${publicUrl}/api/auth/oidc/callback`;

/** Starts the authorisation-code flow with PKCE, state and nonce; returns where to send the browser. */
export async function startOidc(db: Queryable, oidc: OidcConfig, publicUrl: string) {
  const config = await discover(oidc);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  await db.query('delete from oidc_states where expires_at < now()');
  await db.query(
    "insert into oidc_states (state_hash, nonce, code_verifier, expires_at) values ($1, $2, $3, now() + interval '10 minutes')",
    [hashToken(state), nonce, codeVerifier],
  );
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: oidcRedirectUri(publicUrl),
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url: url.href, state };
}

// Authentication methods (RFC 8176) that mean the provider already asked for a second factor.
const multiFactor = new Set(['mfa', 'otp', 'hwk', 'swk', 'sms', 'fpt', 'face', 'pin']);

/**
 * Finishes the flow: checks state, PKCE and nonce, then signs in the account with that subject or, the first
 * time, the account with that verified e-mail address. Accounts are never created here: an administrator
 * decides who has a role.
 */
export async function finishOidc(
  ctx: SystemCtx,
  oidc: OidcConfig,
  input: { currentUrl: URL; cookieState: string | undefined; sessionHours: number; userAgent?: string },
) {
  const state = input.currentUrl.searchParams.get('state');
  if (!state || state !== input.cookieState)
    throw new AppError('bad_request', 'The sign-in was started elsewhere or has expired.');
  const { rows } = await ctx.db.query<{ nonce: string; code_verifier: string }>(
    'delete from oidc_states where state_hash = $1 and expires_at > now() returning nonce, code_verifier',
    [hashToken(state)],
  );
  const pending = rows[0];
  if (!pending) throw new AppError('bad_request', 'The sign-in has expired. Try again.');
  const config = await discover(oidc);
  const tokens = await client
    .authorizationCodeGrant(config, input.currentUrl, {
      pkceCodeVerifier: pending.code_verifier,
      expectedState: state,
      expectedNonce: pending.nonce,
    })
    .catch((error: Error) => {
      throw new AppError(
        'unauthenticated',
        `The sign-in service did not confirm the sign-in: ${error.message}`,
      );
    });
  const idClaims = tokens.claims();
  if (!idClaims) throw new AppError('unauthenticated', 'The sign-in service sent no identity.');
  // Providers that follow the spec strictly put scope claims (e-mail) in userinfo, not in the ID token.
  const claims =
    idClaims.email === undefined
      ? { ...(await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)), ...idClaims }
      : idClaims;
  const email =
    typeof claims.email === 'string' && claims.email_verified !== false ? claims.email.toLowerCase() : null;
  const found = await ctx.db.query<{
    id: string;
    organisation_id: string;
    totp_secret: string | null;
    disabled_at: Date | null;
    oidc_subject: string | null;
  }>(
    `select id, organisation_id, totp_secret, disabled_at, oidc_subject from users
      where oidc_subject = $1 or (oidc_subject is null and email = $2) order by oidc_subject is null limit 1`,
    [`${oidc.issuer}#${claims.sub}`, email],
  );
  const user = found.rows[0];
  if (!user || user.disabled_at) {
    await audit(ctx.db, ctx, {
      action: 'auth.oidc',
      outcome: 'failed',
      details: { email, reason: user ? 'disabled' : 'no_account' },
    });
    throw new AppError(
      'no_account',
      'No active Rödtråd account belongs to this sign-in. Ask your administrator.',
    );
  }
  const amr = Array.isArray(claims.amr) ? claims.amr.map(String) : [];
  const secondFactor = oidc.trustMfa && amr.some((m) => multiFactor.has(m));
  return ctx.db.transaction(async (tx) => {
    await tx.query(
      'update users set oidc_subject = $2, last_login_at = case when $3 then now() else last_login_at end where id = $1',
      [user.id, `${oidc.issuer}#${claims.sub}`, secondFactor],
    );
    const membershipId = await defaultMembership(tx, user.id);
    if (!membershipId) throw new AppError('no_role', 'This account has no role in any unit yet.');
    await audit(tx, ctx, {
      action: secondFactor ? 'auth.login' : 'auth.oidc',
      organisationId: user.organisation_id,
      actorUserId: user.id,
      unitId: null,
      details: { amr },
    });
    const session = await createSession(tx, {
      userId: user.id,
      membershipId,
      hours: input.sessionHours,
      ip: ctx.ip,
      userAgent: input.userAgent,
      secondFactor,
    });
    const next = secondFactor ? null : user.totp_secret ? 'totp' : 'totp_enrolment';
    return { ...session, next };
  });
}
