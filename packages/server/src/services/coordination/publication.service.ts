/**
 * Publications of an institution's Humas/Diskominfo (docs/design.md#the-domain): news, infographics, video and
 * social posts about its actions, optionally republishing a media-kit material. Published ones are
 * visible to every signed-in role (and later to the public portal); drafts stay within the
 * institution and the national roles that read everything (admin, observer, verifier).
 */
import type { PublicationDto, Scope } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { listAttachmentsByIds } from '../../db/repositories/attachment.repository.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import { findMaterial } from '../../db/repositories/media-kit.repository.js';
import {
  countPublications,
  findPublication,
  insertPublication,
  listPublications,
  markPublished,
  type PublicationFilter,
} from '../../db/repositories/publication.repository.js';
import { transaction } from '../../db/transaction.js';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import { requirePeriod } from '../periods/period.service.js';
import { attachmentView, type DownloadableFile, openAttachment, requireOwnAttachments } from './attachment.service.js';
import { institutionRef } from './audience.service.js';
import { assertAksiOfPeriod } from './media-kit.service.js';

const NOT_FOUND = { id: 'Publikasi tidak ditemukan.', en: 'Publication not found.' };

type PublicationRow = NonNullable<Awaited<ReturnType<typeof findPublication>>>;
type Page<T> = { total: number; limit: number; offset: number; items: T[] };

/** Whose drafts the actor sees: every institution's under scope `all`, else only its own. */
const draftsOf = (actor: UserActor, scope: Scope): number | null =>
  scope === 'all' ? null : (actor.institutionId ?? -1);

async function views(db: Executor, rows: PublicationRow[]): Promise<PublicationDto[]> {
  const files = await listAttachmentsByIds(
    db,
    rows.flatMap((row) => (row.attachment_id === null ? [] : [row.attachment_id])),
  );
  return rows.map((row) => {
    const file = files.find((f) => f.id === row.attachment_id);
    return {
      id: row.id,
      institution: institutionRef(row),
      kind: row.kind as PublicationDto['kind'],
      title: row.title,
      url: row.url,
      file: file ? attachmentView(file) : null,
      publishedOn: row.published_on,
      material:
        row.material_id === null ? null : { id: row.material_id, title: row.material_title ?? `#${row.material_id}` },
      period: row.period_code,
      aksi: JSON.parse(row.aksi) as string[],
      status: row.status as PublicationDto['status'],
      createdAt: row.created_at,
      publishedAt: row.published_at,
      story:
        row.report_id === null
          ? null
          : {
              reportId: row.report_id,
              target: row.story_target_code ?? `#${row.report_id}`,
              quarter: row.story_quarter ?? 0,
              summary: row.summary,
            },
    };
  });
}

/** Records a publication of the actor's institution; naming a material counts it in that material's reach. */
export async function recordPublication(
  context: AppContext,
  actor: UserActor,
  input: {
    kind: PublicationDto['kind'];
    title: string;
    url?: string | undefined;
    attachmentId?: number | undefined;
    publishedOn: string;
    materialId?: number | undefined;
    period?: string | undefined;
    aksi?: string[] | undefined;
    status: 'draft' | 'published';
  },
): Promise<PublicationDto> {
  const { db } = context.database;
  if (actor.institutionId === null) {
    throw new AppError(403, 'forbidden', {
      id: 'Akun Anda tidak terhubung ke instansi.',
      en: 'Your account is not tied to an institution.',
    });
  }
  const material = input.materialId === undefined ? undefined : await findMaterial(db, input.materialId);
  if (input.materialId !== undefined && !material) {
    throw new ValidationError(
      { id: `Materi #${input.materialId} tidak ditemukan.`, en: `Material #${input.materialId} not found.` },
      [{ path: 'materialId', message: String(input.materialId) }],
    );
  }
  const periodCode = input.period ?? material?.period_code;
  const period = periodCode === undefined ? undefined : await requirePeriod(db, periodCode);
  const aksi = input.aksi ?? (material ? (JSON.parse(material.aksi) as string[]) : []);
  if (periodCode !== undefined) await assertAksiOfPeriod(db, periodCode, aksi);
  const [file] = input.attachmentId === undefined ? [] : await requireOwnAttachments(db, actor, [input.attachmentId]);
  const at = context.clock.now().toISOString();
  const institutionId = actor.institutionId;
  const id = await transaction(db, async (trx) => {
    const id = await insertPublication(trx, {
      institution_id: institutionId,
      kind: input.kind,
      title: input.title,
      url: input.url ?? null,
      attachment_id: file?.id ?? null,
      published_on: input.publishedOn,
      material_id: material?.id ?? null,
      period_id: period?.id ?? null,
      aksi: JSON.stringify(aksi),
      status: input.status,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
      published_at: input.status === 'published' ? at : null,
      report_id: null,
      summary: null,
    });
    await recordAudit(trx, context.clock, actor, {
      action: 'publication.create',
      entity: 'publication',
      entityId: id,
      change: {
        kind: input.kind,
        title: input.title,
        url: input.url ?? null,
        sha256: file?.sha256 ?? null,
        material_id: material?.id ?? null,
        status: input.status,
      },
    });
    return id;
  });
  return getPublication(context, actor, 'own_institution', id);
}

/** Publications the actor may see, latest first. */
export async function searchPublications(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  query: {
    institutionCode?: string | undefined;
    materialId?: number | undefined;
    kind?: string | undefined;
    status?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<Page<PublicationDto>> {
  const { db } = context.database;
  const page = { limit: query.limit, offset: query.offset };
  const institutionId =
    query.institutionCode === undefined
      ? undefined
      : ((await findInstitutionByCode(db, query.institutionCode))?.id ?? -1);
  const filter: PublicationFilter = {
    draftsOf: draftsOf(actor, scope),
    institutionId,
    materialId: query.materialId,
    kind: query.kind,
    status: query.status,
  };
  const [total, rows] = await Promise.all([countPublications(db, filter), listPublications(db, filter, page)]);
  return { total, ...page, items: await views(db, rows) };
}

/** One publication the actor may see. */
export async function getPublication(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  id: number,
): Promise<PublicationDto> {
  const { db } = context.database;
  const row = await findPublication(db, id, draftsOf(actor, scope));
  if (!row) throw new NotFoundError(NOT_FOUND);
  const [view] = await views(db, [row]);
  return view as PublicationDto;
}

/** Publishes a draft of the actor's institution. */
export async function publishPublication(context: AppContext, actor: UserActor, id: number): Promise<PublicationDto> {
  const { db } = context.database;
  const row = await findPublication(db, id, actor.institutionId ?? -1);
  if (!row || row.institution_id !== actor.institutionId) throw new NotFoundError(NOT_FOUND);
  await transaction(db, async (trx) => {
    if (!(await markPublished(trx, id, context.clock.now().toISOString()))) {
      throw new ConflictError('already_published', {
        id: 'Publikasi ini sudah diterbitkan.',
        en: 'This publication is already published.',
      });
    }
    await recordAudit(trx, context.clock, actor, {
      action: 'publication.publish',
      entity: 'publication',
      entityId: id,
      change: {},
    });
  });
  return getPublication(context, actor, 'own_institution', id);
}

/** The file of a publication the actor may see. */
export async function publicationFile(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  id: number,
): Promise<DownloadableFile> {
  const row = await findPublication(context.database.db, id, draftsOf(actor, scope));
  if (!row) throw new NotFoundError(NOT_FOUND);
  if (row.attachment_id === null)
    throw new NotFoundError({ id: 'Publikasi ini tidak memiliki berkas.', en: 'This publication has no file.' });
  return openAttachment(context, row.attachment_id);
}
