/**
 * Sign-in through the institution's OpenID Connect provider: the authorization-code flow with
 * PKCE, state and nonce. The three checks travel in a short-lived, signed, HttpOnly cookie; the
 * account is the existing active Pantau user whose e-mail the provider has verified — never
 * created here, and its roles stay Pantau's.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as client from 'openid-client';
import type { AppContext } from '../../context.js';
import { findUserByEmail } from '../../db/repositories/user.repository.js';
import { AppError } from '../../errors.js';
import { continueSignIn, type StartedSession } from './auth.service.js';
import type { SecondStepChallenge } from './second-step-challenge.js';
import { serverSecret } from './server-secret.js';

/** The path the provider sends the browser back to (registered at the provider). */
export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';
/** How long a started sign-in may take at the provider. */
export const OIDC_ATTEMPT_MS = 10 * 60_000;

/** Why an SSO sign-in was refused; the sign-in page shows a message for each. */
export type OidcFailure =
  | 'sso_state'
  | 'sso_nonce'
  | 'sso_code'
  | 'sso_unreachable'
  | 'sso_denied'
  | 'sso_no_email'
  | 'sso_unverified_email'
  | 'sso_unknown_email'
  | 'sso_account_disabled'
  | 'sso_failed';

/** A refused SSO sign-in: the route sends the browser to the sign-in page with the reason. */
export class OidcSignInError extends Error {
  constructor(
    readonly reason: OidcFailure,
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

/** The answer to a route of single sign-on on an installation that has not configured it. */
export const SSO_NOT_CONFIGURED = () =>
  new AppError(404, 'sso_not_configured', {
    id: 'Masuk dengan SSO instansi tidak diaktifkan di instalasi ini.',
    en: 'Single sign-on is not enabled on this installation.',
  });

/** What the attempt cookie holds between leaving for the provider and coming back. */
interface Attempt {
  state: string;
  nonce: string;
  verifier: string;
  startedAt: number;
  returnTo: string;
}

const discovered = new WeakMap<object, Promise<client.Configuration>>();

/** The provider's configuration, discovered once per settings object; a failed discovery is retried next time. */
function providerConfiguration(context: AppContext): Promise<client.Configuration> {
  const settings = context.config.oidc;
  if (!settings) throw SSO_NOT_CONFIGURED();
  let configuration = discovered.get(settings);
  if (!configuration) {
    const issuer = new URL(settings.issuer);
    // The configuration only accepts plain HTTP for a provider on this machine (see config.ts).
    const options = issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined;
    configuration = client
      .discovery(
        issuer,
        settings.clientId,
        settings.clientSecret,
        client.ClientSecretBasic(settings.clientSecret),
        options,
      )
      .catch((error: unknown) => {
        discovered.delete(settings);
        throw new OidcSignInError('sso_unreachable', String(error));
      });
    discovered.set(settings, configuration);
  }
  return configuration;
}

async function sign(context: AppContext, payload: string): Promise<string> {
  return createHmac('sha256', `oidc-attempt:${await serverSecret(context)}`)
    .update(payload)
    .digest('base64url');
}

/** Leaving for the provider: where to send the browser, and the attempt cookie to set. */
export async function beginOidcSignIn(
  context: AppContext,
  returnTo: string,
): Promise<{ authorizationUrl: string; cookie: string }> {
  const configuration = await providerConfiguration(context);
  const attempt: Attempt = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
    startedAt: context.clock.now().getTime(),
    returnTo,
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: `${context.config.publicUrl}${OIDC_CALLBACK_PATH}`,
    scope: 'openid email profile',
    state: attempt.state,
    nonce: attempt.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(attempt.verifier),
    code_challenge_method: 'S256',
  });
  const payload = Buffer.from(JSON.stringify(attempt)).toString('base64url');
  return { authorizationUrl: url.href, cookie: `${payload}.${await sign(context, payload)}` };
}

async function readAttempt(context: AppContext, cookie: string | undefined): Promise<Attempt> {
  const [payload, signature] = (cookie ?? '').split('.');
  if (!payload || !signature) throw new OidcSignInError('sso_state', 'no attempt cookie');
  const expected = Buffer.from(await sign(context, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new OidcSignInError('sso_state', 'attempt cookie signature');
  }
  const attempt = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Attempt;
  if (context.clock.now().getTime() - attempt.startedAt > OIDC_ATTEMPT_MS) {
    throw new OidcSignInError('sso_state', 'attempt expired');
  }
  return attempt;
}

/** The error openid-client raised, as the reason the person is shown. */
function failureOf(error: unknown): OidcSignInError {
  if (error instanceof OidcSignInError) return error;
  if (error instanceof client.ResponseBodyError && error.error === 'invalid_grant') {
    return new OidcSignInError('sso_code', error.error_description ?? error.message);
  }
  if (error instanceof client.AuthorizationResponseError) {
    return new OidcSignInError('sso_denied', error.error_description ?? error.error);
  }
  if (error instanceof client.ClientError) {
    const claim = (error.cause as { cause?: { claim?: string } } | undefined)?.cause?.claim;
    if (claim === 'nonce') return new OidcSignInError('sso_nonce', error.message);
    if (/"state"/.test(String((error.cause as Error | undefined)?.message))) {
      return new OidcSignInError('sso_state', error.message);
    }
  }
  // fetch() failing to connect raises a TypeError ("fetch failed").
  if (error instanceof TypeError) return new OidcSignInError('sso_unreachable', String(error.cause ?? error));
  return new OidcSignInError('sso_failed', String(error));
}

/**
 * Coming back from the provider: checks state, nonce and PKCE, redeems the code, matches the
 * verified e-mail to an active account and starts its session.
 */
export async function completeOidcSignIn(
  context: AppContext,
  input: {
    /** The path and query the provider sent the browser back to. */
    requestUrl: string;
    attemptCookie: string | undefined;
    ip: string;
    userAgent: string | null;
    previousSession: string | null;
  },
): Promise<{ session: StartedSession | SecondStepChallenge; returnTo: string }> {
  try {
    const attempt = await readAttempt(context, input.attemptCookie);
    const callbackUrl = new URL(input.requestUrl, context.config.publicUrl);
    if (callbackUrl.searchParams.has('error')) {
      throw new OidcSignInError('sso_denied', callbackUrl.searchParams.get('error') as string);
    }
    if (callbackUrl.searchParams.get('state') !== attempt.state) throw new OidcSignInError('sso_state', 'state');
    const configuration = await providerConfiguration(context);
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: attempt.verifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new OidcSignInError('sso_failed', 'no ID token');
    // Many providers put the e-mail in the ID token; the others answer it at the userinfo endpoint.
    const claims =
      typeof idClaims.email === 'string'
        ? idClaims
        : await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
    if (typeof claims.email !== 'string') throw new OidcSignInError('sso_no_email', idClaims.sub);
    if (claims.email_verified !== true) throw new OidcSignInError('sso_unverified_email', claims.email);
    const user = await findUserByEmail(context.database.db, claims.email);
    if (!user) throw new OidcSignInError('sso_unknown_email', claims.email);
    if (user.status !== 'active') throw new OidcSignInError('sso_account_disabled', claims.email);
    // The provider stands for the password: an account with an authenticator still gives its code.
    const session = await continueSignIn(context, user.id, {
      method: 'oidc',
      ip: input.ip,
      userAgent: input.userAgent,
      previousSession: input.previousSession,
      auditDetail: { issuer: configuration.serverMetadata().issuer, subject: idClaims.sub },
    });
    return { session, returnTo: attempt.returnTo };
  } catch (error) {
    throw failureOf(error);
  }
}
