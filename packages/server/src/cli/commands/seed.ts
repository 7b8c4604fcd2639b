/** `pantau seed --demo`: load the demo dataset into an empty database. */
import { type Command, Option } from 'commander';
import { fixedClock, systemClock } from '../../clock.js';
import { configFromEnvironment, evidenceStore, openMigratedDatabase } from '../../runtime.js';
import { action, printRows } from '../output.js';

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description('Load data into an empty database / muat data ke basis data kosong')
    .requiredOption('--demo', 'the demo dataset ("data contoh")')
    .option('--as-of <date>', 'demo "today" (YYYY-MM-DD); history runs up to it', undefined)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(
      action(async (options: { asOf?: string; format: 'table' | 'json' }) => {
        if (options.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) {
          throw new Error('--as-of harus berformat YYYY-MM-DD / must be YYYY-MM-DD');
        }
        const config = configFromEnvironment();
        const database = await openMigratedDatabase(config);
        try {
          const clock = options.asOf ? fixedClock(`${options.asOf}T05:00:00.000Z`) : systemClock;
          // Loaded here, not with the command line: every other command would carry the catalogues.
          const { seedDemo } = await import('../../seed/demo-seed.js');
          const result = await seedDemo(database, {
            asOf: clock.now(),
            password: config.demoPassword,
            secret: config.secret,
            blobs: evidenceStore(config),
          });
          if (options.format === 'json') {
            process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
            return;
          }
          printRows([result.counts], 'table');
          process.stdout.write('\nAkun contoh / demo accounts (kata sandi hanya ditampilkan sekali / shown once):\n');
          printRows(
            result.accounts.map(({ role, email, institutionCode, password }) => ({
              role,
              email,
              institution: institutionCode,
              password,
            })),
            'table',
          );
        } finally {
          await database.close();
        }
      }),
    );
}
