/**
 * State-changing API calls for test set-up (moderating and answering feedback, inviting an account):
 * signs in like a browser and sends the CSRF token with each write.
 */
import { liveDemoCode } from '../../packages/server/src/test-support/live-authenticator';

export interface StaffSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
}

/** Signs in like a browser, passing the second step of the demo admin and verifier with the current code. */
export async function signInRequest(baseUrl: string, email: string, password: string): Promise<Response> {
  let answer = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const first = answer.ok ? ((await answer.clone().json()) as { secondStep?: string; challenge?: string }) : {};
  if (first.secondStep) {
    answer = await fetch(`${baseUrl}/api/auth/second-step`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ challenge: first.challenge, code: await liveDemoCode(baseUrl, email, password) }),
    });
  }
  return answer;
}

/** Signs `email` in on the server at `baseUrl`. */
export async function staffSession(baseUrl: string, email: string, password: string): Promise<StaffSession> {
  const login = await signInRequest(baseUrl, email, password);
  if (!login.ok) throw new Error(`sign-in of ${email} failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string | null };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json', 'x-csrf-token': csrfToken ?? '' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    patch: (path, body) => call('PATCH', path, body),
  };
}

/** Invites an account as `admin`, accepts the invitation with `password`, and returns its e-mail. */
export async function createAccount(
  baseUrl: string,
  admin: StaffSession,
  account: { email: string; name: string; roles: string[]; institutionCode: string | null },
  password: string,
): Promise<string> {
  const invited = await admin.post<{ invitation: { url: string } }>('/api/users', account);
  const token = invited.invitation.url.split('/').pop() ?? '';
  const response = await fetch(`${baseUrl}/api/auth/invitations/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password }),
  });
  if (!response.ok) throw new Error(`accepting the invitation failed: ${response.status} ${await response.text()}`);
  return account.email;
}
