/** `pantau export <list>`: a list as CSV or XLSX, streamed to a file or standard output. */
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Argument, type Command, Option } from 'commander';
import { systemActor } from '../../audit/actor.js';
import { systemClock } from '../../clock.js';
import { configFromEnvironment, evidenceStore, openMigratedDatabase } from '../../runtime.js';
import { exportCatalogue } from '../../services/export/catalogue-export.service.js';
import { exportInstitutions, exportReports, exportUsers } from '../../services/export/export.service.js';
import type { TableFormat } from '../../services/export/table-writer.js';
import { action } from '../output.js';

interface ExportOptions {
  format: TableFormat;
  out?: string;
  period?: string;
  quarter?: string;
  institution?: string;
  state?: string;
  type?: string;
  province?: string;
  status?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Export a list as CSV or XLSX / ekspor daftar sebagai CSV atau XLSX')
    .addArgument(new Argument('<list>', 'the list').choices(['reports', 'institutions', 'users', 'catalogue']))
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .option('--out <file>', 'write to this file (default: standard output)')
    .option('--period <code>', 'reports, catalogue: period, e.g. 2025-2026')
    .option('--quarter <n>', 'reports: quarter 1–8')
    .option('--institution <code>', 'reports, users: one institution')
    .option('--state <state>', 'reports: one state, e.g. accepted')
    .option('--type <type>', 'institutions: kl, provinsi, kabupaten or kota')
    .option('--province <code>', 'institutions: province code, e.g. 33')
    .option('--status <status>', 'users: active, invited or disabled')
    .action(
      action(async (list: 'reports' | 'institutions' | 'users' | 'catalogue', options: ExportOptions) => {
        if (options.quarter !== undefined && !/^[1-8]$/.test(options.quarter)) {
          throw new Error('--quarter harus 1–8 / must be 1–8');
        }
        if (options.format === 'xlsx' && !options.out && process.stdout.isTTY) {
          throw new Error('XLSX tidak ditulis ke terminal: pakai --out <berkas> / use --out <file> for XLSX');
        }
        const config = configFromEnvironment();
        const database = await openMigratedDatabase(config);
        try {
          const context = { config, database, clock: systemClock, blobs: evidenceStore(config) };
          const actor = systemActor('cli');
          if (list === 'catalogue' && !options.period) {
            throw new Error('--period wajib untuk katalog / --period is required for the catalogue');
          }
          const file =
            list === 'catalogue'
              ? await exportCatalogue(context, options.period ?? '', options.format)
              : list === 'reports'
                ? await exportReports(
                    context,
                    actor,
                    {
                      period: options.period,
                      quarter: options.quarter === undefined ? undefined : Number(options.quarter),
                      institution: options.institution,
                      state: options.state,
                    },
                    options.format,
                  )
                : list === 'institutions'
                  ? exportInstitutions(context, { type: options.type, province: options.province }, options.format)
                  : await exportUsers(
                      context,
                      actor,
                      { institution: options.institution, status: options.status },
                      options.format,
                    );
          await pipeline(file.stream, options.out ? createWriteStream(options.out) : process.stdout);
          if (options.out) process.stderr.write(`Ditulis / written: ${options.out}\n`);
        } finally {
          await database.close();
        }
      }),
    );
}
