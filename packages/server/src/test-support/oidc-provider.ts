/// <reference path="./oidc-provider-module.d.ts" />
/**
 * A real OpenID Connect provider (the certified `oidc-provider`) on 127.0.0.1 for tests of single
 * sign-on, and a browser-like walk through its sign-in and consent pages.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** What the provider knows of a person: its login name maps to these claims. */
export interface ProviderAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/** A running provider. */
export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Seconds an authorization code lives (changeable per test). */
  codeTtl: { seconds: number };
  /** Registers the client's only redirect URI; the provider answers once it is known. */
  allowRedirectTo(redirectUri: string): void;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/** A free port on 127.0.0.1 (for an app whose redirect URI the provider must know first). */
export async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts a provider with one confidential client on a free port of 127.0.0.1. Its redirect URI
 * comes later (`allowRedirectTo`), as the app it serves may need the issuer to start first.
 */
export async function startTestProvider(accounts: Record<string, ProviderAccount>): Promise<TestProvider> {
  let handle: (request: IncomingMessage, response: ServerResponse) => void = (_request, response) => {
    response.statusCode = 503;
    response.end();
  };
  const server = createServer((request, response) => handle(request, response));
  const issuer = `http://127.0.0.1:${await listen(server)}`;
  const codeTtl = { seconds: 60 };
  const clientId = 'pantau';
  const clientSecret = 'rahasia-klien-pantau-untuk-uji';
  return {
    issuer,
    clientId,
    clientSecret,
    codeTtl,
    allowRedirectTo(redirectUri) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
        cookies: { keys: ['kunci-cookie-penyedia-uji'] },
        pkce: { required: () => true },
        ttl: {
          AuthorizationCode: () => codeTtl.seconds,
          AccessToken: 600,
          IdToken: 600,
          Grant: 600,
          Interaction: 600,
          Session: 600,
        },
        features: { devInteractions: { enabled: true } },
        async findAccount(_context, sub) {
          const account = accounts[sub];
          if (!account) return undefined;
          return { accountId: sub, claims: async () => ({ sub, ...account }) };
        },
      });
      handle = provider.callback();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Walks the provider's pages as a browser would: follows redirects, signs in as `login` and
 * consents, until the provider sends the browser to `redirectUri`. Returns that address (with
 * the code and state).
 */
export async function signInAtProvider(authorizationUrl: string, redirectUri: string, login: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = (pair as string).indexOf('=');
      const name = (pair as string).slice(0, at);
      const value = (pair as string).slice(at + 1);
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  let response = await fetch(authorizationUrl, { redirect: 'manual', headers: { cookie: cookie() } });
  for (let step = 0; step < 20; step++) {
    keep(response);
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, response.url || authorizationUrl).href;
      if (next.startsWith(redirectUri)) return next;
      response = await fetch(next, { redirect: 'manual', headers: { cookie: cookie() } });
      continue;
    }
    const page = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    const prompt = /name="prompt" value="([a-z]+)"/.exec(page)?.[1];
    if (!action || !prompt)
      throw new Error(`unexpected page at the provider (${response.status}):\n${page.slice(0, 500)}`);
    const form = new URLSearchParams({ prompt, ...(prompt === 'login' ? { login, password: 'apa-saja' } : {}) });
    response = await fetch(new URL(action, authorizationUrl), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
  }
  throw new Error('the provider did not send the browser back');
}
