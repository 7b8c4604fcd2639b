/** Signing in through the sign-in page, as a person does. */
import type { Page } from 'playwright-core';
import { SignInPage } from '../pages/sign-in-page';
import { WorkspacePage } from '../pages/workspace-page';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoRole } from './accounts';

/** Signs `role` in from /masuk and waits for the workspace home. */
export async function signInAs(page: Page, role: DemoRole): Promise<WorkspacePage> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO_ACCOUNTS[role], DEMO_PASSWORD);
  const workspace = new WorkspacePage(page);
  await workspace.heading.waitFor();
  return workspace;
}
