/**
 * `npm run bench:crash`: crash safety under a deadline rush. Clients submit reports (open, upload,
 * submit, each with an Idempotency-Key, retrying on failure) while the server is killed with
 * SIGKILL at random moments and restarted on the same port, a bounded number of times — or, with
 * `--workers N`, while a random worker is killed with SIGKILL and the supervisor replaces it. Then
 * every submission a client saw acknowledged must be in the database — submitted once, with its
 * evidence file on disk — and `pantau audit verify` must pass. Exit 1 otherwise.
 *
 *   npm run bench:crash -- [--engine sqlite|postgres] [--kills 5] [--clients 20] [--reports 10]
 *                          [--file-kb 200] [--max-seconds 240] [--seed 1] [--workers N]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dateInZone, periodCode, periodQuarters } from '@pantau/core';
import { BENCH_PASSWORD } from './lib/national-accounts.js';
import { writeResult } from './lib/results.js';
import { planRush, runRush } from './lib/rush.js';
import { openDatabase, seededRandom } from './lib/server.js';
import { freePort, type ServerProcess, startServer } from './lib/server-process.js';
import { CLI, enginesFrom, workingCopy } from './lib/targets.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'sqlite' },
    kills: { type: 'string', default: '5' },
    clients: { type: 'string', default: '20' },
    reports: { type: 'string', default: '10' },
    'file-kb': { type: 'string', default: '200' },
    'max-seconds': { type: 'string', default: '240' },
    seed: { type: 'string', default: '1' },
    workers: { type: 'string' },
  },
});
const [engine] = enginesFrom(values.engine);
if (!engine || values.engine?.includes(',')) throw new Error('--engine takes one engine: sqlite or postgres');
const kills = Number(values.kills);
const workers = values.workers === undefined ? null : Number(values.workers);
if (workers !== null && !(Number.isInteger(workers) && workers >= 1)) throw new Error('--workers takes a whole number');
const serveArgs = workers === null ? [] : ['--workers', String(workers)];
const deadline = Date.now() + Number(values['max-seconds']) * 1000;
const random = seededRandom(Number(values.seed));
const label = workers === null ? engine : `${engine}, ${workers} workers`;
const log = (text: string) => process.stdout.write(`[crash ${label}] ${text}\n`);

const today = dateInZone(new Date());
const startYear = Number(today.slice(0, 4)) % 2 === 1 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
const quarter = periodQuarters(startYear).find((q) => q.startsOn <= today && today <= q.endsOn)?.number ?? 1;
const period = periodCode(startYear);

const instance = await workingCopy(engine, 'crash');
let server: ServerProcess = await startServer(
  instance,
  workers === null ? {} : { PORT: String(await freePort()) },
  serveArgs,
);
const port = new URL(server.url).port;
const problems: string[] = [];
const killedAt: number[] = [];
let rushDone = false;
try {
  log(`signing in ${values.clients} focal points …`);
  const plan = await planRush(server.url, {
    clients: Number(values.clients),
    perClient: Number(values.reports),
    period,
    quarter,
    password: BENCH_PASSWORD,
  });
  const submissions = plan.clients.flatMap((c) => c.submissions);
  log(`${submissions.length} submissions; ${kills} kills at random moments`);
  const started = Date.now();
  const rush = runRush(plan, {
    fileBytes: Number(values['file-kb']) * 1024,
    retry: { until: () => Date.now() < deadline, pauseMs: 100 },
  }).finally(() => {
    rushDone = true;
  });

  for (let k = 0; k < kills && !rushDone && Date.now() < deadline; k++) {
    await new Promise((resolve) => setTimeout(resolve, random.int(300, 2500)));
    if (rushDone) break;
    const acknowledged = submissions.filter((s) => s.acknowledged).length;
    if (workers === null) {
      await server.kill();
      killedAt.push(Date.now() - started);
      log(`kill ${k + 1}: SIGKILL after ${acknowledged} acknowledged submissions; restarting`);
      await new Promise((resolve) => setTimeout(resolve, random.int(0, 500)));
      server = await startServer(instance, { PORT: port }, serveArgs);
    } else {
      // The supervisor replaces the worker; the others go on serving meanwhile.
      const pids = server.workerPids();
      const victim = pids[random.int(0, pids.length - 1)];
      if (victim === undefined) continue;
      process.kill(victim, 'SIGKILL');
      killedAt.push(Date.now() - started);
      log(`kill ${k + 1}: SIGKILL of worker ${victim} after ${acknowledged} acknowledged submissions`);
    }
  }
  const outcome = await rush;
  log(`rush over: ${outcome.acknowledged}/${outcome.submissions} acknowledged in ${outcome.seconds} s`);
  await server.stop();

  // Every acknowledged submission is in the database, submitted exactly once, with its evidence file.
  const database = openDatabase(instance.url);
  try {
    for (const s of submissions.filter((x) => x.acknowledged)) {
      const report = await database.db
        .selectFrom('reports')
        .select(['state'])
        .where('id', '=', s.reportId as number)
        .executeTakeFirst();
      if (report?.state !== 'submitted') problems.push(`report ${s.reportId} (${s.targetCode}) is ${report?.state}`);
      const submits = await database.db
        .selectFrom('report_events')
        .select('id')
        .where('report_id', '=', s.reportId as number)
        .where('action', '=', 'submit')
        .execute();
      if (submits.length !== 1) problems.push(`report ${s.reportId} has ${submits.length} submit events`);
      const files = await database.db
        .selectFrom('evidence')
        .select('file_sha256')
        .where('report_id', '=', s.reportId as number)
        .where('kind', '=', 'file')
        .execute();
      if (files.length === 0) problems.push(`report ${s.reportId} has no evidence file`);
      for (const { file_sha256: sha } of files) {
        if (sha && !existsSync(join(instance.dataDir, 'evidence', sha.slice(0, 2), sha.slice(2, 4), sha))) {
          problems.push(`evidence file ${sha} of report ${s.reportId} is missing`);
        }
      }
    }
  } finally {
    await database.close();
  }
  const verify = spawnSync(process.execPath, [CLI, 'audit', 'verify', '--format', 'json'], {
    env: { PATH: process.env.PATH, DATABASE_URL: instance.url, PANTAU_DATA_DIR: instance.dataDir, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  const audit = verify.stdout ? JSON.parse(verify.stdout) : { ok: false, reason: verify.stderr };
  if (verify.status !== 0 || !audit.ok) problems.push(`pantau audit verify failed: ${JSON.stringify(audit)}`);
  if (outcome.acknowledged < outcome.submissions) {
    problems.push(`${outcome.submissions - outcome.acknowledged} submissions never acknowledged within the time limit`);
  }

  const result = {
    engine,
    workers,
    kills: killedAt.length,
    killedAtMs: killedAt,
    submissions: outcome.submissions,
    acknowledged: outcome.acknowledged,
    retried: outcome.retriedByKind,
    errors: outcome.errorsByKind,
    seconds: outcome.seconds,
    auditEntries: audit.entries,
    problems,
  };
  log(problems.length === 0 ? 'OK: nothing acknowledged was lost, audit chain intact' : problems.join('\n'));
  log(`results: ${writeResult(workers === null ? `crash-${engine}` : `crash-${engine}-workers-${workers}`, result)}`);
} finally {
  await server.kill();
  await instance.drop();
}
if (problems.length > 0) process.exitCode = 1;
