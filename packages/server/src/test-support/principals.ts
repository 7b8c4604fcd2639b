/** Signed-in test users and a helper to call the API as them (cookie + CSRF token). */
import type { Role } from '@pantau/core';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { systemActor } from '../audit/actor.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { createUser } from '../services/accounts/user.service.js';
import { rememberClock } from './app.js';
import { authenticatorOf, enrolAuthenticator, nextProof } from './authenticator.js';

/** A password every test account accepts. */
export const TEST_PASSWORD = 'kopi-tubruk-di-pagi-hari';

/** A signed-in user (or anonymous when `cookie` is null). */
export interface Principal {
  name: string;
  userId: number | null;
  email: string | null;
  roles: Role[];
  institutionCode: string | null;
  /** Aksi codes (2025–2026) a verifier judges. */
  verifierAksi: string[];
  cookie: string | null;
  csrfToken: string | null;
}

export const ANONYMOUS: Principal = {
  name: 'anonymous',
  userId: null,
  email: null,
  roles: [],
  institutionCode: null,
  verifierAksi: [],
  cookie: null,
  csrfToken: null,
};

/**
 * Signs in through the API and returns the session cookie and CSRF token, passing the second step
 * as the account holder would: with the code of its authenticator, enrolled here on the first
 * sign-in of an account whose role requires one (as the web app sends such an account to enrol).
 */
export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD) {
  let response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${response.body}`);
  if ('secondStep' in response.json()) {
    const phone = authenticatorOf(app, email, password);
    if (!phone) throw new Error(`${email} has a second factor the test helpers did not enrol`);
    response = await app.inject({
      method: 'POST',
      url: '/api/auth/second-step',
      payload: { challenge: response.json().challenge, ...nextProof(app, phone) },
    });
    if (response.statusCode !== 200) throw new Error(`second step failed for ${email}: ${response.body}`);
  }
  const cookie = response.cookies.find((c) => c.name === 'pantau_session');
  const session = {
    cookie: `pantau_session=${cookie?.value}`,
    csrfToken: response.json().csrfToken as string,
    body: response.json(),
  };
  const state = await app.inject({
    method: 'GET',
    url: '/api/account/second-factor',
    headers: { cookie: session.cookie },
  });
  if (state.statusCode === 200 && state.json().required && !state.json().enrolled) {
    await enrolAuthenticator(app, email, session);
  }
  return session;
}

/** Creates an active account and signs it in. */
export async function createPrincipal(
  app: FastifyInstance,
  database: Database,
  clock: Clock,
  spec: { name: string; roles: Role[]; institutionCode?: string | null; verifierAksi?: string[] },
): Promise<Principal> {
  // The app runs on `clock`: its authenticator codes follow it (also for apps built without buildTestApp).
  rememberClock(app, clock);
  const email = `${spec.name.replace(/[^a-z0-9]+/gi, '.').toLowerCase()}@uji.pantau.id`;
  const userId = await createUser(database.db, clock, systemActor('test'), {
    email,
    name: `Uji ${spec.name}`,
    roles: spec.roles,
    institutionCode: spec.institutionCode ?? null,
    verifierAksi: spec.verifierAksi ?? [],
    contributorOutputs: [],
    period: spec.verifierAksi ? '2025-2026' : undefined,
    locale: 'id',
    password: TEST_PASSWORD,
  });
  const session = await signIn(app, email);
  return {
    name: spec.name,
    userId,
    email,
    roles: spec.roles,
    institutionCode: spec.institutionCode ?? null,
    verifierAksi: spec.verifierAksi ?? [],
    cookie: session.cookie,

    csrfToken: session.csrfToken,
  };
}

/** Calls the API as `principal`, sending its cookie and (for writes) its CSRF token. */
export function callAs(app: FastifyInstance, principal: Principal, options: InjectOptions) {
  const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
  if (principal.cookie) headers.cookie = principal.cookie;
  if (principal.csrfToken) headers['x-csrf-token'] = principal.csrfToken;
  return app.inject({ ...options, headers });
}
