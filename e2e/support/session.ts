/** Signing in through the sign-in page, as a person does. */
import type { Cookie, Page } from 'playwright-core';
import { isTwoStepDemoAccount } from '../../packages/server/src/test-support/live-authenticator';
import { SignInPage } from '../pages/sign-in-page';
import { WorkspacePage } from '../pages/workspace-page';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoRole } from './accounts';

/**
 * The sessions of the demo admin and verifier, per server. Their sign-in takes an authenticator
 * code, and a server accepts each code once: signing them in for every test would wait for new
 * codes. So, as a browser that stays signed in, later tests take the kept session cookie; a
 * session that has ended since (signed out) is signed in again through the page.
 */
const kept = new Map<string, Cookie[]>();

/** Signs `role` in from /masuk (or, for the demo admin and verifier, with the kept session) and waits for the workspace home. */
export async function signInAs(page: Page, role: DemoRole): Promise<WorkspacePage> {
  const email = DEMO_ACCOUNTS[role];
  const signIn = new SignInPage(page);
  const workspace = new WorkspacePage(page);
  await signIn.goto();
  const key = `${new URL(page.url()).origin}|${email}`;
  const cookies = kept.get(key);
  if (cookies) {
    await page.context().addCookies(cookies);
    // The app's "signed in on this browser" hint (auth/session.ts), as after a sign-in here.
    await page.evaluate(() => window.localStorage.setItem('pantau.signedIn', '1'));
    await page.goto('/kerja');
    // The home, or the sign-in page when the kept session has ended (either wait ends quietly).
    const home = await Promise.race([
      workspace.heading.waitFor().then(
        () => true,
        () => false,
      ),
      signIn.heading.waitFor().then(
        () => false,
        () => true,
      ),
    ]);
    if (home) return workspace;
    kept.delete(key);
    await page.context().clearCookies();
    await signIn.goto();
  }
  await signIn.signIn(email, DEMO_PASSWORD);
  await workspace.heading.waitFor();
  if (isTwoStepDemoAccount(email)) {
    kept.set(
      key,
      (await page.context().cookies()).filter((cookie) => cookie.name === 'pantau_session'),
    );
  }
  return workspace;
}
