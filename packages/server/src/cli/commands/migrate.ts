/** `pantau migrate`: bring the database schema up to date. */
import type { Command } from 'commander';
import { redactDatabaseUrl } from '../../config.js';
import { configFromEnvironment, openMigratedDatabase } from '../../runtime.js';
import { action } from '../output.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending database migrations / terapkan migrasi basis data')
    .action(
      action(async () => {
        const config = configFromEnvironment();
        const database = await openMigratedDatabase(config);
        await database.close();
        process.stdout.write(`Skema mutakhir / schema up to date: ${redactDatabaseUrl(config.databaseUrl)}\n`);
      }),
    );
}
