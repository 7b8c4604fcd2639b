/** `pantau report …`: the quarterly and semester national reports and institution report cards, to a file. */
import { createWriteStream, statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { type Command, Option } from 'commander';
import { systemClock } from '../../clock.js';
import type { AppContext } from '../../context.js';
import { configFromEnvironment, evidenceStore, openMigratedDatabase } from '../../runtime.js';
import {
  type NationalDocument,
  type ProgressListener,
  quarterlyDocument,
  reportCardDocument,
  semesterDocument,
} from '../../services/documents/document.service.js';
import { action } from '../output.js';

/** Progress on standard error, so standard output stays clean. */
const progress: ProgressListener = (step, done, total) => {
  process.stderr.write(`  ${step}: ${done}/${total}\n`);
};

function integer(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`--${name} harus bilangan ${min}–${max} / --${name} must be a whole number ${min}–${max}`);
  }
  return n;
}

async function withContext(run: (context: AppContext) => Promise<void>): Promise<void> {
  const config = configFromEnvironment();
  const database = await openMigratedDatabase(config);
  try {
    await run({ config, database, clock: systemClock, blobs: evidenceStore(config) });
  } finally {
    await database.close();
  }
}

async function write(path: string, render: (out: Writable) => Promise<void>): Promise<void> {
  const out = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  await Promise.race([render(out), failed]);
  process.stderr.write(`Selesai / done: ${path} (${statSync(path).size} bytes)\n`);
}

async function writeNational(data: NationalDocument, format: 'pdf' | 'xlsx', path: string): Promise<void> {
  process.stderr.write(`Menulis / writing ${format.toUpperCase()}…\n`);
  // The renderers (pdfkit, exceljs) load only when a report is written, not with every command.
  if (format === 'pdf') {
    const { renderNationalPdf } = await import('../../documents/national-pdf.js');
    await write(path, (out) => renderNationalPdf(data, out, { onProgress: progress }));
  } else {
    const { renderNationalXlsx } = await import('../../documents/national-xlsx.js');
    await write(path, (out) => renderNationalXlsx(data, out, { onProgress: progress }));
  }
}

const formatOption = () => new Option('--format <format>', 'pdf or xlsx').choices(['pdf', 'xlsx']).default('pdf');

export function registerReport(program: Command): void {
  const report = program
    .command('report')
    .description('Generate reports (PDF/XLSX) with the dashboard figures / buat laporan');

  report
    .command('quarterly')
    .description('The quarterly national report / laporan triwulan nasional')
    .requiredOption('--period <code>', 'period, e.g. 2025-2026')
    .requiredOption('--quarter <n>', 'quarter 1–8 of the period')
    .addOption(formatOption())
    .requiredOption('--out <file>', 'file to write')
    .action(
      action(async (options: { period: string; quarter: string; format: 'pdf' | 'xlsx'; out: string }) => {
        const quarter = integer('quarter', options.quarter, 1, 8);
        await withContext(async (context) => {
          process.stderr.write('Menyiapkan data / gathering figures…\n');
          const data = await quarterlyDocument(context, options.period, quarter, progress);
          await writeNational(data, options.format, options.out);
        });
      }),
    );

  report
    .command('semester')
    .description('The semester national report (two quarters) / laporan semester')
    .requiredOption('--period <code>', 'period, e.g. 2025-2026')
    .requiredOption('--semester <n>', 'semester 1–4 of the period')
    .addOption(formatOption())
    .requiredOption('--out <file>', 'file to write')
    .action(
      action(async (options: { period: string; semester: string; format: 'pdf' | 'xlsx'; out: string }) => {
        const semester = integer('semester', options.semester, 1, 4);
        await withContext(async (context) => {
          process.stderr.write('Menyiapkan data / gathering figures…\n');
          const data = await semesterDocument(context, options.period, semester, progress);
          await writeNational(data, options.format, options.out);
        });
      }),
    );

  report
    .command('card')
    .description("An institution's report card for a quarter (PDF) / rapor instansi")
    .requiredOption('--institution <code>', 'institution code, e.g. 33.74')
    .requiredOption('--period <code>', 'period, e.g. 2025-2026')
    .requiredOption('--quarter <n>', 'quarter 1–8 of the period')
    .requiredOption('--out <file>', 'file to write')
    .action(
      action(async (options: { institution: string; period: string; quarter: string; out: string }) => {
        const quarter = integer('quarter', options.quarter, 1, 8);
        await withContext(async (context) => {
          process.stderr.write('Menyiapkan data / gathering figures…\n');
          const data = await reportCardDocument(context, null, 'all', {
            institution: options.institution,
            period: options.period,
            quarter,
          });
          const { renderReportCardPdf } = await import('../../documents/report-card-pdf.js');
          await write(options.out, (out) => renderReportCardPdf(data, out));
        });
      }),
    );
}
