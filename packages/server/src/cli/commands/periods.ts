/** `pantau periods …`: list periods, create a new one (optionally copying an earlier catalogue). */
import { createPeriodRequestSchema } from '@pantau/core';
import { type Command, Option } from 'commander';
import { systemActor } from '../../audit/actor.js';
import { systemClock } from '../../clock.js';
import type { AppContext } from '../../context.js';
import { configFromEnvironment, evidenceStore, openMigratedDatabase } from '../../runtime.js';
import { getPeriods } from '../../services/periods/period.service.js';
import { createPeriod } from '../../services/periods/period-create.service.js';
import { action, type OutputFormat, printRows } from '../output.js';

const formatOption = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');

async function withContext(run: (context: AppContext) => Promise<void>): Promise<void> {
  const config = configFromEnvironment();
  const database = await openMigratedDatabase(config);
  try {
    await run({ config, database, clock: systemClock, blobs: evidenceStore(config) });
  } finally {
    await database.close();
  }
}

function days(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`--${name} harus bilangan bulat / --${name} must be a whole number`);
  return n;
}

export function registerPeriods(program: Command): void {
  const periods = program.command('periods').description('Action periods / periode aksi');

  periods
    .command('list')
    .description('Periods with their status / daftar periode')
    .addOption(formatOption())
    .action(
      action(async (options: { format: OutputFormat }) => {
        await withContext(async (context) => {
          const list = await getPeriods(context.database.db, context.clock);
          printRows(
            list.map((p) => ({
              code: p.code,
              name: p.name,
              status: p.status,
              open: p.quarters.filter((q) => q.status === 'open').length,
              closed: p.quarters.filter((q) => q.status === 'closed').length,
            })),
            options.format,
          );
        });
      }),
    );

  periods
    .command('create')
    .description(
      'Create a period with its eight quarters (planned), as a draft until its first quarter opens / buat periode baru',
    )
    .requiredOption('--code <code>', 'the period, e.g. 2027-2028')
    .option('--name <name>', 'name shown on screens (default "Aksi Pencegahan Korupsi 2027–2028")')
    .option('--copy-catalogue-from <code>', 'copy the catalogue and assignments of this period as a draft')
    .option('--deadline-days <n>', 'days after a quarter ends to report (default 10, or the copied period’s)')
    .option('--verification-days <n>', 'days after the deadline to verify (default 30, or the copied period’s)')
    .addOption(formatOption())
    .action(
      action(
        async (options: {
          code: string;
          name?: string;
          copyCatalogueFrom?: string;
          deadlineDays?: string;
          verificationDays?: string;
          format: OutputFormat;
        }) => {
          const input = createPeriodRequestSchema.parse({
            code: options.code,
            name: options.name,
            copyCatalogueFrom: options.copyCatalogueFrom,
            deadlineDays: days('deadline-days', options.deadlineDays),
            verificationDays: days('verification-days', options.verificationDays),
          });
          await withContext(async (context) => {
            const created = await createPeriod(context, systemActor('cli'), input);
            if (options.format === 'json') {
              process.stdout.write(`${JSON.stringify(created, null, 2)}\n`);
              return;
            }
            printRows(
              created.period.quarters.map((q) => ({
                quarter: q.label,
                from: q.startsOn,
                to: q.endsOn,
                deadline: q.deadline,
                verification_ends: q.verificationEndsOn,
                status: q.status,
              })),
              'table',
            );
            const copied = created.copied;
            process.stdout.write(
              `Periode dibuat / period created: ${created.period.code} (${created.period.name}), status ${created.period.status}\n` +
                (copied
                  ? `Disalin dari / copied from ${copied.from}: ${copied.fokus} fokus, ${copied.aksi} aksi, ${copied.outputs} output, ` +
                    `${copied.targets} target, ${copied.assignmentRules} aturan penugasan / rules, ${copied.assignments} penugasan / assignments\n`
                  : ''),
            );
          });
        },
      ),
    );
}
