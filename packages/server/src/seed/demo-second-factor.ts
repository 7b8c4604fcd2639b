/**
 * The demo admin and verifier sign in with two factors like everyone in their roles. Their
 * authenticator secret is derived from the account's demo password, so whoever was given the
 * password (the start-up banner, a test's PANTAU_DEMO_PASSWORD) can compute the codes too; and
 * `pantau users totp-code` prints the current code of a demo account.
 */
import { SECOND_FACTOR_ROLES } from '@pantau/core';
import type { Executor } from '../db/database.js';
import { confirmSecondFactor, putPendingSecondFactor } from '../db/repositories/second-factor.repository.js';
import { findUserByEmail } from '../db/repositories/user.repository.js';
import { sealWith } from '../services/accounts/second-factor.service.js';
import type { DemoAccount } from './demo-accounts.js';
import { demoSecondFactorSecret } from './demo-totp.js';

/** Whether the demo account in this role is enrolled at seeding. */
export function demoAccountHasSecondFactor(account: Pick<DemoAccount, 'role'>): boolean {
  return SECOND_FACTOR_ROLES.includes(account.role);
}

/** Enrols the demo admin and verifier with their derived secrets, sealed with the server secret. */
export async function enrolDemoSecondFactors(
  trx: Executor,
  accounts: DemoAccount[],
  serverSecret: string,
  at: string,
): Promise<void> {
  for (const account of accounts.filter(demoAccountHasSecondFactor)) {
    const user = await findUserByEmail(trx, account.email);
    if (!user) continue;
    const secret = demoSecondFactorSecret(account.password, account.email);
    await putPendingSecondFactor(trx, user.id, sealWith(serverSecret, secret), at);
    // No step is used yet: the first code the app shows works.
    await confirmSecondFactor(trx, user.id, at, 0);
  }
}
