/**
 * Deadline day as it happens: while the paced rush writes, observers poll the national dashboard
 * and a province's and an institution's view, and citizens load the portal home and an
 * institution's portal page, each at its own interval. Every read is timed per kind, with errors.
 */
import { Client } from './http.js';
import { summarize } from './stats.js';

export interface WatcherOptions {
  observers: number;
  citizens: number;
  /** Milliseconds between one watcher's requests. */
  observerIntervalMs: number;
  citizenIntervalMs: number;
}

/** The paths each kind of watcher cycles through, by what they show. */
export interface WatchedPaths {
  observer: Record<string, string>;
  citizen: Record<string, string>;
}

export interface WatchedFigures {
  requests: number;
  errors: number;
  errorsByKind: Record<string, number>;
  latency: ReturnType<typeof summarize>;
}

/** Where the public portal lives in this build: `/portal` (older builds) or the root. */
export async function portalPrefix(base: string): Promise<string> {
  const response = await fetch(`${base}/portal`, { redirect: 'manual' });
  await response.arrayBuffer();
  return response.status === 200 ? '/portal' : '';
}

/** The observer and citizen paths for a period, quarter, province and institution. */
export function watchedPaths(
  period: string,
  quarter: number,
  province: string,
  institution: string,
  portal: string,
): WatchedPaths {
  const q = `period=${period}&quarter=${quarter}`;
  return {
    observer: {
      national: `/api/dashboard/national?${q}`,
      province: `/api/dashboard/provinces/${province}?${q}`,
      institution: `/api/dashboard/institutions/${institution}?${q}`,
    },
    citizen: {
      'portal home': portal || '/',
      'portal institution': `${portal}/instansi/${institution}`,
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `during()` while the watchers poll; returns its result and the figures per kind of read. */
export async function watchDuring<T>(
  observer: Client,
  base: string,
  paths: WatchedPaths,
  options: WatcherOptions,
  during: () => Promise<T>,
): Promise<{ outcome: T; reads: Record<string, WatchedFigures> }> {
  const samples: Record<string, number[]> = {};
  const counts: Record<string, number> = {};
  const errors: Record<string, Record<string, number>> = {};
  let stopped = false;
  const citizen = new Client(base);

  const watcher = async (client: Client, kinds: Record<string, string>, intervalMs: number, offset: number) => {
    const entries = Object.entries(kinds);
    // Spread the watchers over the interval, as people arriving at different moments.
    await sleep(Math.random() * intervalMs);
    for (let i = offset; !stopped; i++) {
      const [kind, path] = entries[i % entries.length] as [string, string];
      const started = performance.now();
      let failure: string | null = null;
      counts[kind] = (counts[kind] ?? 0) + 1;
      try {
        const response = await client.request('GET', path, { headers: { 'accept-encoding': 'br, gzip' } });
        if (response.status !== 200) failure = `HTTP ${response.status}`;
        const times = samples[kind] ?? [];
        times.push(response.ms);
        samples[kind] = times;
      } catch (error) {
        failure = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      }
      if (failure) {
        const byKind = errors[kind] ?? {};
        byKind[failure] = (byKind[failure] ?? 0) + 1;
        errors[kind] = byKind;
      }
      await sleep(Math.max(0, intervalMs - (performance.now() - started)));
    }
  };

  const running = [
    ...Array.from({ length: options.observers }, (_, i) =>
      watcher(observer, paths.observer, options.observerIntervalMs, i),
    ),
    ...Array.from({ length: options.citizens }, (_, i) =>
      watcher(citizen, paths.citizen, options.citizenIntervalMs, i),
    ),
  ];
  let outcome: T;
  try {
    outcome = await during();
  } finally {
    stopped = true;
    await Promise.all(running);
  }
  const reads: Record<string, WatchedFigures> = {};
  for (const kind of [...Object.keys(paths.observer), ...Object.keys(paths.citizen)]) {
    const byKind = errors[kind] ?? {};
    const failed = Object.values(byKind).reduce((a, b) => a + b, 0);
    reads[kind] = {
      requests: counts[kind] ?? 0,
      errors: failed,
      errorsByKind: byKind,
      latency: summarize(samples[kind] ?? []),
    };
  }
  return { outcome, reads };
}
