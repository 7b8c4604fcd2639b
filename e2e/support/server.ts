/**
 * Starts the real Pantau server (`pantau serve`, as built by `npm run build`) for one spec file:
 * an empty SQLite database in a fresh temporary directory, into which the server loads the demo
 * dataset itself, exactly as on a first `npm start`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Password of every demo account of a test server. */
export const DEMO_PASSWORD = 'kopi-tubruk-di-pagi-hari';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(REPO_ROOT, 'packages/server/dist/cli/main.js');
const WEB_APP = join(REPO_ROOT, 'packages/web/dist/index.html');
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const URL_LINE = /is running at\s+(http:\/\/127\.0\.0\.1:\d+)/;

export interface TestServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  /** Stops the server (SIGTERM, SIGKILL if it hangs) and deletes its data directory. */
  stop: () => Promise<void>;
}

export interface ServerOptions {
  /** Further environment variables, e.g. an SMTP sink and a quick scheduler. */
  env?: Record<string, string>;
  /**
   * Listen on a port chosen beforehand and give it as PANTAU_PUBLIC_URL, so the links mails and
   * notifications carry point at this very server.
   */
  publicUrl?: boolean;
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

/** Starts a server (by default on any free port) with the demo data loaded; resolves once it listens. */
export async function startServer({ env: extra = {}, publicUrl = false }: ServerOptions = {}): Promise<TestServer> {
  for (const file of [CLI, WEB_APP]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (or \`npm run test:e2e\`) first`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'pantau-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    PANTAU_DATA_DIR: dataDir,
    PANTAU_DEMO: 'auto',
    PANTAU_DEMO_PASSWORD: DEMO_PASSWORD,
    LOG_LEVEL: 'warn',
    // The feedback form's proof of work runs in the browser: a light one keeps the tests quick.
    PANTAU_FEEDBACK_POW_BITS: '8',
    ...extra,
  };
  if (publicUrl) {
    const port = await freePort();
    env.PORT = String(port);
    env.PANTAU_PUBLIC_URL = `http://127.0.0.1:${port}`;
  }
  // The database must be the throwaway SQLite file, whatever the calling shell points at.
  delete env.DATABASE_URL;
  delete env.PANTAU_WEB_DIST;

  const child = spawn(process.execPath, [CLI, 'serve'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => stopServer(child, dataDir);
  try {
    const url = await waitForUrl(child);
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Reads stdout until the start-up banner names the URL; fails with the server's output otherwise. */
function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (reason: string) => {
      clearTimeout(timer);
      reject(new Error(`pantau serve ${reason}. Its output:\n${output}`));
    };
    const timer = setTimeout(() => fail(`printed no URL within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    // Both streams stay drained for the server's whole life, so a full pipe never blocks it.
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = URL_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('error', (error) => fail(`could not be started (${error.message})`));
    child.once('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
  });
}

async function stopServer(child: ChildProcess, dataDir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
  await rm(dataDir, { recursive: true, force: true });
}
