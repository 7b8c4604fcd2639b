/** What admin sees of the machinery: the mail outbox (and retrying a mail) and the scheduled job runs. */
import { type JobDto, type JobPageDto, type JobStatus, OUTBOX_STATUSES, type OutboxPageDto } from '@pantau/core';
import type { Selectable } from 'kysely';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import { countJobs, findJob, listJobsPage, requeueJob } from '../../db/repositories/job.repository.js';
import {
  countOutboxByStatus,
  findOutboxMail,
  listOutboxPage,
  requeueMail,
} from '../../db/repositories/outbox.repository.js';
import type { JobTable, OutboxTable } from '../../db/schema.js';
import { transaction } from '../../db/transaction.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import type { Locale } from '../../notifications/format.js';

type OutboxItem = OutboxPageDto['items'][number];

function outboxView(row: Selectable<OutboxTable>): OutboxItem {
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    kind: row.kind,
    userId: row.user_id,
    status: row.status as OutboxItem['status'],
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

function deliveryNote(configured: boolean, locale: Locale): string {
  if (configured) {
    return locale === 'id'
      ? 'E-mail dikirim lewat SMTP oleh penjadwal; yang gagal dicoba lagi dengan jeda yang makin panjang (1, 5, 15, 60 menit … maks. 6 jam). Yang ditolak permanen (5xx) berstatus failed dan dapat dikirim ulang.'
      : 'Mail is sent over SMTP by the scheduler; failures are retried with growing delays (1, 5, 15, 60 minutes … at most 6 hours). Mail refused for good (5xx) is failed and can be retried.';
  }
  return locale === 'id'
    ? 'SMTP belum dikonfigurasi (PANTAU_SMTP_URL): e-mail menunggu di outbox berstatus pending dan terkirim setelah SMTP diatur.'
    : 'SMTP is not configured (PANTAU_SMTP_URL): mail waits in the outbox as pending and goes out once SMTP is set up.';
}

/** One page of the outbox, newest first, with counts per status and whether mail can leave at all. */
export async function listOutbox(
  context: AppContext,
  locale: Locale,
  query: { status?: OutboxItem['status'] | undefined; limit: number; offset: number },
): Promise<OutboxPageDto> {
  const { db } = context.database;
  const page = { limit: query.limit, offset: query.offset };
  const [counted, rows] = await Promise.all([countOutboxByStatus(db), listOutboxPage(db, query.status, page)]);
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((status) => [status, 0])) as OutboxPageDto['counts'];
  for (const row of counted) counts[row.status as OutboxItem['status']] = Number(row.count);
  const configured = context.config.mail.smtpUrl !== null;
  return {
    delivery: { configured, from: context.config.mail.from, note: deliveryNote(configured, locale) },
    counts,
    total: query.status ? counts[query.status] : Object.values(counts).reduce((a, b) => a + b, 0),
    ...page,
    items: rows.map(outboxView),
  };
}

/** Sends a failed (or waiting) mail again at the next delivery pass. */
export async function retryOutboxMail(context: AppContext, actor: Actor, id: number): Promise<OutboxItem> {
  const { db } = context.database;
  const mail = await findOutboxMail(db, id);
  if (!mail) throw new NotFoundError({ id: 'E-mail tidak ditemukan di outbox.', en: 'No such mail in the outbox.' });
  await transaction(db, async (trx) => {
    if (!(await requeueMail(trx, id, context.clock.now().toISOString()))) {
      throw new ConflictError('mail_not_retryable', {
        id: `E-mail ini berstatus ${mail.status}: hanya e-mail pending atau failed yang dapat dikirim ulang.`,
        en: `This mail is ${mail.status}: only pending or failed mail can be retried.`,
      });
    }
    await recordAudit(trx, context.clock, actor, {
      action: 'outbox.retry',
      entity: 'outbox',
      entityId: id,
      change: { status_before: mail.status, attempts: mail.attempts },
    });
  });
  return outboxView((await findOutboxMail(db, id)) as Selectable<OutboxTable>);
}

function jobView(row: Selectable<JobTable>): JobDto {
  return {
    id: row.id,
    kind: row.kind,
    key: row.key,
    name: row.name,
    scheduledFor: row.scheduled_for,
    status: row.status as JobStatus,
    attempts: row.attempts,
    lockedBy: row.locked_by,
    lastError: row.last_error,
    result: row.result,
    runAfter: row.status === 'pending' ? row.run_after : null,
    finishedAt: row.finished_at,
  };
}

/** One page of scheduled job runs, latest first. */
export async function listJobRuns(
  context: AppContext,
  query: { status?: JobStatus | undefined; limit: number; offset: number },
): Promise<JobPageDto> {
  const { db } = context.database;
  const page = { limit: query.limit, offset: query.offset };
  const [total, rows] = await Promise.all([countJobs(db, query.status), listJobsPage(db, query.status, page)]);
  return { total, ...page, items: rows.map(jobView) };
}

/**
 * Runs a failed run (or one waiting for its retry) again at the scheduler's next pass, without
 * waiting for its back-off. A run that is running or done is refused: a done run has notified its
 * people once, and a second notice would be a duplicate.
 */
export async function runJobNow(context: AppContext, actor: Actor, id: number): Promise<JobDto> {
  const { db } = context.database;
  const job = await findJob(db, id);
  if (!job) throw new NotFoundError({ id: 'Tugas terjadwal tidak ditemukan.', en: 'No such job run.' });
  await transaction(db, async (trx) => {
    if (!(await requeueJob(trx, id, context.clock.now().toISOString()))) {
      throw new ConflictError('job_not_rerunnable', {
        id:
          job.status === 'done'
            ? 'Tugas ini sudah selesai dijalankan; menjalankannya lagi akan mengirim pemberitahuan ganda.'
            : 'Tugas ini sedang berjalan. Tunggu sampai selesai atau gagal.',
        en:
          job.status === 'done'
            ? 'This run has finished; running it again would send its notices twice.'
            : 'This run is running. Wait until it finishes or fails.',
      });
    }
    await recordAudit(trx, context.clock, actor, {
      action: 'job.run_now',
      entity: 'job',
      entityId: id,
      change: { kind: job.kind, key: job.key, status_before: job.status, attempts: job.attempts },
    });
  });
  return jobView((await findJob(db, id)) as Selectable<JobTable>);
}
