/**
 * Files attached to coordination records: checked by content like evidence, stored in the same
 * content-addressed blob store, and attachable only by the person who uploaded them. Downloads
 * go through the record they are attached to, which decides who may read them.
 */
import { rm } from 'node:fs/promises';
import type { AttachmentDto } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { findAttachment, insertAttachment, listAttachmentsByIds } from '../../db/repositories/attachment.repository.js';
import type { AttachmentTable } from '../../db/schema.js';
import { transaction } from '../../db/transaction.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { detectEvidenceType, EvidenceTypeRefusedError } from '../../storage/evidence-type.js';
import { sanitizeFileName } from '../../storage/file-name.js';
import { receiveUpload } from '../../storage/upload-intake.js';
import type { IncomingFile } from '../reports/evidence.service.js';

type AttachmentRow = Omit<AttachmentTable, 'id'> & { id: number };

/** A file ready to stream to the client. */
export interface DownloadableFile {
  sha256: string;
  fileName: string;
  mimeType: string;
  size: number | null;
  stream: NodeJS.ReadableStream;
}

/** An attachment as the API shows it. */
export function attachmentView(
  row: Pick<AttachmentRow, 'id' | 'file_name' | 'mime_type' | 'size' | 'sha256'>,
): AttachmentDto {
  return { id: row.id, fileName: row.file_name, mimeType: row.mime_type, size: row.size, sha256: row.sha256 };
}

/** Receives, checks and stores a file; returns it as an attachment its uploader can attach. */
export async function uploadAttachment(
  context: AppContext,
  actor: UserActor,
  file: IncomingFile,
): Promise<AttachmentDto> {
  const received = await receiveUpload(file.stream, {
    tempDir: context.blobs.tempDir(),
    maxBytes: context.config.maxUploadBytes,
  });
  try {
    const verdict = await detectEvidenceType(received.head, file.fileName);
    if (!verdict.ok) throw new EvidenceTypeRefusedError(verdict.reason);
    await context.blobs.putFile(received.tempPath, received.sha256, received.size, verdict.mime);
    const row = {
      sha256: received.sha256,
      file_name: sanitizeFileName(file.fileName, verdict.extension),
      mime_type: verdict.mime,
      size: received.size,
      uploaded_by: actor.userId,
      institution_id: actor.institutionId,
      created_at: context.clock.now().toISOString(),
    };
    const id = await transaction(context.database.db, async (trx) => {
      const id = await insertAttachment(trx, row);
      await recordAudit(trx, context.clock, actor, {
        action: 'attachment.upload',
        entity: 'attachment',
        entityId: id,
        change: { sha256: row.sha256, size: row.size, mime: row.mime_type, file_name: row.file_name },
      });
      return id;
    });
    return attachmentView({ ...row, id });
  } finally {
    // Consumed by the store on success; left only when refused or failed.
    await rm(received.tempPath, { force: true });
  }
}

/** The attachments `ids`, all uploaded by `actor`; refuses any other. */
export async function requireOwnAttachments(
  db: Executor,
  actor: UserActor,
  ids: readonly number[],
): Promise<AttachmentRow[]> {
  const unique = [...new Set(ids)];
  const rows = await listAttachmentsByIds(db, unique);
  const own = new Set(rows.filter((row) => row.uploaded_by === actor.userId).map((row) => row.id));
  const missing = unique.filter((id) => !own.has(id));
  if (missing.length > 0) {
    throw new ValidationError(
      {
        id: `Lampiran ${missing.map((id) => `#${id}`).join(', ')} tidak ditemukan atau bukan unggahan Anda. Unggah berkasnya dulu lewat POST /api/attachments.`,
        en: `Attachment ${missing.map((id) => `#${id}`).join(', ')} not found or not uploaded by you. Upload the file first with POST /api/attachments.`,
      },
      [{ path: 'attachmentIds', message: missing.join(', ') }],
    );
  }
  return unique.map((id) => rows.find((row) => row.id === id) as AttachmentRow);
}

/** Opens an attachment's content for download. */
export async function openAttachment(context: AppContext, id: number): Promise<DownloadableFile> {
  const row = await findAttachment(context.database.db, id);
  if (!row) throw new NotFoundError({ id: 'Berkas tidak ditemukan.', en: 'File not found.' });
  return {
    sha256: row.sha256,
    fileName: row.file_name,
    mimeType: row.mime_type,
    size: row.size,
    stream: await context.blobs.get(row.sha256),
  };
}
