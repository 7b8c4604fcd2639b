/**
 * Single sign-on: "Masuk dengan <provider>" on the sign-in page, through a real OpenID provider's
 * sign-in and consent pages, back into the workspace; an e-mail without a Pantau account is told
 * what to do, on the sign-in page.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../../packages/server/src/test-support/oidc-provider';
import { IdentityProviderPage } from '../pages/identity-provider-page';
import { SignInPage } from '../pages/sign-in-page';
import { WorkspacePage } from '../pages/workspace-page';
import { DEMO_ACCOUNTS } from '../support/accounts';
import { closeBrowser, launchBrowser, newPage } from '../support/browser';
import { startServer, type TestServer } from '../support/server';

let provider: TestProvider;
let server: TestServer;

beforeAll(async () => {
  provider = await startTestProvider({
    pic: { email: DEMO_ACCOUNTS.contributor, email_verified: true, name: 'PIC Bappeda' },
    tamu: { email: 'tamu@jabarprov.go.id', email_verified: true },
  });
  [server] = await Promise.all([
    startServer({
      publicUrl: true,
      env: {
        PANTAU_OIDC_ISSUER: provider.issuer,
        PANTAU_OIDC_CLIENT_ID: provider.clientId,
        PANTAU_OIDC_CLIENT_SECRET: provider.clientSecret,
        PANTAU_OIDC_NAME: 'SSO Jabar',
      },
    }),
    launchBrowser(),
  ]);
  provider.allowRedirectTo(`${server.url}/api/auth/oidc/callback`);
});

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
  await provider?.close();
});

it('signs a contributor in through the provider and lands in the workspace, on a phone', async () => {
  const page = await newPage(server.url, { width: 390, height: 844 });
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.layout.main.getByRole('link', { name: 'Masuk dengan SSO Jabar' }).click();
  await new IdentityProviderPage(page).signInAndConsent('pic');
  await new WorkspacePage(page).heading.waitFor();
  expect(new URL(page.url()).pathname).toBe('/kerja');
  await page.context().close();
});

it('tells a person whose e-mail has no Pantau account to ask for an invitation, in both languages', async () => {
  const page = await newPage(server.url);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.layout.main.getByRole('link', { name: 'Masuk dengan SSO Jabar' }).click();
  await new IdentityProviderPage(page).signInAndConsent('tamu');
  await signIn.error.filter({ hasText: 'Tidak ada akun Pantau dengan alamat e-mail' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/masuk');
  // The same reason in English.
  await signIn.layout.useEnglish();
  await signIn.error.filter({ hasText: 'No Pantau account has the e-mail address' }).waitFor();
  await page.context().close();
});
