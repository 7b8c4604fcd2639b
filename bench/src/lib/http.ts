/** A signed-in API client over real HTTP (fetch on 127.0.0.1), timing every request. */
import { randomBytes } from 'node:crypto';
import { nextCode, rememberSecret } from './second-factor.js';

export interface Response<T = unknown> {
  status: number;
  body: T;
  ms: number;
  headers: Headers;
}

/** Calls the API with an optional session (cookie + CSRF token). */
export class Client {
  constructor(
    readonly base: string,
    private cookie: string | null = null,
    private csrf: string | null = null,
  ) {}

  /** Signs in and returns a client carrying the session. */
  static async signIn(base: string, email: string, password: string): Promise<Client> {
    const client = new Client(base);
    let response = await client.request<{ csrfToken: string; secondStep?: string; challenge?: string }>(
      'POST',
      '/api/auth/login',
      { json: { email, password } },
    );
    if (response.status === 200 && response.body.secondStep) {
      response = await client.request('POST', '/api/auth/second-step', {
        json: { challenge: response.body.challenge, code: await nextCode(email) },
      });
    }
    if (response.status !== 200)
      throw new Error(`sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    client.csrf = response.body.csrfToken;
    await client.enrolWhenRequired(email);
    return client;
  }

  /** An account whose role requires a second factor enrols one first, as the web app makes it. */
  private async enrolWhenRequired(email: string): Promise<void> {
    const state = await this.request<{ required: boolean; enrolled: boolean }>('GET', '/api/account/second-factor');
    if (state.status !== 200 || !state.body.required || state.body.enrolled) return;
    const started = await this.request<{ secret: string }>('POST', '/api/account/second-factor/enrolment');
    rememberSecret(email, started.body.secret);
    const confirmed = await this.request('POST', '/api/account/second-factor/confirmation', {
      json: { code: await nextCode(email) },
    });
    if (confirmed.status !== 200) throw new Error(`enrolment of ${email} failed: ${JSON.stringify(confirmed.body)}`);
  }

  async request<T = unknown>(
    method: string,
    path: string,
    options: { json?: unknown; body?: Buffer; headers?: Record<string, string>; timeoutMs?: number } = {},
  ): Promise<Response<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    let body: string | Buffer | undefined = options.body;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    const send = () =>
      fetch(`${this.base}${path}`, {
        method,
        headers,
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
    let started = performance.now();
    const response = await send().catch((error: unknown) => {
      // A pooled keep-alive connection that the server closed while this process was blocked (a
      // synchronous GROUP BY on a busy machine) fails before any answer: once more, on a new one.
      if (!isClosedConnection(error)) throw error;
      started = performance.now();
      return send();
    });
    const text = await response.text();
    const elapsed = performance.now() - started;
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('pantau_session='));
    if (setCookie) this.cookie = setCookie.split(';')[0] as string;
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: response.status, body: parsed as T, ms: elapsed, headers: response.headers };
  }
}

/** Whether fetch failed because the server had closed the connection it reused. */
function isClosedConnection(error: unknown): boolean {
  return error instanceof TypeError && (error.cause as { code?: string } | undefined)?.code === 'UND_ERR_SOCKET';
}

/** A multipart/form-data body with one file in the field "file". */
export function multipart(
  fileName: string,
  content: Buffer,
  contentType = 'application/pdf',
): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----pantaubench${randomBytes(8).toString('hex')}`;
  return {
    body: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A PDF of about `bytes` bytes, different every time (so every upload is a new stored file). */
export function uniquePdf(bytes: number): Buffer {
  const head = '%PDF-1.4\n';
  const tail =
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n' +
    'trailer\n<< /Root 1 0 R >>\n%%EOF\n';
  const fill = Math.max(0, bytes - head.length - tail.length);
  // Comment lines of random hex: valid PDF syntax, incompressible content.
  const hex = randomBytes(Math.ceil(fill / 2))
    .toString('hex')
    .slice(0, fill);
  const lines = hex.match(/.{1,78}/g)?.map((line) => `%${line.slice(0, 77)}`) ?? [];
  return Buffer.from(`${head}${lines.join('\n')}\n${tail}`, 'latin1');
}
