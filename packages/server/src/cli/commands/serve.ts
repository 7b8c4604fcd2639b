/**
 * `pantau serve`: migrate, load the demo data into an empty database, and serve API + web app —
 * in this one process, or with `--workers N` in N worker processes sharing the port under a
 * supervisor (`cluster/supervisor.ts`).
 */

import cluster from 'node:cluster';
import type { Command } from 'commander';
import { pino } from 'pino';
import { systemClock } from '../../clock.js';
import { startServing } from '../../cluster/serving.js';
import { Supervisor } from '../../cluster/supervisor.js';
import { linkToSupervisor } from '../../cluster/worker.js';
import { parseWorkers } from '../../cluster/workers-option.js';
import { redactDatabaseUrl } from '../../config.js';
import { listDemoAccounts } from '../../db/repositories/user.repository.js';
import { configFromEnvironment, evidenceStore, openMigratedDatabase, seedDemoIfEmpty } from '../../runtime.js';
import type { DemoAccount } from '../../seed/demo-accounts.js';
import { demoAccountHasSecondFactor } from '../../seed/demo-second-factor.js';
import { demoSecondFactorSecret } from '../../seed/demo-totp.js';
import { removeStagingFiles } from '../../storage/staging.js';
import { action, describeError } from '../output.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start the server (migrates, and loads demo data into an empty database) / jalankan server')
    .option(
      '--workers <n>',
      'worker processes sharing the port: a number, or auto for one per CPU core (SIGHUP restarts them one at a time)',
    )
    .action(
      action(async (options: { workers?: string }) => {
        if (cluster.isWorker) return serveAsWorker();
        const workers = options.workers === undefined ? null : parseWorkers(options.workers);
        const config = configFromEnvironment();
        const database = await openMigratedDatabase(config);
        const blobs = evidenceStore(config);
        // Before any process takes requests: what is staged now was cut off by a crash.
        await removeStagingFiles(blobs.tempDir());
        const seeded = await seedDemoIfEmpty(database, config, systemClock, blobs);
        const accounts = seeded?.accounts ?? (await listDemoAccounts(database.db));
        let port: number;
        if (workers === null) {
          const serving = await startServing({ config, database, clock: systemClock, blobs });
          port = serving.port;
          // Without workers this process runs the scheduler; the database makes sure each job runs once.
          serving.startScheduler();
          const shutdown = async (signal: string) => {
            serving.app.log.info({ signal }, 'shutting down');
            await serving.close();
            process.exit(0);
          };
          process.once('SIGINT', () => void shutdown('SIGINT'));
          process.once('SIGTERM', () => void shutdown('SIGTERM'));
        } else {
          // The workers open their own connections; the supervisor keeps none.
          await database.close();
          port = await supervise(workers, config.scheduler.enabled, config.logLevel);
        }
        printBanner(
          `http://${config.host}:${port}`,
          redactDatabaseUrl(config.databaseUrl),
          accounts,
          Boolean(seeded),
          config.demoPassword,
          workers,
        );
      }),
    );
}

/** Starts the supervisor with its workers and wires the signals; resolves with the shared port. */
async function supervise(workers: number, scheduler: boolean, level: pino.Level | 'silent'): Promise<number> {
  const logger = pino({ level }).child({ role: 'supervisor' });
  const supervisor = new Supervisor({ workers, scheduler, logger });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: workers finish their requests');
    await supervisor.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGHUP', () => void supervisor.reload());
  return supervisor.start();
}

/**
 * A worker: the migrated database is the supervisor's doing; serve until told to stop. A worker
 * that cannot start exits (its open IPC channel would otherwise keep it alive, never listening).
 */
async function serveAsWorker(): Promise<void> {
  try {
    const config = configFromEnvironment();
    // Migrating again costs one query when up to date, and applies the migrations of a release
    // reloaded with SIGHUP (the migrator takes a lock, so two new workers cannot both apply one).
    const database = await openMigratedDatabase(config);
    const serving = await startServing({ config, database, clock: systemClock, blobs: evidenceStore(config) });
    linkToSupervisor(serving, serving.app.log);
  } catch (error) {
    process.stderr.write(`${describeError(error)}\n`);
    process.exit(1);
  }
}

function printBanner(
  url: string,
  databaseUrl: string,
  accounts: (DemoAccount | Omit<DemoAccount, 'password'>)[],
  firstRun: boolean,
  fixedPassword: string | undefined,
  workers: number | null,
): void {
  const lines = ['', `  Pantau berjalan di / is running at  ${url}`, `  Basis data / database: ${databaseUrl}`];
  if (workers !== null) lines.push(`  Proses pekerja / worker processes: ${workers}`);
  if (accounts.length > 0) {
    lines.push('', '  Akun contoh / demo accounts (data contoh):');
    for (const account of accounts) {
      const password = 'password' in account ? account.password : fixedPassword;
      lines.push(`    ${account.role.padEnd(12)} ${account.email.padEnd(32)} ${password ?? ''}`.trimEnd());
    }
    const twoStep = accounts.filter(demoAccountHasSecondFactor);
    if (twoStep.length > 0) {
      lines.push(
        '',
        '  Admin dan verifikator masuk dengan kode autentikator / admin and verifier enter an authenticator code:',
      );
      lines.push('    npm run pantau -- users totp-code <email>   (kode saat ini / the current code)');
      for (const account of twoStep) {
        const password = 'password' in account ? account.password : fixedPassword;
        if (password)
          lines.push(`    ${account.email.padEnd(32)} secret ${demoSecondFactorSecret(password, account.email)}`);
      }
    }
    if (firstRun && !fixedPassword) {
      lines.push('', '  Kata sandi di atas hanya ditampilkan sekali / passwords are shown only once.');
    } else if (!fixedPassword) {
      lines.push('', '  Kata sandi ditampilkan saat pertama dijalankan; ganti dengan / reset with:');
      lines.push('    npm run pantau -- users password --email <email>');
    }
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
