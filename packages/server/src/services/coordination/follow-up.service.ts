/**
 * Follow-ups (tindak lanjut) of meetings: the owner institution's focal point keeps the status up
 * to date with a note or evidence; admin may too. Overdue ones feed the early-warning view and the
 * owner's home through `listOverdueFollowUps`.
 */
import {
  dateInZone,
  daysBetween,
  type FollowUpDto,
  type FollowUpStatus,
  type InstitutionRefDto,
  isOverdue,
  overdueFollowUps,
  type Scope,
} from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { Clock } from '../../clock.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import {
  countFollowUps,
  type FollowUpFilter,
  findFollowUp,
  findFollowUpUpdate,
  insertFollowUpUpdate,
  listFollowUps,
  listFollowUpUpdates,
  updateFollowUpStatus,
} from '../../db/repositories/follow-up.repository.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import { transaction } from '../../db/transaction.js';
import { NotFoundError } from '../../errors.js';
import { type DownloadableFile, openAttachment, requireOwnAttachments } from './attachment.service.js';
import { institutionRef } from './audience.service.js';

const NOT_FOUND = { id: 'Tindak lanjut tidak ditemukan.', en: 'Follow-up not found.' };

type FollowUpRow = NonNullable<Awaited<ReturnType<typeof findFollowUp>>>;
type Page<T> = { total: number; limit: number; offset: number; items: T[] };

/** Today's civil date where the national secretariat sits (WIB): due dates are judged by it. */
export function todayWib(clock: Clock): string {
  return dateInZone(clock.now(), 'WIB');
}

/** Follow-up rows as the API shows them, with their status history. */
export async function followUpViews(db: Executor, rows: FollowUpRow[], today: string): Promise<FollowUpDto[]> {
  const updates = await listFollowUpUpdates(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const status = row.status as FollowUpStatus;
    const overdue = isOverdue({ dueOn: row.due_on, status }, today);
    return {
      id: row.id,
      meeting: { id: row.meeting_id, title: row.meeting_title },
      title: row.title,
      description: row.description,
      owner: institutionRef(row),
      dueOn: row.due_on,
      status,
      overdue,
      daysOverdue: overdue ? daysBetween(row.due_on, today) : 0,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      closedAt: row.closed_at,
      updates: updates
        .filter((u) => u.follow_up_id === row.id)
        .map((u) => ({
          id: u.id,
          status: u.status as FollowUpStatus,
          note: u.note,
          url: u.url,
          attachment:
            u.attachment_id === null
              ? null
              : {
                  id: u.attachment_id,
                  fileName: u.file_name ?? '',
                  mimeType: u.mime_type ?? 'application/octet-stream',
                  size: u.size ?? 0,
                  sha256: u.sha256 ?? '',
                },
          by: u.by_name,
          at: u.created_at,
        })),
    };
  });
}

/** Follow-ups the actor may see: admin and observers all (optionally one institution's), others their institution's. */
export async function searchFollowUps(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  query: {
    overdue?: boolean | undefined;
    status?: FollowUpStatus | undefined;
    institutionCode?: string | undefined;
    meetingId?: number | undefined;
    limit: number;
    offset: number;
  },
): Promise<Page<FollowUpDto>> {
  const { db } = context.database;
  const page = { limit: query.limit, offset: query.offset };
  const today = todayWib(context.clock);
  let ownerInstitutionId: number | undefined;
  if (scope !== 'all') ownerInstitutionId = actor.institutionId ?? -1;
  else if (query.institutionCode)
    ownerInstitutionId = (await findInstitutionByCode(db, query.institutionCode))?.id ?? -1;
  const filter: FollowUpFilter = {
    ownerInstitutionId,
    meetingId: query.meetingId,
    status: query.status,
    overdueOn: query.overdue ? today : undefined,
  };
  const [total, rows] = await Promise.all([countFollowUps(db, filter), listFollowUps(db, filter, page)]);
  return { total, ...page, items: await followUpViews(db, rows, today) };
}

/** An overdue follow-up, for the early-warning view and an institution's home. */
export interface OverdueFollowUp {
  id: number;
  meeting: { id: number; title: string };
  title: string;
  owner: InstitutionRefDto;
  dueOn: string;
  status: FollowUpStatus;
  daysOverdue: number;
}

/**
 * Every follow-up that is not done and past its due date on `today` (a civil date, WIB), most
 * overdue first; of one institution when `institutionId` is given. Callers check scope first.
 */
export async function listOverdueFollowUps(
  db: Executor,
  filter: { institutionId?: number | undefined },
  today: string,
): Promise<OverdueFollowUp[]> {
  // The query narrows by the same rule as `overdueFollowUps`, so large installations read only late rows.
  const sqlFilter: FollowUpFilter = { ownerInstitutionId: filter.institutionId, overdueOn: today };
  const rows = await listFollowUps(db, sqlFilter, { limit: 10_000, offset: 0 });
  const items = rows.map((row) => ({ ...row, dueOn: row.due_on, status: row.status as FollowUpStatus }));
  return overdueFollowUps(items, today).map((row) => ({
    id: row.id,
    meeting: { id: row.meeting_id, title: row.meeting_title },
    title: row.title,
    owner: institutionRef(row),
    dueOn: row.dueOn,
    status: row.status,
    daysOverdue: row.daysOverdue,
  }));
}

/** The overdue follow-ups of every institution as the early-warning view lists them: the total and the first `limit`. */
export async function overdueFollowUpWarning(
  db: Executor,
  today: string,
  limit: number,
): Promise<{ total: number; items: OverdueFollowUp[] }> {
  const items = await listOverdueFollowUps(db, {}, today);
  return { total: items.length, items: items.slice(0, limit) };
}

async function visibleFollowUp(db: Executor, actor: UserActor, scope: Scope, id: number): Promise<FollowUpRow> {
  const row = await findFollowUp(db, id);
  if (!row || (scope !== 'all' && row.owner_institution_id !== actor.institutionId)) throw new NotFoundError(NOT_FOUND);
  return row;
}

/** One follow-up with its history. */
export async function getFollowUp(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  id: number,
): Promise<FollowUpDto> {
  const { db } = context.database;
  const [view] = await followUpViews(db, [await visibleFollowUp(db, actor, scope, id)], todayWib(context.clock));
  return view as FollowUpDto;
}

/** Changes a follow-up's status with a note and/or evidence (a link or an uploaded file). */
export async function updateFollowUp(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  id: number,
  input: {
    status: FollowUpStatus;
    note?: string | undefined;
    url?: string | undefined;
    attachmentId?: number | undefined;
  },
): Promise<FollowUpDto> {
  const { db } = context.database;
  const followUp = await visibleFollowUp(db, actor, scope, id);
  const [attachment] =
    input.attachmentId === undefined ? [] : await requireOwnAttachments(db, actor, [input.attachmentId]);
  const at = context.clock.now().toISOString();
  await transaction(db, async (trx) => {
    const updateId = await insertFollowUpUpdate(trx, {
      follow_up_id: id,
      status: input.status,
      note: input.note ?? null,
      url: input.url ?? null,
      attachment_id: attachment?.id ?? null,
      updated_by: actor.userId,
      created_at: at,
    });
    await updateFollowUpStatus(trx, id, {
      status: input.status,
      updated_at: at,
      closed_at: input.status === 'done' ? (followUp.closed_at ?? at) : null,
    });
    await recordAudit(trx, context.clock, actor, {
      action: 'followup.update',
      entity: 'follow_up',
      entityId: id,
      change: {
        update_id: updateId,
        from: followUp.status,
        to: input.status,
        note: input.note ?? null,
        url: input.url ?? null,
        attachment_sha256: attachment?.sha256 ?? null,
      },
    });
  });
  return getFollowUp(context, actor, scope, id);
}

/** The evidence file of one status change. */
export async function followUpEvidenceFile(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  id: number,
  updateId: number,
): Promise<DownloadableFile> {
  const { db } = context.database;
  await visibleFollowUp(db, actor, scope, id);
  const update = await findFollowUpUpdate(db, updateId);
  if (update?.follow_up_id !== id || update.attachment_id === null)
    throw new NotFoundError({ id: 'Berkas bukti tidak ditemukan.', en: 'Evidence file not found.' });
  return openAttachment(context, update.attachment_id);
}
