/**
 * The national media kit (docs/design.md#coordination): admin publishes materials — infographics, video links,
 * press-release texts, logo guidance — tagged by period and aksi; regional Humas browse, download
 * and republish them, and each material shows its reach by province from the publications that
 * name it.
 */
import type { MaterialDto } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { listAttachmentsByIds } from '../../db/repositories/attachment.repository.js';
import { listKnownAksiCodes } from '../../db/repositories/audience.repository.js';
import {
  countMaterials,
  countPublicationsOf,
  findMaterial,
  insertMaterial,
  listMaterials,
  type MaterialFilter,
  reachByProvince,
} from '../../db/repositories/media-kit.repository.js';
import { transaction } from '../../db/transaction.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { requirePeriod } from '../periods/period.service.js';
import { attachmentView, type DownloadableFile, openAttachment, requireOwnAttachments } from './attachment.service.js';

const NOT_FOUND = { id: 'Materi tidak ditemukan.', en: 'Material not found.' };
const KL = { id: 'Kementerian/Lembaga', en: 'Ministries and agencies' };

type MaterialRow = NonNullable<Awaited<ReturnType<typeof findMaterial>>>;
type Page<T> = { total: number; limit: number; offset: number; items: T[] };

/** Refuses aksi codes that the period does not have. */
export async function assertAksiOfPeriod(db: Executor, periodCode: string, codes: readonly string[]): Promise<void> {
  const known = await listKnownAksiCodes(db, periodCode, codes);
  const unknown = codes.filter((code) => !known.includes(code));
  if (unknown.length > 0) {
    throw new ValidationError(
      {
        id: `Aksi ${unknown.join(', ')} tidak ada pada periode ${periodCode}.`,
        en: `Aksi ${unknown.join(', ')} do not exist in period ${periodCode}.`,
      },
      [{ path: 'aksi', message: unknown.join(', ') }],
    );
  }
}

async function views(db: Executor, rows: MaterialRow[]): Promise<MaterialDto[]> {
  const ids = rows.map((row) => row.id);
  const [files, counts] = await Promise.all([
    listAttachmentsByIds(
      db,
      rows.flatMap((row) => (row.attachment_id === null ? [] : [row.attachment_id])),
    ),
    countPublicationsOf(db, ids),
  ]);
  return rows.map((row) => {
    const file = files.find((f) => f.id === row.attachment_id);
    return {
      id: row.id,
      kind: row.kind as MaterialDto['kind'],
      title: row.title,
      description: row.description,
      url: row.url,
      file: file ? attachmentView(file) : null,
      period: row.period_code,
      aksi: JSON.parse(row.aksi) as string[],
      publishedAt: row.created_at,
      publications: Number(counts.find((c) => c.material_id === row.id)?.count ?? 0),
    };
  });
}

/** Publishes a material to the media kit. */
export async function publishMaterial(
  context: AppContext,
  actor: UserActor,
  input: {
    kind: MaterialDto['kind'];
    title: string;
    description: string;
    url?: string | undefined;
    attachmentId?: number | undefined;
    period: string;
    aksi: string[];
  },
) {
  const { db } = context.database;
  const period = await requirePeriod(db, input.period);
  await assertAksiOfPeriod(db, input.period, input.aksi);
  const [file] = input.attachmentId === undefined ? [] : await requireOwnAttachments(db, actor, [input.attachmentId]);
  if (input.kind === 'infographic' && !file?.mime_type.startsWith('image/')) {
    throw new ValidationError(
      {
        id: 'Infografis harus berupa berkas gambar (PNG, JPEG, WebP).',
        en: 'An infographic must be an image file (PNG, JPEG, WebP).',
      },
      [{ path: 'attachmentId', message: file?.mime_type ?? 'none' }],
    );
  }
  const aksi = [...new Set(input.aksi)].sort((a, b) => Number(a) - Number(b));
  const id = await transaction(db, async (trx) => {
    const id = await insertMaterial(trx, {
      kind: input.kind,
      title: input.title,
      description: input.description,
      url: input.url ?? null,
      attachment_id: file?.id ?? null,
      period_id: period.id,
      aksi: JSON.stringify(aksi),
      created_by: actor.userId,
      created_at: context.clock.now().toISOString(),
    });
    await recordAudit(trx, context.clock, actor, {
      action: 'mediakit.publish',
      entity: 'media_material',
      entityId: id,
      change: {
        kind: input.kind,
        title: input.title,
        period: input.period,
        aksi,
        url: input.url ?? null,
        sha256: file?.sha256 ?? null,
      },
    });
    return id;
  });
  return getMaterial(context, id);
}

/** One page of the media kit, newest first. */
export async function searchMaterials(
  context: AppContext,
  filter: MaterialFilter,
  page: { limit: number; offset: number },
): Promise<Page<MaterialDto>> {
  const { db } = context.database;
  const [total, rows] = await Promise.all([countMaterials(db, filter), listMaterials(db, filter, page)]);
  return { total, ...page, items: await views(db, rows) };
}

/** One material with its reach: published republications by province. */
export async function getMaterial(context: AppContext, id: number, locale: 'id' | 'en' = 'id') {
  const { db } = context.database;
  const row = await findMaterial(db, id);
  if (!row) throw new NotFoundError(NOT_FOUND);
  const [[view], reach] = await Promise.all([views(db, [row]), reachByProvince(db, id)]);
  const byProvince = reach
    .map((r) => ({
      provinceCode: r.province_code,
      provinceName: r.province_code === null ? KL[locale] : (r.province_name ?? r.province_code),
      publications: Number(r.publications),
      institutions: Number(r.institutions),
    }))
    .sort((a, b) => b.publications - a.publications || (a.provinceCode ?? '').localeCompare(b.provinceCode ?? ''));
  return {
    ...(view as MaterialDto),
    reach: {
      publications: byProvince.reduce((sum, p) => sum + p.publications, 0),
      institutions: byProvince.reduce((sum, p) => sum + p.institutions, 0),
      byProvince,
    },
  };
}

/** The file of a material, to download. */
export async function materialFile(context: AppContext, id: number): Promise<DownloadableFile> {
  const row = await findMaterial(context.database.db, id);
  if (!row) throw new NotFoundError(NOT_FOUND);
  if (row.attachment_id === null)
    throw new NotFoundError({ id: 'Materi ini tidak memiliki berkas.', en: 'This material has no file.' });
  return openAttachment(context, row.attachment_id);
}
