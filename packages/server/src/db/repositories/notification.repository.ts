/** In-app notifications and notification preferences. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { NotificationPreferenceTable, NotificationTable } from '../schema.js';

/** Stores notifications. */
export async function insertNotifications(db: Executor, rows: Insertable<NotificationTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('notifications').values(rows).execute();
}

/** Which of a user's in-app notifications a list shows. */
export interface NotificationFilter {
  unreadOnly: boolean;
  kind?: string | undefined;
}

function inAppOf(db: Executor, userId: number, filter: NotificationFilter) {
  let query = db.selectFrom('notifications').where('user_id', '=', userId).where('in_app', '=', 1);
  if (filter.unreadOnly) query = query.where('read_at', 'is', null);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  return query;
}

/** One page of a user's in-app notifications, newest first. */
export function listNotificationsPage(
  db: Executor,
  userId: number,
  filter: NotificationFilter,
  page: { limit: number; offset: number },
) {
  return inAppOf(db, userId, filter)
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** How many in-app notifications of a user match `filter`. */
export async function countNotifications(db: Executor, userId: number, filter: NotificationFilter): Promise<number> {
  const row = await inAppOf(db, userId, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks one of the user's in-app notifications read (keeping the first reading time); false if it is not theirs. */
export async function markNotificationRead(db: Executor, userId: number, id: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('notifications')
    .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(at)) }))
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('in_app', '=', 1)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks every unread in-app notification of a user read; returns how many. */
export async function markAllNotificationsRead(db: Executor, userId: number, at: string): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('in_app', '=', 1)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The stored preferences of several users. */
export function listPreferencesOf(db: Executor, userIds: readonly number[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('notification_preferences')
    .selectAll()
    .where('user_id', 'in', [...userIds])
    .execute();
}

/** Stores a user's choice for one kind. */
export async function upsertPreference(db: Executor, row: NotificationPreferenceTable): Promise<void> {
  await db
    .insertInto('notification_preferences')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'kind'])
        .doUpdateSet({ channel: row.channel, digest: row.digest, updated_at: row.updated_at }),
    )
    .execute();
}

/** Notifications waiting for the daily digest, with their user's address and language, by user. */
export function listDigestBacklog(db: Executor) {
  return db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select([
      'notifications.id',
      'notifications.user_id',
      'notifications.title',
      'notifications.body',
      'notifications.link',
      'notifications.created_at',
      'users.email',
      'users.name',
      'users.locale',
      'users.status',
    ])
    .where('notifications.email_state', '=', 'digest')
    .orderBy('notifications.user_id')
    .orderBy('notifications.id')
    .execute();
}

/** Marks notifications as sent in a digest. */
export async function markDigested(db: Executor, ids: readonly number[]): Promise<void> {
  if (ids.length > 0)
    await db
      .updateTable('notifications')
      .set({ email_state: 'digested' })
      .where('id', 'in', [...ids])
      .execute();
}

/** One of a user's in-app notifications. */
export function findNotification(db: Executor, userId: number, id: number) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('in_app', '=', 1)
    .executeTakeFirst();
}
