/** Public API throughput with autocannon, beside a bare Fastify hello route started in the same run. */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { Client } from './http.js';
import { BENCH_DIR } from './targets.js';

export interface Throughput {
  url: string;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  errors: number;
  non2xx: number;
  /**
   * CPU time the server spent per answered request, microseconds: what the route costs the
   * server whether or not the client kept it busy.
   */
  serverCpuPerRequestUs?: number;
}

/**
 * What every browser and HTTP library sends: the public API answers compressed bodies to such
 * callers (a page of institutions is 67 KB of JSON, 7 KB of Brotli).
 */
const CALLER_HEADERS = { 'accept-encoding': 'br, gzip' };

/**
 * Loads `url` for `duration` seconds over `connections` connections (127.0.0.1 only), as a browser
 * asks; with `serverCpuSeconds` (the serving processes' CPU time so far), also what each answer
 * cost the server.
 */
export async function load(
  url: string,
  options: { duration: number; connections: number },
  serverCpuSeconds?: () => number,
): Promise<Throughput> {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`load tests target 127.0.0.1 only: ${url}`);
  const cpuBefore = serverCpuSeconds?.();
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.duration,
    headers: CALLER_HEADERS,
  });
  return {
    url,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    ...(serverCpuSeconds && cpuBefore !== undefined && result.requests.total > 0
      ? { serverCpuPerRequestUs: round1(((serverCpuSeconds() - cpuBefore) / result.requests.total) * 1e6) }
      : {}),
  };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * How a public route compares with the bare hello route: by requests per second as measured, and
 * by the server's capacity (requests per CPU-second), which does not depend on whether the client,
 * sharing the machine's cores, could keep the server busy; and with bare Fastify sending the
 * route's own answer (headers and body), which costs the client and the kernel as much.
 */
export function compareWithBare(route: Throughput, bare: Throughput, sameAnswer: Throughput) {
  const share = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;
  return {
    ratio: share(route.requestsPerSecond, bare.requestsPerSecond),
    sameAnswer,
    sameAnswerRatio: share(route.requestsPerSecond, sameAnswer.requestsPerSecond),
    ...(route.serverCpuPerRequestUs && bare.serverCpuPerRequestUs
      ? { capacityRatio: share(bare.serverCpuPerRequestUs, route.serverCpuPerRequestUs) }
      : {}),
  };
}

/** Headers that belong to one request or connection, or that the server sets itself. */
const NOT_SAVED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'x-request-id']);

/**
 * The answer to one GET of `url` as sent (status 200 required; body not decompressed), saved to a
 * file for the bare process to send again: the same bytes without the work.
 */
export function saveAnswer(url: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    get(url, { headers: CALLER_HEADERS }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        if (response.statusCode !== 200) return reject(new Error(`${url} answered ${response.statusCode}`));
        const headers = Object.fromEntries(
          Object.entries(response.headers).filter(([name, value]) => !NOT_SAVED.has(name) && typeof value === 'string'),
        );
        writeFileSync(file, JSON.stringify({ headers, body: Buffer.concat(chunks).toString('base64') }));
        resolve();
      });
    }).once('error', reject);
  });
}

/**
 * Starts the bare Fastify process, sending the answers saved in `answerFiles` at `/same/<n>`;
 * returns its URL, pid and a stop function.
 */
export function startBareFastify(answerFiles: string[] = []): Promise<{ url: string; pid: number; stop(): void }> {
  const child = spawn(process.execPath, [join(BENCH_DIR, 'dist/bare-fastify.js'), ...answerFiles], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString('utf8'));
      if (match) resolve({ url: match[1] as string, pid: child.pid as number, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`bare Fastify exited (${code})`)));
  });
}

/**
 * The public reads measured: the periods with their deadlines (light: what every public page
 * loads) and the public institution table with verified figures (heavy: computed from reports).
 * Falls back to the signed-out catalogue routes on builds without the public API.
 */
export async function publicApiPaths(client: Client): Promise<string[]> {
  const spec = await client.request<{ paths?: Record<string, unknown> }>('GET', '/api/openapi.json');
  return '/api/public/institutions' in (spec.body.paths ?? {})
    ? ['/api/public/periods', '/api/public/institutions?limit=20']
    : ['/api/periods', '/api/institutions?type=kota&limit=20'];
}
