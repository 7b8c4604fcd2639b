/**
 * An institution's publications on the public portal: published ones only (drafts never leave the
 * institution), latest first, with the uploaded file of a published publication.
 */
import type { PublicationDto } from '@pantau/core';
import type { AppContext } from '../../context.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import { findPublication, listPublications } from '../../db/repositories/publication.repository.js';
import { NotFoundError } from '../../errors.js';
import { type DownloadableFile, openAttachment } from '../coordination/attachment.service.js';

/** What the public sees of a publication: never its author, status or internal dates. */
export interface PublicPublication {
  id: number;
  kind: PublicationDto['kind'];
  title: string;
  url: string | null;
  hasFile: boolean;
  publishedOn: string;
  aksi: string[];
}

/** No institution's drafts: the repository shows drafts only to the institution named here. */
const NO_DRAFTS = -1;
const NOT_FOUND = { id: 'Publikasi tidak ditemukan.', en: 'Publication not found.' };

/** Up to `limit` published publications of an institution, latest first. */
export async function publicPublications(
  context: AppContext,
  institutionCode: string,
  limit = 50,
): Promise<PublicPublication[]> {
  const { db } = context.database;
  const institution = await findInstitutionByCode(db, institutionCode.toUpperCase());
  if (!institution) return [];
  const rows = await listPublications(
    db,
    { draftsOf: NO_DRAFTS, institutionId: institution.id, status: 'published' },
    { limit, offset: 0 },
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as PublicationDto['kind'],
    title: row.title,
    url: row.url,
    hasFile: row.attachment_id !== null,
    publishedOn: row.published_on,
    aksi: JSON.parse(row.aksi) as string[],
  }));
}

/** The uploaded file (image) of a published publication; drafts are not found. */
export async function publicPublicationFile(context: AppContext, id: number): Promise<DownloadableFile> {
  const row = await findPublication(context.database.db, id, NO_DRAFTS);
  if (row?.status !== 'published' || row.attachment_id === null) throw new NotFoundError(NOT_FOUND);
  return openAttachment(context, row.attachment_id);
}
