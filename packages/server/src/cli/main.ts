#!/usr/bin/env node
/** The `pantau` command line. */
import { Command } from 'commander';
import { VERSION } from '../version.js';
import { registerAudit } from './commands/audit.js';
import { registerMigrate } from './commands/migrate.js';
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

await program.parseAsync(process.argv);
