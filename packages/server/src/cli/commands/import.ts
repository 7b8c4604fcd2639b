/** `pantau import <kind> <file>`: the spreadsheet import of the API, from the command line. */
import { existsSync } from 'node:fs';
import { IMPORT_TARGETS, type ImportTarget } from '@pantau/core';
import { Argument, type Command, Option } from 'commander';
import { systemActor } from '../../audit/actor.js';
import { systemClock } from '../../clock.js';
import { configFromEnvironment, evidenceStore, openMigratedDatabase } from '../../runtime.js';
import { importSpreadsheet, localiseImportOutcome } from '../../services/import/import.service.js';
import { action, type OutputFormat, printRows } from '../output.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'Import a spreadsheet (XLSX or CSV): check every row, save all or nothing / impor lembar kerja: periksa, simpan semua atau tidak sama sekali',
    )
    .addArgument(new Argument('<kind>', 'kind of data; all = an XLSX with several sheets').choices([...IMPORT_TARGETS]))
    .argument('<file>', 'the .xlsx or .csv file')
    .option('--dry-run', 'check only and show what would change; save nothing')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--lang <lang>', 'language of the problems').choices(['id', 'en']).default('id'))
    .action(
      action(
        async (
          kind: ImportTarget,
          path: string,
          options: { dryRun?: boolean; format: OutputFormat; lang: 'id' | 'en' },
        ) => {
          if (!existsSync(path)) throw new Error(`Berkas tidak ditemukan / file not found: ${path}`);
          const config = configFromEnvironment();
          const database = await openMigratedDatabase(config);
          try {
            const context = { config, database, clock: systemClock, blobs: evidenceStore(config) };
            const outcome = await importSpreadsheet(context, systemActor('cli'), kind, path, {
              dryRun: options.dryRun === true,
            });
            const result = localiseImportOutcome(outcome, options.lang);
            if (options.format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
            else printOutcome(result);
            if (result.problems.length > 0) process.exitCode = 1;
          } finally {
            await database.close();
          }
        },
      ),
    );
}

function printOutcome(result: ReturnType<typeof localiseImportOutcome>): void {
  const { file, problems } = result;
  process.stdout.write(`${file.name}: ${file.rows} baris / rows, sha256 ${file.sha256}\n`);
  if (problems.length > 0) {
    process.stdout.write(`\n${result.problemCount} masalah, tidak ada yang disimpan / problems, nothing saved:\n`);
    printRows(
      problems.map((p) => ({ lembar: p.sheet, baris: p.row, kolom: p.column, pesan: p.message })),
      'table',
    );
    return;
  }
  printRows(
    Object.entries(result.details).map(([entity, counts]) => ({ data: entity, ...counts })),
    'table',
  );
  const verdict = result.committed
    ? 'Disimpan / saved.'
    : 'Periksa saja: tidak ada yang disimpan / dry run: nothing saved.';
  process.stdout.write(`\n${verdict}\n`);
  if (result.invitations.length > 0) {
    process.stdout.write('\nTautan undangan (serahkan ke pemilik akun) / invitation links:\n');
    printRows(result.invitations, 'table');
  }
}
