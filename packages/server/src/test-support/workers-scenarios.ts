/**
 * `pantau serve --workers 2` as operators run it, on a given database: the workers share the port
 * and one scheduler; a worker killed with SIGKILL is replaced and no write it acknowledged is
 * lost; SIGHUP restarts the workers one at a time without failing a request. Run on SQLite
 * (`cluster/workers.test.ts`) and PostgreSQL (`cluster/workers.pg.test.ts`).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../db/database.js';
import { CLI, childPids, HttpSession, isRunning, type Served, serve } from './served.js';

const PASSWORD = 'pekerja-berbagi-port';

/** Where the server keeps its data: a database URL and a data folder. */
export interface WorkersInstance {
  databaseUrl: string;
  dataDir: string;
}

/** A small PDF, different each time (so every upload stores a new file). */
function uniquePdf(): Buffer {
  return Buffer.from(
    `%PDF-1.4\n%${randomBytes(16).toString('hex')}\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
}

function multipartPdf(content: Buffer): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----pantau${randomBytes(8).toString('hex')}`;
  return {
    body: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bukti.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check()` holds, polling; fails after `ms`. */
async function until(check: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(100);
  }
}

/** The sum of a metric's samples in a Prometheus text, by name and optional label text. */
function metricSum(text: string, name: string, labels = ''): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (labels && !line.includes(labels)) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

/** Makes the database refuse new connections, and lets it take them again (PostgreSQL only). */
export interface ConnectionSwitch {
  refuse(): Promise<void>;
  allow(): Promise<void>;
}

export function describeWorkers(
  engine: string,
  instance: () => Promise<WorkersInstance>,
  drop: () => Promise<void>,
  connections?: ConnectionSwitch,
) {
  describe(`pantau serve --workers 2 on ${engine}`, () => {
    let server: Served;
    let env: Record<string, string>;
    let setting: WorkersInstance;
    let database: Database;
    let focalPoint: HttpSession;
    let admin: HttpSession;
    /** Draft reports of the focal point's institution that take evidence. */
    let drafts: number[];

    const workers = () => childPids(server.child.pid as number);
    const scrape = async () => (await admin.call(server.url, 'GET', '/metrics')).body as string;
    /** Whether `count` workers listen, as the supervisor counts them. */
    const serving = (count: number) => async () => {
      try {
        return metricSum(await scrape(), 'pantau_workers', 'state="serving"') === count;
      } catch {
        return false;
      }
    };

    /** Answers other than 201 to an upload: a worker dying drops connections, it never answers wrongly. */
    const refused: string[] = [];
    /** Uploads one evidence file to `report`, retrying with the same key until acknowledged. */
    const uploadUntilAcknowledged = async (report: number): Promise<{ id: number; sha: string }> => {
      const file = multipartPdf(uniquePdf());
      const key = randomUUID();
      for (let attempt = 0; attempt < 200; attempt++) {
        try {
          const answer = await focalPoint.call(
            server.url,
            'POST',
            `/api/reports/${report}/evidence?checklistIndex=0`,
            undefined,
            { ...file.headers, 'idempotency-key': key },
            file.body,
          );
          if (answer.status === 201) return { id: answer.body.id, sha: answer.body.sha256 };
          refused.push(`${answer.status} ${JSON.stringify(answer.body)}`);
        } catch {
          // The worker holding the connection died; the next attempt reaches a live one.
        }
        await pause(50);
      }
      throw new Error(`upload to report ${report} never acknowledged`);
    };

    beforeAll(async () => {
      setting = await instance();
      env = {
        // A fixed port, as in production: were both workers down at once, the next would listen
        // on it again (with PORT=0 the port is only kept while some worker holds it).
        PORT: String(await freePort()),
        DATABASE_URL: setting.databaseUrl,
        PANTAU_DATA_DIR: setting.dataDir,
        PANTAU_DEMO_PASSWORD: PASSWORD,
        PANTAU_WEB_DIST: join(setting.dataDir, 'no-web-app'),
        PANTAU_SCHEDULER_INTERVAL_SECONDS: '5',
      };
      server = await serve(env, ['--workers', '2']);
      database = openDatabase(setting.databaseUrl);
      focalPoint = new HttpSession();
      admin = new HttpSession();
      const login = await focalPoint.signIn(server.url, 'inspektorat@demo.pantau.id', PASSWORD);
      expect(login.status).toBe(200);
      expect((await admin.signIn(server.url, 'admin@demo.pantau.id', PASSWORD)).status).toBe(200);
      const code = login.body.user.institution.code as string;
      const period = await focalPoint.call(server.url, 'GET', '/api/periods/2025-2026');
      const quarter = period.body.quarters.findLast((q: { status: string }) => q.status === 'open').number as number;
      const targets = (
        await focalPoint.call(
          server.url,
          'GET',
          `/api/institutions/${code}/targets?period=2025-2026&quarter=${quarter}`,
        )
      ).body.targets as { targetCode: string; report: { id: number; state: string } | null }[];
      drafts = [];
      for (const target of targets) {
        if (target.report?.state === 'draft') drafts.push(target.report.id);
        if (target.report === null && drafts.length < 6) {
          const opened = await focalPoint.call(
            server.url,
            'POST',
            '/api/reports',
            { period: '2025-2026', targetCode: target.targetCode },
            { 'idempotency-key': randomUUID() },
          );
          expect(opened.status).toBe(201);
          drafts.push(opened.body.id);
        }
      }
      expect(drafts.length).toBeGreaterThanOrEqual(3);
    }, 180_000);

    afterAll(async () => {
      await server?.stop();
      await database?.close();
      await drop();
    });

    it('runs two workers on one port, the scheduler in exactly one, and answers /metrics for both', async () => {
      expect(server.output()).toContain('worker processes: 2');
      expect(workers()).toHaveLength(2);
      // Concurrent requests open several connections, which the supervisor hands out in turn.
      await Promise.all(Array.from({ length: 20 }, () => fetch(`${server.url}/api/health`).then((r) => r.text())));
      const metrics = await scrape();
      expect(metricSum(metrics, 'pantau_workers', 'state="serving"')).toBe(2);
      expect(metricSum(metrics, 'pantau_scheduler_running')).toBe(1);
      for (const worker of ['1', '2']) {
        expect(metrics).toMatch(
          new RegExp(
            `^pantau_http_request_duration_seconds_count\\{worker="${worker}",method="GET",route="/api/health"`,
            'm',
          ),
        );
      }
      // One HELP per family: the workers' answers are merged, not pasted one after another.
      expect(metrics.match(/^# HELP pantau_http_requests_in_flight /gm)).toHaveLength(1);
    });

    it('replaces a worker killed with SIGKILL and loses no acknowledged write', async () => {
      const acknowledged: { report: number; id: number; sha: string }[] = [];
      const total = 48;
      let started = 0;
      const writer = async () => {
        while (started < total) {
          const report = drafts[started++ % drafts.length] as number;
          acknowledged.push({ report, ...(await uploadUntilAcknowledged(report)) });
        }
      };
      const writing = Promise.all(Array.from({ length: 6 }, writer));
      const killed: number[] = [];
      // Kill each worker in turn mid-stream, so the scheduler's worker is among them.
      for (const after of [8, 24]) {
        await until(() => acknowledged.length >= after, `${after} acknowledged uploads`);
        const victim = workers()[0] as number;
        process.kill(victim, 'SIGKILL');
        killed.push(victim);
        await until(() => !workers().includes(victim), 'the killed worker gone');
        await until(serving(2), 'a replacement worker serving');
      }
      await writing;
      expect(acknowledged).toHaveLength(total);
      expect(refused).toEqual([]);

      for (const write of acknowledged) {
        const rows = await database.db
          .selectFrom('evidence')
          .select(['id', 'report_id'])
          .where('file_sha256', '=', write.sha)
          .execute();
        expect(rows, `evidence ${write.id}`).toEqual([{ id: write.id, report_id: write.report }]);
        expect(
          existsSync(join(setting.dataDir, 'evidence', write.sha.slice(0, 2), write.sha.slice(2, 4), write.sha)),
        ).toBe(true);
      }
      const metrics = await scrape();
      expect(metricSum(metrics, 'pantau_worker_restarts_total')).toBe(2);
      await until(async () => metricSum(await scrape(), 'pantau_scheduler_running') === 1, 'the scheduler handed on');
    }, 120_000);

    it('restarts the workers one at a time on SIGHUP without failing a request', async () => {
      await until(serving(2), 'two workers serving');
      const before = workers();
      const failures: string[] = [];
      let answered = 0;
      let loading = true;
      const reader = async () => {
        while (loading) {
          try {
            const response = await fetch(`${server.url}/api/public/periods`);
            await response.arrayBuffer();
            if (response.status === 200) answered++;
            else failures.push(`GET ${response.status}`);
          } catch (error) {
            failures.push(`GET ${(error as Error).message}`);
          }
        }
      };
      const writer = async () => {
        while (loading) {
          const file = multipartPdf(uniquePdf());
          try {
            const answer = await focalPoint.call(
              server.url,
              'POST',
              `/api/reports/${drafts[0]}/evidence?checklistIndex=0`,
              undefined,
              { ...file.headers, 'idempotency-key': randomUUID() },
              file.body,
            );
            if (answer.status === 201) answered++;
            else failures.push(`upload ${answer.status}`);
          } catch (error) {
            failures.push(`upload ${(error as Error).message}`);
          }
        }
      };
      const load = Promise.all([reader(), reader(), reader(), writer()]);
      await pause(500);
      process.kill(server.child.pid as number, 'SIGHUP');
      await until(() => workers().every((pid) => !before.includes(pid)), 'both workers replaced');
      await until(serving(2), 'two workers serving');
      await pause(500);
      loading = false;
      await load;
      expect(failures).toEqual([]);
      expect(answered).toBeGreaterThan(20);
      const metrics = await scrape();
      expect(metricSum(metrics, 'pantau_scheduler_running')).toBe(1);
      // A planned restart is not a death: the restart counter holds the two kills only.
      expect(metricSum(metrics, 'pantau_worker_restarts_total')).toBe(2);
    }, 120_000);

    it.skipIf(!connections)(
      'keeps its workers when a reload cannot start a new one',
      async () => {
        const before = workers();
        await connections?.refuse();
        try {
          process.kill(server.child.pid as number, 'SIGHUP');
          await until(() => server.output().includes('reload stopped'), 'the reload to give up');
          expect(workers()).toEqual(before);
        } finally {
          await connections?.allow();
        }
        await until(serving(2), 'two workers serving');
        expect((await fetch(`${server.url}/api/public/periods`)).status).toBe(200);
        // A worker that never listened did not die in service: the count holds the two kills only.
        expect(metricSum(await scrape(), 'pantau_worker_restarts_total')).toBe(2);
      },
      120_000,
    );

    it('stops on SIGTERM with its workers, leaving an intact audit chain', async () => {
      const pids = workers();
      await server.stop();
      expect(server.child.exitCode).toBe(0);
      for (const pid of pids) expect(isRunning(pid), `worker ${pid}`).toBe(false);
      const verify = spawnSync(process.execPath, [CLI, 'audit', 'verify', '--format', 'json'], {
        env: { PATH: process.env.PATH, ...env, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
      });
      expect(verify.status, verify.stderr).toBe(0);
      expect(JSON.parse(verify.stdout).ok).toBe(true);
    }, 60_000);
  });
}
