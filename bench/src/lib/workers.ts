/**
 * The same server with 1 and with N workers (`pantau serve --workers N`), side by side in one run:
 * public API throughput, then a flat-out deadline rush, each on its own fresh working copy of the
 * dataset so the second rush finds the same reports to submit as the first.
 */
import { Client } from './http.js';
import { BENCH_PASSWORD, OBSERVER_EMAIL } from './national-accounts.js';
import { planRush, runRush } from './rush.js';
import { freePort, startServer } from './server-process.js';
import { summarize } from './stats.js';
import { type Engine, workingCopy } from './targets.js';
import { load, publicApiPaths, type Throughput } from './throughput.js';

/** What one worker count achieved. */
export interface WorkersRun {
  workers: number;
  /** Public API under load (the same routes as the throughput measurement). */
  publicApi: Throughput[];
  rush: {
    clients: number;
    submissions: number;
    acknowledged: number;
    errors: number;
    seconds: number;
    submissionsPerSecond: number;
    requestsPerSecond: number;
    requestLatency: ReturnType<typeof summarize>;
    submissionLatency: ReturnType<typeof summarize>;
  };
  /** Supervisor and workers together. */
  peakRssMb: number;
}

export interface WorkersOptions {
  counts: number[];
  clients: number;
  perClient: number;
  fileBytes: number;
  duration: number;
  connections: number;
  period: string;
  quarter: number;
}

const MB = 1_048_576;

/** Measures each worker count in turn on `engine`; `line` reports progress. */
export async function measureWorkers(
  engine: Engine,
  options: WorkersOptions,
  line: (text: string) => void,
): Promise<WorkersRun[]> {
  const runs: WorkersRun[] = [];
  for (const workers of options.counts) {
    line(`workers ${workers}: copying the dataset …`);
    const instance = await workingCopy(engine, `workers-${workers}-${process.pid}`);
    const server = await startServer(instance, { PORT: String(await freePort()) }, ['--workers', String(workers)]);
    try {
      const observer = await Client.signIn(server.url, OBSERVER_EMAIL, BENCH_PASSWORD);
      line(`workers ${workers}: public API throughput …`);
      const publicApi: Throughput[] = [];
      for (const path of await publicApiPaths(observer)) {
        publicApi.push(await load(`${server.url}${path}`, options));
      }
      line(`workers ${workers}: deadline rush, ${options.clients} clients × ${options.perClient} reports …`);
      const plan = await planRush(server.url, {
        clients: options.clients,
        perClient: options.perClient,
        period: options.period,
        quarter: options.quarter,
        password: BENCH_PASSWORD,
      });
      const outcome = await runRush(plan, { fileBytes: options.fileBytes });
      runs.push({
        workers,
        publicApi,
        rush: {
          clients: plan.clients.length,
          submissions: outcome.submissions,
          acknowledged: outcome.acknowledged,
          errors: outcome.errors,
          seconds: outcome.seconds,
          submissionsPerSecond: outcome.submissionsPerSecond,
          requestsPerSecond: outcome.requestsPerSecond,
          requestLatency: summarize(outcome.requestMs),
          submissionLatency: summarize(outcome.submissionMs),
        },
        peakRssMb: Math.round(server.peakRss() / MB),
      });
    } finally {
      await server.stop();
      await instance.drop();
    }
  }
  return runs;
}
