/**
 * What an authenticator app computes for the demo accounts: the secret derived from an account's
 * demo password, and the RFC 6238 code of a time step. Only `node:crypto` and `otpauth`, so the
 * browser and deployment tests can compute codes without the server's modules.
 */
import { createHmac } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** The authenticator secret (base32) of the demo account `email` with demo password `password`. */
export function demoSecondFactorSecret(password: string, email: string): string {
  const bytes = createHmac('sha256', password).update(`pantau-demo-totp:${email.toLowerCase()}`).digest();
  return new Secret({ buffer: Uint8Array.from(bytes.subarray(0, 20)).buffer }).base32;
}

/** The 6-digit code of `secret` (base32) at 30-second time step `step`. */
export function totpCodeAt(secret: string, step: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: step * 30_000,
  });
}
