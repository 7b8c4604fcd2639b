/**
 * The second sign-in step against a running server (browser tests, the deployment test), as an
 * authenticator app on the same clock does it: a code of a demo account, derived from its demo
 * password. A server never accepts a step twice but accepts one step of clock drift either way, so
 * when this process already sent the current step for the account it sends the next one, and only
 * when that too was sent does it wait, as a person waits for the next code.
 */
import { demoSecondFactorSecret, totpCodeAt } from '../seed/demo-totp.js';

const lastSent = new Map<string, number>();

/** A code for `email` on the server at `base` that this process has not sent before. */
export async function liveDemoCode(base: string, email: string, password: string): Promise<string> {
  const key = `${base}|${email.toLowerCase()}`;
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    // Within the last 2 s of a step the code may arrive after it ends; the next one is safer.
    const late = Date.now() % 30_000 > 28_000;
    const step = Math.max(late ? now + 1 : now, (lastSent.get(key) ?? -1) + 1);
    if (step <= now + 1) {
      lastSent.set(key, step);
      return totpCodeAt(demoSecondFactorSecret(password, email), step);
    }
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 50));
  }
}

/** Whether a demo account of this e-mail signs in with a second step. */
export function isTwoStepDemoAccount(email: string): boolean {
  return /^(admin|verifikator)@demo\.pantau\.id$/i.test(email);
}
