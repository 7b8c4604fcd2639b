/**
 * A browser-like HTTPS client for the deployment test: trusts only the test's own certificate,
 * keeps the session cookie and CSRF token, and reads whole answers. (fetch in Node 20 takes no
 * certificate authority, hence node:https.) Also one HTTP/2 request, to see what nginx negotiates.
 */

import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:http2';
import { request as httpsRequest } from 'node:https';
import { liveDemoCode } from '../../packages/server/src/test-support/live-authenticator.js';

/** One whole answer. */
export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON (null when it is not JSON). The tests check the shapes they read. */
  // biome-ignore lint/suspicious/noExplicitAny: test answers are read field by field and asserted
  json: any;
}

export interface CallOptions {
  json?: unknown;
  body?: Buffer;
  headers?: Record<string, string>;
}

function answerOf(status: number, headers: IncomingHttpHeaders, body: Buffer): Answer {
  const text = body.toString('utf8');
  let json: unknown = null;
  if (String(headers['content-type'] ?? '').includes('json')) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  return { status, headers, text, json };
}

/** A session against `origin` (https://localhost:port), trusting certificate `ca`. */
export class HttpsSession {
  private cookie = '';
  private csrf = '';

  constructor(
    readonly origin: string,
    private readonly ca: string,
  ) {}

  /** Signs in and keeps the session; returns the answer (its Set-Cookie is checked by the test). */
  async signIn(email: string, password: string): Promise<Answer> {
    let answer = await this.call('POST', '/api/auth/login', { json: { email, password } });
    if (answer.status === 200 && answer.json.secondStep) {
      // The demo admin and verifier: the authenticator code, as the phone app computes it.
      const code = await liveDemoCode(this.origin, email, password);
      answer = await this.call('POST', '/api/auth/second-step', { json: { challenge: answer.json.challenge, code } });
    }
    if (answer.status === 200) this.csrf = answer.json.csrfToken;
    return answer;
  }

  call(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    let body = options.body;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = Buffer.from(JSON.stringify(options.json));
    }
    if (body) headers['content-length'] = String(body.length);
    return new Promise((resolve, reject) => {
      let answered = false;
      const request = httpsRequest(
        `${this.origin}${path}`,
        { method, headers, ca: this.ca, agent: false },
        (response) => {
          answered = true;
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const cookie = (response.headers['set-cookie'] ?? []).find((c) => c.startsWith('pantau_session='));
            if (cookie) this.cookie = cookie.split(';')[0] as string;
            resolve(answerOf(response.statusCode ?? 0, response.headers, Buffer.concat(chunks)));
          });
          response.on('error', reject);
        },
      );
      // A proxy refusing a large body answers before reading it; the rest of the write may then fail.
      request.on('error', (error) => {
        if (!answered) reject(error);
      });
      request.end(body);
    });
  }
}

/** GET `path` over plain HTTP (no redirects followed). */
export function plainGet(url: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(answerOf(response.statusCode ?? 0, response.headers, Buffer.concat(chunks))));
    })
      .on('error', reject)
      .end();
  });
}

/** GET `path` over HTTP/2 (fails unless the server negotiates h2 by ALPN). */
export function http2Get(origin: string, ca: string, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const session = connect(origin, { ca });
    session.on('error', reject);
    const stream = session.request({ ':method': 'GET', ':path': path });
    const chunks: Buffer[] = [];
    let status = 0;
    let headers: IncomingHttpHeaders = {};
    stream.on('response', (received) => {
      status = Number(received[':status']);
      headers = received as IncomingHttpHeaders;
    });
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      session.close();
      resolve(answerOf(status, headers, Buffer.concat(chunks)));
    });
    stream.on('error', reject);
    stream.end();
  });
}
