/** A user's notifications in the app and their choice of channels per kind. */
import {
  CONFIGURABLE_NOTIFICATION_KINDS,
  DEFAULT_PREFERENCE,
  type NotificationChannel,
  type NotificationDto,
  type NotificationKind,
  type NotificationPageDto,
  type NotificationPreference,
  type NotificationPreferencesDto,
} from '@pantau/core';
import type { Selectable } from 'kysely';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import {
  countNotifications,
  findNotification,
  listNotificationsPage,
  listPreferencesOf,
  markAllNotificationsRead,
  markNotificationRead,
  upsertPreference,
} from '../../db/repositories/notification.repository.js';
import type { NotificationTable } from '../../db/schema.js';
import { transaction } from '../../db/transaction.js';
import { NotFoundError, ValidationError } from '../../errors.js';

const NOT_FOUND = { id: 'Pemberitahuan tidak ditemukan.', en: 'Notification not found.' };

function view(row: Selectable<NotificationTable>): NotificationDto {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    title: row.title,
    body: row.body,
    link: row.link,
    readAt: row.read_at,
    createdAt: row.created_at,
  };
}

/** One page of the actor's notifications (optionally unread ones, of one kind), newest first, with the unread count. */
export async function listNotifications(
  context: AppContext,
  actor: UserActor,
  query: {
    unread?: 'true' | 'false' | undefined;
    kind?: NotificationKind | undefined;
    limit: number;
    offset: number;
  },
): Promise<NotificationPageDto> {
  const { db } = context.database;
  const filter = { unreadOnly: query.unread === 'true', kind: query.kind };
  const page = { limit: query.limit, offset: query.offset };
  const [total, unread, rows] = await Promise.all([
    countNotifications(db, actor.userId, filter),
    countNotifications(db, actor.userId, { unreadOnly: true }),
    listNotificationsPage(db, actor.userId, filter, page),
  ]);
  return { total, unread, ...page, items: rows.map(view) };
}

/** Marks one of the actor's notifications read. */
export async function readNotification(context: AppContext, actor: UserActor, id: number): Promise<NotificationDto> {
  const { db } = context.database;
  if (!(await markNotificationRead(db, actor.userId, id, context.clock.now().toISOString())))
    throw new NotFoundError(NOT_FOUND);
  return view((await findNotification(db, actor.userId, id)) as Selectable<NotificationTable>);
}

/** Marks all the actor's notifications read. */
export async function readAllNotifications(context: AppContext, actor: UserActor): Promise<{ updated: number }> {
  const updated = await markAllNotificationsRead(context.database.db, actor.userId, context.clock.now().toISOString());
  return { updated };
}

/** The actor's choice for every kind they can choose for (defaults where they have not chosen). */
export async function getPreferences(context: AppContext, actor: UserActor): Promise<NotificationPreferencesDto> {
  const stored = await listPreferencesOf(context.database.db, [actor.userId]);
  const byKind = new Map(stored.map((row) => [row.kind, row]));
  return {
    items: CONFIGURABLE_NOTIFICATION_KINDS.map((kind): NotificationPreference => {
      const row = byKind.get(kind);
      return row
        ? { kind, channel: row.channel as NotificationChannel, digest: row.digest === 1 }
        : { kind, ...DEFAULT_PREFERENCE };
    }),
  };
}

/** Stores the actor's choices for the kinds given; other kinds keep theirs. */
export async function updatePreferences(
  context: AppContext,
  actor: UserActor,
  items: readonly NotificationPreference[],
): Promise<NotificationPreferencesDto> {
  const fixed = items.filter((item) => !(CONFIGURABLE_NOTIFICATION_KINDS as readonly string[]).includes(item.kind));
  if (fixed.length > 0) {
    throw new ValidationError(
      {
        id: 'Undangan dan atur ulang kata sandi selalu dikirim lewat e-mail dan tidak dapat diubah.',
        en: 'Invitations and password resets always go by e-mail; they cannot be changed.',
      },
      fixed.map((item) => ({ path: 'items.kind', message: item.kind })),
    );
  }
  const at = context.clock.now().toISOString();
  await transaction(context.database.db, async (trx) => {
    for (const item of items) {
      await upsertPreference(trx, {
        user_id: actor.userId,
        kind: item.kind,
        channel: item.channel,
        digest: item.digest ? 1 : 0,
        updated_at: at,
      });
    }
    await recordAudit(trx, context.clock, actor, {
      action: 'notification.preferences',
      entity: 'user',
      entityId: actor.userId,
      change: { items: items.map((item) => ({ ...item })) },
    });
  });
  return getPreferences(context, actor);
}
