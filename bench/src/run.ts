/**
 * `npm run bench`: on a working copy of the generated national dataset, per database engine —
 * dashboard latency beside a plain GROUP BY, public API throughput beside bare Fastify, a deadline
 * rush, spreadsheet import and CSV export when the build has them, and the server's peak memory;
 * then, on PostgreSQL, public throughput and a flat-out rush with `pantau serve --workers 1` and
 * `--workers 2` side by side. Prints a summary and writes every figure to
 * bench/results/bench-<time>.json.
 *
 *   npm run bench -- [--engines sqlite,postgres] [--clients 200] [--reports 25] [--file-kb 200] [--rate <per s>]
 *                    [--repetitions 5] [--requests 100] [--duration 10] [--connections 50]
 *                    [--import-rows 100000] [--workers 1,2] [--workers-engines postgres]
 *                    [--skip rush,import,export,throughput,dashboard,workers]
 *                    [--watchers [--observers 20] [--citizens 50] [--observer-interval-ms 1000]
 *                     [--citizen-interval-ms 1000]]
 *
 * `--watchers`: the rush runs paced (35 submissions/s unless `--rate`) while observers poll the
 * national, a province's and an institution's dashboard and citizens load the portal home and an
 * institution's page; each one's p50/p99 and errors are printed next to the rush's, and once the
 * writes stop the dashboard must equal a full recomputation. Every figure with a goal is printed
 * against it at the end.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dateInZone, periodCode, periodQuarters } from '@pantau/core';
import { checkFigures, nationalHeadline } from './lib/figures-check.js';
import { goalsTable } from './lib/goals.js';
import { Client } from './lib/http.js';
import { measureExport, measureImport } from './lib/import-export.js';
import { dashboardTarget, measureDashboard } from './lib/latency.js';
import { ADMIN_EMAIL, BENCH_PASSWORD, OBSERVER_EMAIL } from './lib/national-accounts.js';
import { signInPageWeight } from './lib/page-weight.js';
import { writeResult } from './lib/results.js';
import { planRush, runRush } from './lib/rush.js';
import { openDatabase } from './lib/server.js';
import { processCpuSeconds, startServer } from './lib/server-process.js';
import { summarize } from './lib/stats.js';
import { type EngineResult, summaryTable } from './lib/summary.js';
import { enginesFrom, workingCopy } from './lib/targets.js';
import { compareWithBare, load, publicApiPaths, saveAnswer, startBareFastify } from './lib/throughput.js';
import { portalPrefix, watchDuring, watchedPaths } from './lib/watchers.js';
import { measureWorkers } from './lib/workers.js';

const { values } = parseArgs({
  options: {
    engines: { type: 'string' },
    clients: { type: 'string', default: process.env.BENCH_CLIENTS ?? '200' },
    reports: { type: 'string', default: process.env.BENCH_REPORTS ?? '25' },
    'file-kb': { type: 'string', default: '200' },
    rate: { type: 'string' },
    repetitions: { type: 'string', default: '5' },
    requests: { type: 'string', default: '100' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'import-rows': { type: 'string', default: '100000' },
    workers: { type: 'string', default: '1,2' },
    'workers-engines': { type: 'string', default: 'postgres' },
    skip: { type: 'string', default: '' },
    watchers: { type: 'boolean', default: false },
    observers: { type: 'string', default: '20' },
    citizens: { type: 'string', default: '50' },
    'observer-interval-ms': { type: 'string', default: '1000' },
    'citizen-interval-ms': { type: 'string', default: '1000' },
  },
});
const skip = new Set(values.skip.split(',').filter(Boolean));
const number = (name: keyof typeof values) => {
  const value = Number(values[name]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};

/** The quarter running today and its period: the one whose deadline the rush is about. */
function currentQuarter(now: Date) {
  const today = dateInZone(now);
  const year = Number(today.slice(0, 4));
  const start = year % 2 === 1 ? year : year - 1;
  const quarter = periodQuarters(start).find((q) => q.startsOn <= today && today <= q.endsOn);
  return { period: periodCode(start), quarter: quarter?.number ?? 1 };
}

const MB = 1_048_576;
const { period, quarter } = currentQuarter(new Date());
const institution = '33.74';
const province = '33';
/** The deadline rush is paced at 35 submissions/s (ten times the expected national peak) while people watch. */
const WATCHED_RATE = 35;
const results: EngineResult[] = [];
// Other work on the machine slows every figure: the load average is kept with the results.
const loadAtStart = loadavg().map((n) => Math.round(n * 10) / 10);

let resultFile: string | undefined;
/** Writes (or rewrites) this run's JSON file. */
function saveResults(): string {
  resultFile = writeResult(
    'bench',
    {
      at: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        memoryGb: Math.round(totalmem() / 1024 ** 3),
        node: process.version,
        loadAverage: { start: loadAtStart, end: loadavg().map((n) => Math.round(n * 10) / 10) },
      },
      options: values,
      results,
    },
    resultFile,
  );
  return resultFile;
}

for (const engine of enginesFrom(values.engines)) {
  const line = (text: string) => process.stdout.write(`[${engine}] ${text}\n`);
  line('copying the generated dataset …');
  // Named after this process: runs started side by side each get their own copy.
  const instance = await workingCopy(engine, `run-${process.pid}`);
  const server = await startServer(instance);
  const database = openDatabase(instance.url);
  const result: EngineResult = { engine };
  results.push(result);
  /** Runs one measurement; a failure is recorded with the results and the next one goes on. */
  const phase = async (name: string, run: () => Promise<void>) => {
    if (skip.has(name)) return;
    try {
      await run();
      // The kernel's high-water mark after each phase shows which one needed the memory.
      result.peakRssMbAfter = { ...result.peakRssMbAfter, [name]: Math.round(server.peakRss() / MB) };
    } catch (error) {
      result.failed = { ...result.failed, [name]: error instanceof Error ? error.message : String(error) };
      line(`${name} failed: ${result.failed[name]}`);
    }
  };
  try {
    const observer = await Client.signIn(server.url, OBSERVER_EMAIL, BENCH_PASSWORD);

    await phase('weight', async () => {
      result.signInPage = await signInPageWeight(server.url);
      if (result.signInPage) line(`sign-in page: ${result.signInPage.bytes} bytes over the wire`);
    });

    await phase('dashboard', async () => {
      line('dashboard latency …');
      const target = await dashboardTarget(observer, period, quarter, institution);
      result.dashboard = await measureDashboard(observer, database, target, {
        repetitions: number('repetitions'),
        requests: number('requests'),
      });
    });

    await phase('throughput', async () => {
      line('public API throughput …');
      const options = { duration: number('duration'), connections: number('connections') };
      const paths = await publicApiPaths(observer);
      const answerFiles = paths.map((_path, n) => join(instance.dataDir, `answer-${n}.json`));
      for (const [n, path] of paths.entries()) await saveAnswer(`${server.url}${path}`, answerFiles[n] as string);
      const bare = await startBareFastify(answerFiles);
      try {
        const bareCpu = () => processCpuSeconds(bare.pid);
        const hello = await load(`${bare.url}/hello`, options, bareCpu);
        const routes = [];
        for (const [n, path] of paths.entries()) {
          const sameAnswer = await load(`${bare.url}/same/${n}`, options, bareCpu);
          const measured = await load(`${server.url}${path}`, options, server.cpuSeconds);
          routes.push({ ...measured, ...compareWithBare(measured, hello, sameAnswer) });
        }
        result.throughput = { ...options, bareFastify: hello, publicApi: routes };
      } finally {
        bare.stop();
      }
    });

    await phase('rush', async () => {
      line(`deadline rush: ${values.clients} clients × ${values.reports} reports (signing in) …`);
      const plan = await planRush(server.url, {
        clients: number('clients'),
        perClient: number('reports'),
        period,
        quarter,
        password: BENCH_PASSWORD,
      });
      line(`deadline rush: ${plan.clients.reduce((n, c) => n + c.submissions.length, 0)} submissions …`);
      const rss = server.sampleRss();
      const rate = values.rate === undefined ? (values.watchers ? WATCHED_RATE : undefined) : number('rate');
      const rush = () => runRush(plan, { fileBytes: number('file-kb') * 1024, rate });
      let outcome: Awaited<ReturnType<typeof rush>>;
      if (values.watchers) {
        const paths = watchedPaths(period, quarter, province, institution, await portalPrefix(server.url));
        const options = {
          observers: number('observers'),
          citizens: number('citizens'),
          observerIntervalMs: number('observer-interval-ms'),
          citizenIntervalMs: number('citizen-interval-ms'),
        };
        line(`… while ${options.observers} observers and ${options.citizens} citizens watch`);
        const before = (await nationalHeadline(observer, paths.observer.national as string)).headline;
        const watched = await watchDuring(observer, server.url, paths, options, rush);
        outcome = watched.outcome;
        const writesEnded = Date.now();
        const figures = await checkFigures(observer, database, {
          path: paths.observer.national as string,
          period,
          quarter,
          before,
          acknowledged: outcome.acknowledged,
          writesEnded,
        });
        result.watchers = { ...options, reads: watched.reads, figures };
      } else {
        outcome = await rush();
      }
      const { submissionMs, requestMs, stepMs, ...figures } = outcome;
      result.rush = {
        clients: plan.clients.length,
        period,
        quarter,
        fileKb: number('file-kb'),
        rate: rate ?? 'as fast as possible',
        ...figures,
        submissionLatency: summarize(submissionMs),
        requestLatency: summarize(requestMs),
        stepLatency: Object.fromEntries(Object.entries(stepMs).map(([step, samples]) => [step, summarize(samples)])),
        peakRssMb: Math.round(rss() / MB),
      };
    });

    const admin = await Client.signIn(server.url, ADMIN_EMAIL, BENCH_PASSWORD);
    await phase('export', async () => {
      line('CSV export of every report …');
      result.export = await measureExport(admin);
    });
    // Last: the import changes the assignments the other measurements read.
    await phase('import', async () => {
      line(`import of ${values['import-rows']} assignment rows …`);
      result.import = await measureImport(admin, database, { rows: number('import-rows') });
    });
    result.serverPeakRssMb = Math.round(server.peakRss() / MB);
  } finally {
    await database.close();
    await server.stop();
    await instance.drop();
  }

  // Separate servers on fresh copies, after the single-process server has stopped.
  if (!skip.has('workers') && values['workers-engines'].split(',').includes(engine)) {
    try {
      result.workers = await measureWorkers(
        engine,
        {
          counts: values.workers.split(',').map((n) => {
            const count = Number(n);
            if (!Number.isInteger(count) || count < 1) throw new Error('--workers takes whole numbers, e.g. 1,2');
            return count;
          }),
          clients: number('clients'),
          perClient: number('reports'),
          fileBytes: number('file-kb') * 1024,
          duration: number('duration'),
          connections: number('connections'),
          period,
          quarter,
        },
        line,
      );
    } catch (error) {
      result.failed = { ...result.failed, workers: error instanceof Error ? error.message : String(error) };
      line(`workers failed: ${result.failed.workers}`);
    }
  }
  line(`done; results so far: ${saveResults()}`);
}

process.stdout.write(
  `\n${summaryTable(results)}\n\n${goalsTable(results)}\n\nload average (1, 5, 15 min): ${loadAtStart.join(', ')} at start, ` +
    `${loadavg()
      .map((n) => n.toFixed(1))
      .join(', ')} at the end, on ${cpus().length} CPUs\nresults: ${saveResults()}\n`,
);
