/** Public API throughput with autocannon, beside a bare Fastify hello route started in the same run. */
import { spawn } from 'node:child_process';
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
}

/**
 * What every browser and HTTP library sends: the public API answers compressed bodies to such
 * callers (a page of institutions is 67 KB of JSON, 7 KB of Brotli).
 */
const CALLER_HEADERS = { 'accept-encoding': 'br, gzip' };

/** Loads `url` for `duration` seconds over `connections` connections (127.0.0.1 only), as a browser asks. */
export async function load(url: string, options: { duration: number; connections: number }): Promise<Throughput> {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`load tests target 127.0.0.1 only: ${url}`);
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
  };
}

/** Starts the bare Fastify process; returns its URL and a stop function. */
export function startBareFastify(): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [join(BENCH_DIR, 'dist/bare-fastify.js')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString('utf8'));
      if (match) resolve({ url: match[1] as string, stop: () => child.kill('SIGTERM') });
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
