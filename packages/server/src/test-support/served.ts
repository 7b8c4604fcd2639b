/**
 * `pantau serve` as a real process for tests that need one (several processes on one database,
 * workers, a reverse proxy in front), and a cookie-jar HTTP session to talk to it.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { liveDemoCode } from './live-authenticator.js';

/** The built `pantau` command (`npm test` builds the server first). */
export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/** A running `pantau serve`. */
export interface Served {
  url: string;
  child: ChildProcess;
  /** Everything it has printed so far (banner, logs, errors). */
  output(): string;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

/**
 * Starts `pantau serve <args>` on 127.0.0.1 (a free port unless PORT is given) with only `env`
 * and PATH, and resolves once it prints its address.
 */
export function serve(env: Record<string, string>, args: string[] = []): Promise<Served> {
  const child = spawn(process.execPath, [CLI, 'serve', ...args], {
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /is running at\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        resolve({
          url: match[1] as string,
          child,
          output: () => output,
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
}

/** The processes `pid` started (its workers), oldest first. */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Whether process `pid` still runs (an exited process not yet reaped counts as gone). */
export function isRunning(pid: number): boolean {
  try {
    // The state follows the parenthesised command name: Z is a zombie, X dead.
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0];
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** What a call answered. The tests read what each answer holds; assertions check the shapes. */
export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

/** A browser: a cookie jar of one session, with its CSRF token. */
export class HttpSession {
  private cookie = '';
  csrf = '';

  /** Signs in at `base` and keeps the session. */
  async signIn(base: string, email: string, password: string): Promise<Answer> {
    let answer = await this.call(base, 'POST', '/api/auth/login', { email, password });
    if (answer.status === 200 && answer.body.secondStep) {
      const code = await liveDemoCode(base, email, password);
      answer = await this.call(base, 'POST', '/api/auth/second-step', { challenge: answer.body.challenge, code });
    }
    if (answer.status === 200) this.csrf = answer.body.csrfToken;
    return answer;
  }

  async call(
    base: string,
    method: string,
    path: string,
    json?: unknown,
    headers: Record<string, string> = {},
    body?: Buffer,
  ): Promise<Answer> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...headers,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: json === undefined ? body : JSON.stringify(json),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('pantau_session='));
    if (cookie) this.cookie = cookie.split(';')[0] as string;
    const parsed = response.headers.get('content-type')?.includes('json')
      ? await response.json()
      : await response.text();
    return { status: response.status, headers: response.headers, body: parsed };
  }
}
