#!/usr/bin/env node
/** The `pantau` command line. */
import './heap-growth.js';
import { Command } from 'commander';
import { VERSION } from '../version.js';
import { registerAudit } from './commands/audit.js';
import { registerBackup } from './commands/backup.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerJobs } from './commands/jobs.js';
import { registerMigrate } from './commands/migrate.js';
import { registerPeriods } from './commands/periods.js';
import { registerReport } from './commands/report.js';
import { registerSeed } from './commands/seed.js';
import { registerServe } from './commands/serve.js';
import { registerUsers } from './commands/users.js';

const program = new Command('pantau')
  .description('Pantau — pemantauan aksi pencegahan korupsi / corruption-prevention action monitoring')
  .version(VERSION)
  .showHelpAfterError('(gunakan --help / use --help)');

registerServe(program);
registerMigrate(program);
registerSeed(program);
registerUsers(program);
registerAudit(program);
registerImport(program);
registerExport(program);
registerBackup(program);
registerJobs(program);
registerReport(program);
registerPeriods(program);

await program.parseAsync(process.argv);
