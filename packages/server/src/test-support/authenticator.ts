/**
 * The second sign-in step in server tests, done as an account holder's authenticator app does:
 * accounts that must enrol are enrolled through the API on their first sign-in, and later
 * sign-ins answer with the code of the app's clock (never a step already used, as the server
 * refuses those), or a recovery code when the clock allows no fresh code.
 */
import type { FastifyInstance } from 'fastify';
import { DEMO_EMAIL_DOMAIN } from '../seed/demo-marker.js';
import { demoSecondFactorSecret, totpCodeAt } from '../seed/demo-totp.js';
import { clockOf } from './app.js';

/** What a test account's phone holds. */
export interface Authenticator {
  secret: string;
  recoveryCodes: string[];
  /** The last time step a code was sent for (the server refuses it and older ones). */
  lastStep: number;
}

const phones = new WeakMap<FastifyInstance, Map<string, Authenticator>>();

function phonesOf(app: FastifyInstance): Map<string, Authenticator> {
  let map = phones.get(app);
  if (!map) {
    map = new Map();
    phones.set(app, map);
  }
  return map;
}

/** The authenticator enrolled for `email` on `app` by these helpers (or a demo account's). */
export function authenticatorOf(app: FastifyInstance, email: string, password?: string): Authenticator | undefined {
  const known = phonesOf(app).get(email.toLowerCase());
  if (known || !password || !email.toLowerCase().endsWith(`@${DEMO_EMAIL_DOMAIN}`)) return known;
  const demo = { secret: demoSecondFactorSecret(password, email), recoveryCodes: [], lastStep: 0 };
  phonesOf(app).set(email.toLowerCase(), demo);
  return demo;
}

/** Forgets an account's authenticator (after it was disabled or reset). */
export function forgetAuthenticator(app: FastifyInstance, email: string): void {
  phonesOf(app).delete(email.toLowerCase());
}

const step = (at: Date) => Math.floor(at.getTime() / 30_000);

/** The code the app shows at time step `s`. */
export const codeAt = totpCodeAt;

/** A fresh code (the earliest unused step within the server's window) or else a recovery code. */
export function nextProof(app: FastifyInstance, phone: Authenticator): { code: string } | { recoveryCode: string } {
  const now = step(clockOf(app).now());
  const fresh = [now - 1, now, now + 1].find((s) => s > phone.lastStep);
  if (fresh !== undefined) {
    phone.lastStep = fresh;
    return { code: codeAt(phone.secret, fresh) };
  }
  const recoveryCode = phone.recoveryCodes.shift();
  if (!recoveryCode) throw new Error('the test authenticator has no fresh code and no recovery code left');
  return { recoveryCode };
}

interface Session {
  cookie: string;
  csrfToken: string;
}

/** Enrols an authenticator for the signed-in account through the API and keeps it on the "phone". */
export async function enrolAuthenticator(
  app: FastifyInstance,
  email: string,
  session: Session,
): Promise<Authenticator> {
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
  const started = await app.inject({ method: 'POST', url: '/api/account/second-factor/enrolment', headers });
  if (started.statusCode !== 201) throw new Error(`enrolment of ${email} failed: ${started.body}`);
  const phone: Authenticator = { secret: started.json().secret, recoveryCodes: [], lastStep: -1 };
  const proof = nextProof(app, phone);
  const confirmed = await app.inject({
    method: 'POST',
    url: '/api/account/second-factor/confirmation',
    headers,
    payload: proof,
  });
  if (confirmed.statusCode !== 200) throw new Error(`enrolment of ${email} was refused: ${confirmed.body}`);
  phone.recoveryCodes = confirmed.json().recoveryCodes;
  phonesOf(app).set(email.toLowerCase(), phone);
  return phone;
}
