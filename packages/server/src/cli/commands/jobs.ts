/** `pantau jobs …` and `pantau mail …`: run the scheduler once, see job runs and the mail outbox, retry a mail. */
import { JOB_STATUSES, OUTBOX_STATUSES } from '@pantau/core';
import { type Command, Option } from 'commander';
import { systemActor } from '../../audit/actor.js';
import { systemClock } from '../../clock.js';
import type { AppContext } from '../../context.js';
import { Scheduler } from '../../jobs/scheduler.js';
import { configFromEnvironment, evidenceStore, openMigratedDatabase } from '../../runtime.js';
import { listJobRuns, listOutbox, retryOutboxMail } from '../../services/operations/operations.service.js';
import { action, type OutputFormat, printRows } from '../output.js';

const formatOption = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');
const limitOption = () => new Option('--limit <n>', 'rows to show').default('50');

async function withContext(run: (context: AppContext) => Promise<void>): Promise<void> {
  const config = configFromEnvironment();
  const database = await openMigratedDatabase(config);
  try {
    await run({ config, database, clock: systemClock, blobs: evidenceStore(config) });
  } finally {
    await database.close();
  }
}

export function registerJobs(program: Command): void {
  const jobs = program.command('jobs').description('Scheduled jobs / tugas terjadwal');

  jobs
    .command('run-once')
    .description(
      'Plan due jobs, run them and deliver due mail once, then exit (as every `pantau serve` does each minute) / jalankan sekali',
    )
    .addOption(formatOption())
    .action(
      action(async (options: { format: OutputFormat }) => {
        await withContext(async (context) => {
          const scheduler = new Scheduler(context, { workerId: `cli:${process.pid}` });
          try {
            const result = await scheduler.tick();
            if (options.format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
            else {
              printRows(
                result.runs.map((r) => ({ id: r.id, kind: r.kind, key: r.key, status: r.status, result: r.result })),
                'table',
              );
              process.stdout.write(
                `Direncanakan / planned: ${result.planned}; e-mail terkirim / sent: ${result.mail.sent}, ` +
                  `dicoba lagi / retrying: ${result.mail.retrying}, gagal / failed: ${result.mail.failed}` +
                  `${context.config.mail.smtpUrl ? '' : ' (PANTAU_SMTP_URL kosong: e-mail menunggu / mail waits)'}\n`,
              );
            }
          } finally {
            await scheduler.stop();
          }
        });
      }),
    );

  jobs
    .command('list')
    .description('Job runs, latest first / daftar tugas')
    .addOption(new Option('--status <status>', 'only runs with this status').choices([...JOB_STATUSES]))
    .addOption(limitOption())
    .addOption(formatOption())
    .action(
      action(async (options: { status?: (typeof JOB_STATUSES)[number]; limit: string; format: OutputFormat }) => {
        await withContext(async (context) => {
          const page = await listJobRuns(context, { status: options.status, limit: Number(options.limit), offset: 0 });
          printRows(
            page.items.map((j) => ({
              id: j.id,
              kind: j.kind,
              key: j.key,
              scheduled_for: j.scheduledFor,
              status: j.status,
              attempts: j.attempts,
              result: j.result ?? j.lastError,
            })),
            options.format,
          );
        });
      }),
    );

  const mail = program.command('mail').description('The mail outbox / kotak keluar e-mail');

  mail
    .command('list')
    .description('Mail in the outbox, newest first / daftar e-mail')
    .addOption(new Option('--status <status>', 'only mail with this status').choices([...OUTBOX_STATUSES]))
    .addOption(limitOption())
    .addOption(formatOption())
    .action(
      action(async (options: { status?: (typeof OUTBOX_STATUSES)[number]; limit: string; format: OutputFormat }) => {
        await withContext(async (context) => {
          const page = await listOutbox(context, 'en', {
            status: options.status,
            limit: Number(options.limit),
            offset: 0,
          });
          if (!page.delivery.configured) process.stderr.write(`${page.delivery.note}\n`);
          printRows(
            page.items.map((m) => ({
              id: m.id,
              to: m.to,
              kind: m.kind,
              status: m.status,
              attempts: m.attempts,
              next_attempt_at: m.nextAttemptAt,
              last_error: m.lastError,
            })),
            options.format,
          );
        });
      }),
    );

  mail
    .command('retry')
    .description('Send a failed or waiting mail again at the next delivery pass / kirim ulang')
    .argument('<id>', 'outbox id')
    .action(
      action(async (id: string) => {
        await withContext(async (context) => {
          const item = await retryOutboxMail(context, systemActor('cli'), Number(id));
          process.stdout.write(`#${item.id} ${item.status} → ${item.to}\n`);
        });
      }),
    );
}
