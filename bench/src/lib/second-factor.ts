/**
 * The second sign-in step for bench accounts, as their holders would pass it: an admin (whose role
 * requires two-factor sign-in) enrols an authenticator on its first sign-in; later sign-ins send
 * the current code, never a time step already sent (the server refuses a code twice).
 */
import { Secret, TOTP } from 'otpauth';

interface Phone {
  secret: string;
  lastStep: number;
}

const phones = new Map<string, Phone>();

/** A fresh code of `email`'s authenticator, waiting for the next time step when this one was sent. */
export async function nextCode(email: string): Promise<string> {
  const phone = phones.get(email);
  if (!phone) throw new Error(`${email} has a second factor the bench did not enrol`);
  for (;;) {
    const step = Math.floor(Date.now() / 30_000);
    if (step > phone.lastStep) {
      phone.lastStep = step;
      return new TOTP({ secret: Secret.fromBase32(phone.secret), period: 30, digits: 6 }).generate({
        timestamp: step * 30_000,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 50));
  }
}

/** Keeps the secret of a new enrolment, so `nextCode` can answer for it. */
export function rememberSecret(email: string, secret: string): void {
  phones.set(email, { secret, lastStep: -1 });
}
