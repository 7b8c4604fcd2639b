/**
 * Delivering the outbox. Each mail is claimed by one process, sent, and marked sent; a failure puts
 * it back with a growing delay (1, 5, 15, 60 minutes … capped at 6 hours), so a mail is retried
 * until the server takes it and is never dropped. Only a permanent refusal (SMTP 5xx) stops the
 * retries: the mail stays `failed` in the outbox, where admin sees it and can send it again.
 */
import { retryDelayMs } from '@pantau/core';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { claimNextMail, markMailFailed, markMailSent, releaseStaleMail } from '../db/repositories/outbox.repository.js';
import { LINK_MAIL_KINDS } from '../notifications/templates.js';
import { describeSendFailure, type MailTransport } from './mail-transport.js';

/** A mail claimed longer ago than this belongs to a process that died mid-send. */
export const STALE_SEND_MS = 10 * 60_000;

/** What one delivery pass did. */
export interface DeliveryResult {
  sent: number;
  retrying: number;
  failed: number;
}

const ERASED =
  '[Isi dihapus setelah terkirim karena memuat tautan masuk / body erased after sending: it held a sign-in link]';

/** Sends the mail due now, up to `limit` messages; without a transport nothing is sent and mail waits. */
export async function deliverDueMail(
  database: Database,
  clock: Clock,
  from: string,
  transport: MailTransport | null,
  worker: string,
  limit = 100,
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
  if (!transport) return result;
  const { db } = database;
  const now = () => clock.now();
  await releaseStaleMail(db, new Date(now().getTime() - STALE_SEND_MS).toISOString(), now().toISOString());
  for (let tried = 0; tried < limit; tried++) {
    const mail = await claimNextMail(database, worker, now().toISOString());
    if (!mail) break;
    try {
      await transport.send({
        from,
        to: mail.to_address,
        subject: mail.subject,
        text: mail.text_body,
        html: mail.html_body,
      });
      const erase = (LINK_MAIL_KINDS as readonly string[]).includes(mail.kind) ? ERASED : null;
      await markMailSent(db, mail.id, worker, now().toISOString(), erase);
      result.sent++;
    } catch (error) {
      const failure = describeSendFailure(error);
      const retryAt = failure.permanent ? null : new Date(now().getTime() + retryDelayMs(mail.attempts)).toISOString();
      await markMailFailed(db, mail.id, worker, failure.message, retryAt);
      if (failure.permanent) result.failed++;
      else result.retrying++;
      // The server is unreachable: the rest waits for the next pass instead of failing one by one.
      if (failure.unreachable) break;
    }
  }
  return result;
}
