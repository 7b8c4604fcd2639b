/**
 * Notifying people of an event, inside the event's own transaction: each recipient gets the
 * notification in their language, in the app and/or by e-mail as they chose (or in the daily
 * digest). Mail goes to the outbox, so it is sent after the transaction commits, or never if it
 * rolls back.
 */
import {
  CONFIGURABLE_NOTIFICATION_KINDS,
  DEFAULT_PREFERENCE,
  deliversEmail,
  deliversInApp,
  type NotificationChannel,
  type NotificationKind,
} from '@pantau/core';
import type { AppContext } from '../context.js';
import type { Executor } from '../db/database.js';
import { insertNotifications, listPreferencesOf } from '../db/repositories/notification.repository.js';
import { insertOutboxMails } from '../db/repositories/outbox.repository.js';
import { localeOf } from './format.js';
import { type NotificationParams, renderNotification } from './templates.js';

/** Someone to notify. */
export interface Recipient {
  id: number;
  email: string;
  name: string;
  locale: string;
}

/** How a user wants one kind delivered. */
interface Choice {
  channel: NotificationChannel;
  digest: boolean;
}

async function choicesOf(trx: Executor, kind: NotificationKind, userIds: number[]): Promise<Map<number, Choice>> {
  const choices = new Map<number, Choice>();
  // Account links always go by e-mail, at once.
  if (!(CONFIGURABLE_NOTIFICATION_KINDS as readonly string[]).includes(kind)) {
    for (const id of userIds) choices.set(id, { channel: 'email', digest: false });
    return choices;
  }
  for (const id of userIds) choices.set(id, { ...DEFAULT_PREFERENCE });
  for (const row of await listPreferencesOf(trx, userIds)) {
    if (row.kind === kind)
      choices.set(row.user_id, { channel: row.channel as NotificationChannel, digest: row.digest === 1 });
  }
  return choices;
}

/** Notifies `recipients` (each once) of an event; returns how many were reached by some channel. */
export async function notify(
  trx: Executor,
  context: Pick<AppContext, 'clock' | 'config'>,
  recipients: readonly Recipient[],
  params: NotificationParams,
): Promise<number> {
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()];
  if (unique.length === 0) return 0;
  const at = context.clock.now().toISOString();
  const choices = await choicesOf(
    trx,
    params.kind,
    unique.map((r) => r.id),
  );
  const notifications = [];
  const mails = [];
  let reached = 0;
  for (const recipient of unique) {
    const choice = choices.get(recipient.id) ?? { ...DEFAULT_PREFERENCE };
    const inApp = deliversInApp(choice.channel);
    const email = deliversEmail(choice.channel);
    if (!inApp && !email) continue;
    reached++;
    const rendered = renderNotification(params, localeOf(recipient.locale), context.config.publicUrl);
    const emailState = !email ? 'none' : choice.digest ? 'digest' : 'queued';
    if (inApp || emailState === 'digest') {
      notifications.push({
        user_id: recipient.id,
        kind: params.kind,
        title: rendered.title,
        body: rendered.body,
        link: rendered.link,
        in_app: inApp ? 1 : 0,
        email_state: emailState,
        read_at: null,
        created_at: at,
      });
    }
    if (emailState === 'queued') {
      mails.push({
        to_address: recipient.email,
        subject: rendered.mail.subject,
        text_body: rendered.mail.text,
        html_body: rendered.mail.html,
        kind: params.kind,
        user_id: recipient.id,
        status: 'pending',
        attempts: 0,
        next_attempt_at: at,
        locked_by: null,
        locked_at: null,
        last_error: null,
        created_at: at,
        sent_at: null,
      });
    }
  }
  await insertNotifications(trx, notifications);
  await insertOutboxMails(trx, mails);
  return reached;
}
