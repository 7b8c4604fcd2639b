/** Downloads of public evidence: only files marked public, not withdrawn, of an accepted report. */
import type { AppContext } from '../../context.js';
import { findPublicEvidenceFile } from '../../db/repositories/public-data.repository.js';
import { NotFoundError } from '../../errors.js';

/** The file behind public evidence `id`; 404 for anything that is not public evidence of an accepted report. */
export async function publicEvidenceFile(context: AppContext, id: number) {
  const evidence = await findPublicEvidenceFile(context.database.db, id);
  if (!evidence?.file_sha256) {
    throw new NotFoundError({
      id: 'Bukti tidak ditemukan atau tidak terbuka untuk publik.',
      en: 'Evidence not found or not public.',
    });
  }
  const sha256 = evidence.file_sha256;
  return {
    sha256,
    fileName: evidence.file_name ?? `bukti-${evidence.id}`,
    mimeType: evidence.mime_type ?? 'application/octet-stream',
    size: evidence.file_size,
    /** Opened only when the file is actually sent (not for a 304). */
    open: () => context.blobs.get(sha256),
  };
}
