/**
 * Announcements (docs/design.md#coordination): admin sends guidance to a chosen audience, a focal point to its own
 * institution's people. Recipients are the institutions resolved at send time; each person of a
 * recipient institution with an addressed role sees it and marks it read; the sender sees, per
 * institution, who has read it and can remind those who have not.
 */
import {
  type AnnouncementDto,
  AUDIENCE_ROLES,
  type Audience,
  type AudienceRole,
  type Scope,
  scopesOf,
} from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import {
  countInbox,
  countSent,
  encodeRoles,
  findAnnouncement,
  findReadAt,
  findRecipient,
  type InboxOwner,
  insertAnnouncement,
  insertRead,
  listAnnouncementAttachments,
  listInbox,
  listReceipts,
  listSent,
  markReminded,
} from '../../db/repositories/announcement.repository.js';
import { listInstitutionRefs } from '../../db/repositories/audience.repository.js';
import type { AnnouncementTable } from '../../db/schema.js';
import { transaction } from '../../db/transaction.js';
import { AppError, NotFoundError } from '../../errors.js';
import { notifyAnnouncement } from '../../notifications/coordination-events.js';
import { attachmentView, type DownloadableFile, openAttachment, requireOwnAttachments } from './attachment.service.js';
import { institutionRef, OWN_INSTITUTION_ONLY, resolveAudienceInstitutions } from './audience.service.js';

const NOT_FOUND = { id: 'Pengumuman tidak ditemukan.', en: 'Announcement not found.' };

type AnnouncementRow = Omit<AnnouncementTable, 'id'> & { id: number; sender_name: string };
type Page<T> = { total: number; limit: number; offset: number; items: T[] };

/** The roles of `actor` that announcements can address. */
function addressableRoles(actor: UserActor): AudienceRole[] {
  return AUDIENCE_ROLES.filter((role) => actor.roles.includes(role));
}

function inboxOwner(actor: UserActor): InboxOwner | null {
  const roles = addressableRoles(actor);
  if (actor.institutionId === null || roles.length === 0) return null;
  return { userId: actor.userId, institutionId: actor.institutionId, roles };
}

/** Whether `actor` sent, or oversees as a sender, the announcement (admin: all; a focal point: its institution's). */
function senderReaches(actor: UserActor, announcement: AnnouncementRow): boolean {
  return scopesOf(actor.roles, 'announcement.send').some(
    (scope) =>
      scope === 'all' ||
      (scope === 'own_institution' &&
        actor.institutionId !== null &&
        announcement.sender_institution_id === actor.institutionId),
  );
}

/** Whether the announcement is addressed to `actor`: their institution received it, for one of their roles. */
async function isAddressedTo(db: Executor, actor: UserActor, announcement: AnnouncementRow): Promise<boolean> {
  const owner = inboxOwner(actor);
  if (!owner) return false;
  const roles: readonly string[] = (JSON.parse(announcement.audience) as Audience).roles;
  if (!owner.roles.some((role) => roles.includes(role))) return false;
  return (await findRecipient(db, announcement.id, owner.institutionId)) !== undefined;
}

async function views(
  db: Executor,
  rows: (AnnouncementRow & { read_at?: string | null; reminded_at?: string | null })[],
): Promise<AnnouncementDto[]> {
  const [attachments, institutions] = await Promise.all([
    listAnnouncementAttachments(
      db,
      rows.map((row) => row.id),
    ),
    listInstitutionRefs(
      db,
      rows.flatMap((row) => (row.sender_institution_id === null ? [] : [row.sender_institution_id])),
    ),
  ]);
  return rows.map((row) => {
    const senderInstitution = institutions.find((i) => i.id === row.sender_institution_id);
    return {
      id: row.id,
      title: row.title,
      body: row.body,
      audience: JSON.parse(row.audience) as Audience,
      sender: { name: row.sender_name, institution: senderInstitution ? institutionRef(senderInstitution) : null },
      sentAt: row.sent_at,
      recipientCount: row.recipient_count,
      attachments: attachments.filter((a) => a.announcement_id === row.id).map(attachmentView),
      readAt: row.read_at ?? null,
      remindedAt: row.reminded_at ?? null,
    };
  });
}

/** Sends an announcement to the institutions its audience reaches today. */
export async function sendAnnouncement(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  input: { title: string; body: string; audience: Audience; attachmentIds: number[] },
): Promise<AnnouncementDto> {
  const { db } = context.database;
  const institutions = await resolveAudienceInstitutions(db, input.audience);
  if (scope !== 'all' && institutions.some((institution) => institution.id !== actor.institutionId)) {
    throw new AppError(403, 'forbidden', OWN_INSTITUTION_ONLY);
  }
  const attachments = await requireOwnAttachments(db, actor, input.attachmentIds);
  const id = await transaction(db, async (trx) => {
    const id = await insertAnnouncement(
      trx,
      {
        title: input.title,
        body: input.body,
        audience: JSON.stringify(input.audience),
        roles: encodeRoles(input.audience.roles),
        sender_id: actor.userId,
        sender_institution_id: actor.institutionId,
        recipient_count: institutions.length,
        sent_at: context.clock.now().toISOString(),
      },
      institutions.map((institution) => institution.id),
      attachments.map((attachment) => attachment.id),
    );
    await recordAudit(trx, context.clock, actor, {
      action: 'announcement.send',
      entity: 'announcement',
      entityId: id,
      change: {
        title: input.title,
        audience: input.audience,
        recipients: institutions.length,
        attachment_ids: attachments.map((attachment) => attachment.id),
      },
    });
    await notifyAnnouncement(
      trx,
      context,
      id,
      institutions.map((institution) => institution.id),
      'announcement',
    );
    return id;
  });
  return getAnnouncement(context, actor, id);
}

/** The announcements addressed to `actor`, newest first. */
export async function listMyAnnouncements(
  context: AppContext,
  actor: UserActor,
  query: { unreadOnly: boolean; limit: number; offset: number },
): Promise<Page<AnnouncementDto>> {
  const { db } = context.database;
  const page = { limit: query.limit, offset: query.offset };
  const owner = inboxOwner(actor);
  if (!owner) return { total: 0, ...page, items: [] };
  const [total, rows] = await Promise.all([
    countInbox(db, owner, query.unreadOnly),
    listInbox(db, owner, query.unreadOnly, page),
  ]);
  return { total, ...page, items: await views(db, rows) };
}

/** Announcements sent within the sender's scope (admin: all; a focal point: its institution's), newest first. */
export async function listSentAnnouncements(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  page: { limit: number; offset: number },
): Promise<Page<AnnouncementDto>> {
  const { db } = context.database;
  const filter = scope === 'all' ? {} : { senderInstitutionId: actor.institutionId ?? -1 };
  const [total, rows] = await Promise.all([countSent(db, filter), listSent(db, filter, page)]);
  return { total, ...page, items: await views(db, rows) };
}

async function readableAnnouncement(db: Executor, actor: UserActor, id: number) {
  const announcement = await findAnnouncement(db, id);
  if (!announcement) throw new NotFoundError(NOT_FOUND);
  const addressed = await isAddressedTo(db, actor, announcement);
  if (!addressed && !senderReaches(actor, announcement)) throw new NotFoundError(NOT_FOUND);
  return { announcement, addressed };
}

/** One announcement, for a recipient or its sender. */
export async function getAnnouncement(context: AppContext, actor: UserActor, id: number): Promise<AnnouncementDto> {
  const { db } = context.database;
  const { announcement, addressed } = await readableAnnouncement(db, actor, id);
  const recipient =
    addressed && actor.institutionId !== null ? await findRecipient(db, id, actor.institutionId) : undefined;
  const [view] = await views(db, [
    {
      ...announcement,
      read_at: await findReadAt(db, id, actor.userId),
      reminded_at: recipient?.reminded_at ?? null,
    },
  ]);
  return view as AnnouncementDto;
}

/** Records that `actor`, a recipient, read the announcement (once; later calls change nothing). */
export async function markAnnouncementRead(
  context: AppContext,
  actor: UserActor,
  id: number,
): Promise<AnnouncementDto> {
  const { db } = context.database;
  const announcement = await findAnnouncement(db, id);
  if (!announcement || !(await isAddressedTo(db, actor, announcement))) throw new NotFoundError(NOT_FOUND);
  await transaction(db, async (trx) => {
    const readAt = context.clock.now().toISOString();
    const row = { announcement_id: id, user_id: actor.userId, institution_id: actor.institutionId as number };
    if (await insertRead(trx, { ...row, read_at: readAt })) {
      await recordAudit(trx, context.clock, actor, {
        action: 'announcement.read',
        entity: 'announcement',
        entityId: id,
        change: { institution_id: row.institution_id },
      });
    }
  });
  return getAnnouncement(context, actor, id);
}

async function sentAnnouncement(db: Executor, actor: UserActor, id: number) {
  const announcement = await findAnnouncement(db, id);
  if (!announcement || !senderReaches(actor, announcement)) throw new NotFoundError(NOT_FOUND);
  return announcement;
}

/** Read receipts per recipient institution, unread first. */
export async function announcementReceipts(context: AppContext, actor: UserActor, id: number) {
  const { db } = context.database;
  await sentAnnouncement(db, actor, id);
  const rows = await listReceipts(db, id);
  const institutions = rows
    .map((row) => ({
      ...institutionRef(row),
      readers: Number(row.readers ?? 0),
      firstReadAt: row.first_read_at ?? null,
      remindedAt: row.reminded_at,
      reminders: Number(row.reminders),
    }))
    .sort((a, b) => Number(a.readers > 0) - Number(b.readers > 0) || a.code.localeCompare(b.code));
  const read = institutions.filter((institution) => institution.readers > 0).length;
  return { announcementId: id, recipients: rows.length, read, unread: rows.length - read, institutions };
}

/** Reminds every recipient institution where nobody has read the announcement yet. */
export async function remindUnread(
  context: AppContext,
  actor: UserActor,
  id: number,
): Promise<{ reminded: number; remindedAt: string }> {
  const { db } = context.database;
  await sentAnnouncement(db, actor, id);
  const remindedAt = context.clock.now().toISOString();
  const unread = (await listReceipts(db, id)).filter((row) => !row.readers);
  if (unread.length === 0) return { reminded: 0, remindedAt };
  await transaction(db, async (trx) => {
    await markReminded(
      trx,
      id,
      unread.map((row) => row.id),
      remindedAt,
    );
    await recordAudit(trx, context.clock, actor, {
      action: 'announcement.remind',
      entity: 'announcement',
      entityId: id,
      change: { institutions: unread.map((row) => row.code) },
    });
    await notifyAnnouncement(
      trx,
      context,
      id,
      unread.map((row) => row.id),
      'announcement_reminder',
    );
  });
  return { reminded: unread.length, remindedAt };
}

/** A file attached to an announcement, for a recipient or its sender. */
export async function announcementAttachmentFile(
  context: AppContext,
  actor: UserActor,
  id: number,
  attachmentId: number,
): Promise<DownloadableFile> {
  const { db } = context.database;
  await readableAnnouncement(db, actor, id);
  const attached = await listAnnouncementAttachments(db, [id]);
  if (!attached.some((a) => a.id === attachmentId))
    throw new NotFoundError({ id: 'Lampiran tidak ditemukan.', en: 'Attachment not found.' });
  return openAttachment(context, attachmentId);
}
