/**
 * The Inspektorat's support log (pendampingan): what support it gave its institution's units —
 * visits, meetings, reviews, training — with notes, attached files and follow-ups that have an
 * owner unit, a due date and a status (the follow-up model of coordination meetings). Recorded
 * by the institution's focal point or admin; read by them, observers and the institution's
 * leaders. Every write is audited.
 */
import {
  dateInZone,
  type FollowUpStatus,
  isOverdue,
  type PermissionName,
  type SupportEntryCreateRequest,
  type SupportEntryDto,
  type SupportFollowUpDto,
  type SupportKind,
} from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import {
  findSupportEntry,
  findSupportFollowUp,
  insertSupportEntry,
  listSupportAttachments,
  listSupportEntries,
  listSupportFollowUps,
  setSupportFollowUpStatus,
} from '../../db/repositories/support.repository.js';
import { findUnitById } from '../../db/repositories/work-unit.repository.js';
import type { Institution } from '../../db/schema.js';
import { transaction } from '../../db/transaction.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import {
  attachmentView,
  type DownloadableFile,
  openAttachment,
  requireOwnAttachments,
} from '../coordination/attachment.service.js';
import { reachesInstitution } from '../reports/report-access.js';

const INSTITUTION_NOT_FOUND = { id: 'Instansi tidak ditemukan.', en: 'Institution not found.' };
const ENTRY_NOT_FOUND = { id: 'Catatan pendampingan tidak ditemukan.', en: 'Support entry not found.' };
const FOLLOW_UP_NOT_FOUND = { id: 'Tindak lanjut tidak ditemukan.', en: 'Follow-up not found.' };

/** The institution `code` when `actor` reaches it under `permission`; 404 otherwise. */
export async function reachableInstitution(
  db: Executor,
  actor: UserActor,
  permission: PermissionName,
  code: string,
): Promise<Institution> {
  const institution = await findInstitutionByCode(db, code);
  if (!institution || !reachesInstitution(actor, permission, institution.id)) {
    throw new NotFoundError(INSTITUTION_NOT_FOUND);
  }
  return institution;
}

/** Refuses a unit that is not one of the institution's, naming the field. */
async function requireUnitOf(db: Executor, institution: Institution, unitId: number, path: string): Promise<void> {
  const unit = await findUnitById(db, unitId);
  if (!unit || unit.institution_id !== institution.id) {
    const text = {
      id: `Unit kerja #${unitId} bukan unit ${institution.name}.`,
      en: `Work unit #${unitId} is not a unit of ${institution.name}.`,
    };
    throw new ValidationError(text, [{ path, message: text.id }]);
  }
}

type FollowUpRow = Awaited<ReturnType<typeof listSupportFollowUps>>[number];

/** A follow-up as the API shows it; `today` decides whether it is overdue. */
export function supportFollowUpView(row: FollowUpRow, today: string): SupportFollowUpDto {
  const status = row.status as FollowUpStatus;
  return {
    id: row.id,
    entryId: row.entry_id,
    title: row.title,
    owner: { unitId: row.owner_unit_id, name: row.owner_unit_name ?? row.institution_name },
    dueOn: row.due_on,
    status,
    overdue: isOverdue({ dueOn: row.due_on, status }, today),
  };
}

/** Entries with their attachments and follow-ups, as the API shows them. */
export async function supportEntryViews(
  db: Executor,
  rows: Awaited<ReturnType<typeof listSupportEntries>>,
  today: string,
): Promise<SupportEntryDto[]> {
  const ids = rows.map((row) => row.id);
  const [attachments, followUps] = await Promise.all([listSupportAttachments(db, ids), listSupportFollowUps(db, ids)]);
  return rows.map((row) => ({
    id: row.id,
    institution: { code: row.institution_code, name: row.institution_name },
    heldOn: row.held_on,
    unit: row.unit_id === null ? null : { id: row.unit_id, name: row.unit_name ?? '' },
    kind: row.kind as SupportKind,
    notes: row.notes,
    attachments: attachments.filter((a) => a.entry_id === row.id).map(attachmentView),
    followUps: followUps.filter((f) => f.entry_id === row.id).map((f) => supportFollowUpView(f, today)),
    recordedBy: row.recorded_by,
    createdAt: row.created_at,
  }));
}

/** Records support given to an institution (or one of its units); returns the entry. */
export async function createSupportEntry(
  context: AppContext,
  actor: UserActor,
  institutionCode: string,
  input: SupportEntryCreateRequest,
): Promise<SupportEntryDto> {
  const at = context.clock.now().toISOString();
  return transaction(context.database.db, async (trx) => {
    const institution = await reachableInstitution(trx, actor, 'support.write', institutionCode);
    if (input.unitId) await requireUnitOf(trx, institution, input.unitId, 'unitId');
    for (const [index, followUp] of input.followUps.entries()) {
      if (followUp.ownerUnitId)
        await requireUnitOf(trx, institution, followUp.ownerUnitId, `followUps.${index}.ownerUnitId`);
    }
    const attachments = await requireOwnAttachments(trx, actor, input.attachmentIds);
    const id = await insertSupportEntry(
      trx,
      {
        institution_id: institution.id,
        unit_id: input.unitId ?? null,
        held_on: input.heldOn,
        kind: input.kind,
        notes: input.notes,
        created_by: actor.userId,
        created_at: at,
      },
      attachments.map((a) => a.id),
      input.followUps.map((f) => ({
        institution_id: institution.id,
        title: f.title,
        owner_unit_id: f.ownerUnitId ?? null,
        due_on: f.dueOn,
        status: 'open',
        created_at: at,
        updated_at: at,
        closed_at: null,
      })),
    );
    await recordAudit(trx, context.clock, actor, {
      action: 'support.create',
      entity: 'support_entry',
      entityId: id,
      change: {
        institution: institution.code,
        unit_id: input.unitId ?? null,
        held_on: input.heldOn,
        kind: input.kind,
        notes: input.notes,
        attachments: attachments.map((a) => a.sha256),
        follow_ups: input.followUps.map((f) => ({
          title: f.title,
          owner_unit_id: f.ownerUnitId ?? null,
          due_on: f.dueOn,
        })),
      },
    });
    const rows = await listSupportEntries(trx, { institutionId: institution.id, ids: [id] }, 1);
    return (await supportEntryViews(trx, rows, dateInZone(context.clock.now())))[0] as SupportEntryDto;
  });
}

/** The support log of an institution, newest first (optionally about one unit). */
export async function listSupportLog(
  context: AppContext,
  actor: UserActor,
  institutionCode: string,
  query: { unit?: number | undefined; limit: number },
): Promise<SupportEntryDto[]> {
  const { db } = context.database;
  const institution = await reachableInstitution(db, actor, 'support.read', institutionCode);
  const rows = await listSupportEntries(db, { institutionId: institution.id, unitId: query.unit }, query.limit);
  return supportEntryViews(db, rows, dateInZone(context.clock.now()));
}

/** Moves a support follow-up to `status`; audited. */
export async function updateSupportFollowUp(
  context: AppContext,
  actor: UserActor,
  id: number,
  status: FollowUpStatus,
): Promise<SupportFollowUpDto> {
  const at = context.clock.now().toISOString();
  return transaction(context.database.db, async (trx) => {
    const before = await findSupportFollowUp(trx, id);
    if (!before || !reachesInstitution(actor, 'support.write', before.institution_id)) {
      throw new NotFoundError(FOLLOW_UP_NOT_FOUND);
    }
    await setSupportFollowUpStatus(trx, id, status, at);
    await recordAudit(trx, context.clock, actor, {
      action: 'support.followup_update',
      entity: 'support_follow_up',
      entityId: id,
      change: { status: { from: before.status, to: status } },
    });
    return supportFollowUpView({ ...before, status }, dateInZone(context.clock.now()));
  });
}

/** An attachment of a support entry the actor may read, opened for download. */
export async function supportAttachmentFile(
  context: AppContext,
  actor: UserActor,
  entryId: number,
  attachmentId: number,
): Promise<DownloadableFile> {
  const { db } = context.database;
  const entry = await findSupportEntry(db, entryId);
  if (!entry || !reachesInstitution(actor, 'support.read', entry.institution_id))
    throw new NotFoundError(ENTRY_NOT_FOUND);
  const attached = await listSupportAttachments(db, [entryId]);
  if (!attached.some((a) => a.id === attachmentId)) throw new NotFoundError(ENTRY_NOT_FOUND);
  return openAttachment(context, attachmentId);
}
