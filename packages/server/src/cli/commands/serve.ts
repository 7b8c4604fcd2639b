/** `pantau serve`: migrate, load the demo data into an empty database, and serve API + web app. */
import type { Command } from 'commander';
import { buildApp } from '../../app.js';
import { systemClock } from '../../clock.js';
import { redactDatabaseUrl } from '../../config.js';
import { listDemoAccounts } from '../../db/repositories/user.repository.js';
import { Scheduler } from '../../jobs/scheduler.js';
import { configFromEnvironment, evidenceStore, openMigratedDatabase, seedDemoIfEmpty } from '../../runtime.js';
import type { DemoAccount } from '../../seed/demo-accounts.js';
import { action } from '../output.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start the server (migrates, and loads demo data into an empty database) / jalankan server')
    .action(
      action(async () => {
        const config = configFromEnvironment();
        const database = await openMigratedDatabase(config);
        const blobs = evidenceStore(config);
        const seeded = await seedDemoIfEmpty(database, config, systemClock, blobs);
        const app = await buildApp({ config, database, clock: systemClock, blobs });
        // Every process runs the scheduler; the database makes sure each job runs once.
        const scheduler = config.scheduler.enabled
          ? new Scheduler({ config, database, clock: systemClock, blobs }, { logger: app.log })
          : null;
        const shutdown = async (signal: string) => {
          app.log.info({ signal }, 'shutting down');
          await scheduler?.stop();
          await app.close();
          await database.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void shutdown('SIGINT'));
        process.once('SIGTERM', () => void shutdown('SIGTERM'));
        await app.listen({ host: config.host, port: config.port });
        const address = app.server.address();
        const port = typeof address === 'object' && address ? address.port : config.port;
        scheduler?.start();
        const accounts = seeded?.accounts ?? (await listDemoAccounts(database.db));
        printBanner(
          `http://${config.host}:${port}`,
          redactDatabaseUrl(config.databaseUrl),
          accounts,
          Boolean(seeded),
          config.demoPassword,
        );
      }),
    );
}

function printBanner(
  url: string,
  databaseUrl: string,
  accounts: (DemoAccount | Omit<DemoAccount, 'password'>)[],
  firstRun: boolean,
  fixedPassword: string | undefined,
): void {
  const lines = ['', `  Pantau berjalan di / is running at  ${url}`, `  Basis data / database: ${databaseUrl}`];
  if (accounts.length > 0) {
    lines.push('', '  Akun contoh / demo accounts (data contoh):');
    for (const account of accounts) {
      const password = 'password' in account ? account.password : fixedPassword;
      lines.push(`    ${account.role.padEnd(12)} ${account.email.padEnd(32)} ${password ?? ''}`.trimEnd());
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
