/** `pantau backup` and `pantau restore`: a whole instance, database and evidence files. */
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { systemClock } from '../../clock.js';
import { redactDatabaseUrl } from '../../config.js';
import { configFromEnvironment, evidenceStore, openMigratedDatabase } from '../../runtime.js';
import { createBackup, restoreBackup } from '../../services/operations/backup.service.js';
import { action, type OutputFormat, printRows } from '../output.js';

const formatOption = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description(
      'Write a consistent backup (database snapshot + evidence files + manifest) into an empty folder / buat cadangan',
    )
    .requiredOption('--out <dir>', 'new or empty folder for the backup')
    .addOption(formatOption())
    .action(
      action(async (options: { out: string; format: OutputFormat }) => {
        const config = configFromEnvironment();
        const database = await openMigratedDatabase(config);
        try {
          const out = resolve(options.out);
          const manifest = await createBackup(
            { database, url: config.databaseUrl, blobs: evidenceStore(config) },
            out,
            systemClock,
          );
          const rows = Object.values(manifest.tables).reduce((sum, n) => sum + n, 0);
          if (options.format === 'json') {
            const { items: _items, ...evidence } = manifest.evidence;
            process.stdout.write(`${JSON.stringify({ ...manifest, evidence, out }, null, 2)}\n`);
            return;
          }
          printRows(
            [
              {
                out,
                engine: manifest.engine,
                tables: Object.keys(manifest.tables).length,
                rows,
                audit_head: `#${manifest.auditHead.seq}`,
                evidence_files: manifest.evidence.files,
                evidence_bytes: manifest.evidence.bytes,
              },
            ],
            'table',
          );
        } finally {
          await database.close();
        }
      }),
    );

  program
    .command('restore')
    .description(
      'Restore a backup into the configured EMPTY database and evidence store, then check it / pulihkan cadangan',
    )
    .requiredOption('--from <dir>', 'folder written by pantau backup')
    .addOption(formatOption())
    .action(
      action(async (options: { from: string; format: OutputFormat }) => {
        const config = configFromEnvironment();
        const result = await restoreBackup(
          { url: config.databaseUrl, blobs: evidenceStore(config) },
          resolve(options.from),
        );
        if (options.format === 'json') {
          process.stdout.write(`${JSON.stringify(result)}\n`);
          return;
        }
        process.stdout.write(
          `Dipulihkan dan diperiksa / restored and checked: ${redactDatabaseUrl(config.databaseUrl)}\n`,
        );
        printRows([{ ...result }], 'table');
      }),
    );
}
