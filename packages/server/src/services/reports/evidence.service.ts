/**
 * Evidence: files checked by content and stored by their SHA-256, or http(s) links; each mapped to
 * an item of the target's evidence checklist. Removal is an event with a reason, never a deletion.
 */
import { rm } from 'node:fs/promises';
import type { EvidenceDto } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import {
  findEvidence,
  findLiveEvidenceByHash,
  insertEvidence,
  markEvidenceRemoved,
  setEvidencePublic,
} from '../../db/repositories/evidence.repository.js';
import type { ReportContext } from '../../db/repositories/report.repository.js';
import { findTargetVersion } from '../../db/repositories/target.repository.js';
import { transaction } from '../../db/transaction.js';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import { detectEvidenceType, EvidenceTypeRefusedError } from '../../storage/evidence-type.js';
import { sanitizeFileName } from '../../storage/file-name.js';
import { receiveUpload } from '../../storage/upload-intake.js';
import { recomputeFiguresOfReport } from '../figures/figures.service.js';
import { type IdempotentResult, idempotent } from './idempotency.js';
import { loadEditableReport, loadEvidenceTarget } from './report.service.js';
import { evidenceView, loadReadableReport } from './report-view.service.js';

const EVIDENCE_NOT_FOUND = { id: 'Bukti dukung tidak ditemukan.', en: 'Evidence not found.' };

async function assertChecklistIndex(db: Executor, report: ReportContext, index: number): Promise<void> {
  const version = await findTargetVersion(db, report.target_id, report.target_version);
  const items = version ? (JSON.parse(version.evidence_checklist) as string[]) : [];
  if (index >= items.length) {
    throw new ValidationError(
      {
        id: `Target ini memiliki ${items.length} butir data dukung (nomor 0–${items.length - 1}).`,
        en: `This target has ${items.length} evidence items (numbers 0–${items.length - 1}).`,
      },
      [{ path: 'checklistIndex', message: String(index) }],
    );
  }
}

/** The file part of an upload. */
export interface IncomingFile {
  fileName: string;
  stream: NodeJS.ReadableStream;
}

/** Receives, checks and stores a file, then records it as evidence of the report. */
export async function uploadEvidence(
  context: AppContext,
  actor: UserActor,
  reportId: number,
  input: { checklistIndex: number; title?: string | undefined; public: boolean; version?: number | undefined },
  file: IncomingFile,
  idempotencyKey: string | undefined,
): Promise<IdempotentResult<EvidenceDto, 201>> {
  const { db } = context.database;
  // One read of the report: adding evidence leaves its version as it is, so only a version the
  // caller names is checked (comparing the row with itself read a moment earlier guarded nothing).
  const report = await loadEvidenceTarget(db, actor, reportId, input.version);
  await assertChecklistIndex(db, report, input.checklistIndex);
  const received = await receiveUpload(file.stream, {
    tempDir: context.blobs.tempDir(),
    maxBytes: context.config.maxUploadBytes,
  });
  try {
    const verdict = await detectEvidenceType(received.head, file.fileName);
    if (!verdict.ok) throw new EvidenceTypeRefusedError(verdict.reason);
    await context.blobs.putFile(received.tempPath, received.sha256, received.size, verdict.mime);
    const fileName = sanitizeFileName(file.fileName, verdict.extension);
    return await idempotent(
      context,
      actor,
      idempotencyKey,
      { op: 'evidence', reportId, sha256: received.sha256, checklistIndex: input.checklistIndex },
      async (trx) => {
        const same = await findLiveEvidenceByHash(trx, reportId, input.checklistIndex, received.sha256);
        if (same) {
          const name = same.file_name ?? same.title;
          throw new ConflictError(
            'evidence_duplicate',
            {
              id: `Berkas yang sama persis sudah diunggah untuk butir ini ("${name}"); tidak ditambahkan lagi.`,
              en: `The very same file is already uploaded for this item ("${name}"); it was not added again.`,
            },
            [{ path: 'file', message: String(same.id) }],
          );
        }
        const at = context.clock.now().toISOString();
        const row = {
          report_id: reportId,
          kind: 'file',
          checklist_index: input.checklistIndex,
          title: input.title ?? fileName,
          file_sha256: received.sha256,
          file_name: fileName,
          file_size: received.size,
          mime_type: verdict.mime,
          url: null,
          is_public: input.public ? 1 : 0,
          created_by: actor.userId,
          created_at: at,
          removed_at: null,
          removed_by: null,
          removed_reason: null,
        };
        const id = await insertEvidence(trx, row);
        await recordAudit(trx, context.clock, actor, {
          action: 'evidence.upload',
          entity: 'report',
          entityId: reportId,
          change: {
            evidence_id: id,
            sha256: received.sha256,
            size: received.size,
            mime: verdict.mime,
            file_name: fileName,
            checklist_index: input.checklistIndex,
            public: input.public,
            ...(report.state === 'submitted' ? { after_submission: true } : {}),
          },
        });
        await recomputeFiguresOfReport(trx, reportId, at);
        return { status: 201, body: evidenceView({ ...row, id }) };
      },
    );
  } finally {
    // Consumed by the store on success; left only when refused or failed.
    await rm(received.tempPath, { force: true });
  }
}

/** Records a web link as evidence. */
export async function addEvidenceLink(
  context: AppContext,
  actor: UserActor,
  reportId: number,
  input: { url: string; checklistIndex: number; title: string; public: boolean },
  idempotencyKey: string | undefined,
): Promise<IdempotentResult<EvidenceDto, 201>> {
  const { db } = context.database;
  const report = await loadEvidenceTarget(db, actor, reportId, undefined);
  await assertChecklistIndex(db, report, input.checklistIndex);
  return idempotent(context, actor, idempotencyKey, { op: 'link', reportId, ...input }, async (trx) => {
    const at = context.clock.now().toISOString();
    const row = {
      report_id: reportId,
      kind: 'link',
      checklist_index: input.checklistIndex,
      title: input.title,
      file_sha256: null,
      file_name: null,
      file_size: null,
      mime_type: null,
      url: input.url,
      is_public: input.public ? 1 : 0,
      created_by: actor.userId,
      created_at: at,
      removed_at: null,
      removed_by: null,
      removed_reason: null,
    };
    const id = await insertEvidence(trx, row);
    await recordAudit(trx, context.clock, actor, {
      action: 'evidence.link',
      entity: 'report',
      entityId: reportId,
      change: {
        evidence_id: id,
        url: input.url,
        checklist_index: input.checklistIndex,
        public: input.public,
        ...(report.state === 'submitted' ? { after_submission: true } : {}),
      },
    });
    await recomputeFiguresOfReport(trx, reportId, at);
    return { status: 201, body: evidenceView({ ...row, id }) };
  });
}

/** Withdraws an evidence item with a reason; it stays in history and in earlier review rounds. */
export async function removeEvidence(
  context: AppContext,
  actor: UserActor,
  reportId: number,
  evidenceId: number,
  reason: string,
): Promise<EvidenceDto> {
  const { db } = context.database;
  await loadEditableReport(db, actor, reportId, undefined);
  const evidence = await findEvidence(db, evidenceId);
  if (!evidence || evidence.report_id !== reportId || evidence.removed_at !== null)
    throw new NotFoundError(EVIDENCE_NOT_FOUND);
  const at = context.clock.now().toISOString();
  await transaction(db, async (trx) => {
    await markEvidenceRemoved(trx, evidenceId, actor.userId, reason, at);
    await recordAudit(trx, context.clock, actor, {
      action: 'evidence.remove',
      entity: 'report',
      entityId: reportId,
      change: { evidence_id: evidenceId, reason },
    });
    await recomputeFiguresOfReport(trx, reportId, at);
  });
  return evidenceView({ ...evidence, removed_at: at, removed_by: actor.userId, removed_reason: reason });
}

/**
 * Makes an evidence item public or private. The institution chooses while it may add evidence;
 * the portal shows public items once the report is verified (accepted).
 */
export async function setEvidenceVisibility(
  context: AppContext,
  actor: UserActor,
  reportId: number,
  evidenceId: number,
  isPublic: boolean,
): Promise<EvidenceDto> {
  const { db } = context.database;
  await loadEvidenceTarget(db, actor, reportId, undefined);
  const evidence = await findEvidence(db, evidenceId);
  if (!evidence || evidence.report_id !== reportId || evidence.removed_at !== null)
    throw new NotFoundError(EVIDENCE_NOT_FOUND);
  if ((evidence.is_public === 1) !== isPublic) {
    await transaction(db, async (trx) => {
      await setEvidencePublic(trx, evidenceId, isPublic);
      await recordAudit(trx, context.clock, actor, {
        action: 'evidence.visibility',
        entity: 'report',
        entityId: reportId,
        change: { evidence_id: evidenceId, public: isPublic },
      });
    });
  }
  return evidenceView({ ...evidence, is_public: isPublic ? 1 : 0 });
}

/** An evidence file to download, if the actor may read its report. */
export async function evidenceFile(context: AppContext, actor: UserActor, evidenceId: number) {
  const { db } = context.database;
  const evidence = await findEvidence(db, evidenceId);
  if (!evidence?.file_sha256) throw new NotFoundError(EVIDENCE_NOT_FOUND);
  await loadReadableReport(db, actor, evidence.report_id);
  return {
    sha256: evidence.file_sha256,
    fileName: evidence.file_name ?? `berkas-${evidence.id}`,
    mimeType: evidence.mime_type ?? 'application/octet-stream',
    size: evidence.file_size,
    stream: await context.blobs.get(evidence.file_sha256),
  };
}
