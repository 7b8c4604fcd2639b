/** `pantau audit verify`: walk the audit chain and report the first broken entry. */
import { type Command, Option } from 'commander';
import { verifyAuditChain } from '../../audit/audit.service.js';
import { configFromEnvironment, openMigratedDatabase } from '../../runtime.js';
import { action } from '../output.js';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('The tamper-evident audit chain / rantai audit');
  audit
    .command('verify')
    .description('Check every entry of the chain; exit 1 and name the first broken entry / periksa rantai audit')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(
      action(async (options: { format: 'table' | 'json' }) => {
        const database = await openMigratedDatabase(configFromEnvironment());
        try {
          const result = await verifyAuditChain(database.db);
          if (options.format === 'json') process.stdout.write(`${JSON.stringify(result)}\n`);
          else if (result.ok) {
            process.stdout.write(
              `Rantai audit utuh / audit chain intact: ${result.entries} entri, kepala / head #${result.head.seq} ${result.head.hash}\n`,
            );
          } else {
            process.stderr.write(
              `Rantai audit RUSAK pada entri #${result.brokenAt} / audit chain BROKEN at entry #${result.brokenAt}: ${result.reason}\n`,
            );
          }
          if (!result.ok) process.exitCode = 1;
        } finally {
          await database.close();
        }
      }),
    );
}
