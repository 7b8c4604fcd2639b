/**
 * Process and results stories (issue #18, item 5): from an accepted report of its institution, the
 * publicist or the focal point starts a story — a draft publication linked to that report, with
 * its period and aksi — that the institution's Humas publish like any publication. The portal
 * then shows it next to the verified result, and the feeds carry it.
 */
import { dateInZone, type PublicationDto, type StorySourceDto } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import { insertPublication } from '../../db/repositories/publication.repository.js';
import { findStoryReport, listStorySources } from '../../db/repositories/story.repository.js';
import { transaction } from '../../db/transaction.js';
import { AppError, ConflictError, NotFoundError } from '../../errors.js';
import { periodOrLatest } from '../periods/active-period.js';
import { getPublication } from './publication.service.js';

const REPORT_NOT_FOUND = { id: 'Laporan tidak ditemukan.', en: 'Report not found.' };

function institutionOf(actor: UserActor): number {
  if (actor.institutionId === null) {
    throw new AppError(403, 'forbidden', {
      id: 'Akun Anda tidak terhubung ke instansi.',
      en: 'Your account is not tied to an institution.',
    });
  }
  return actor.institutionId;
}

/** Starts a story (a draft publication) telling an accepted report of the actor's institution. */
export async function startStory(
  context: AppContext,
  actor: UserActor,
  reportId: number,
  input: { kind: PublicationDto['kind']; title: string; summary?: string | undefined; url?: string | undefined },
): Promise<PublicationDto> {
  const { db } = context.database;
  const institutionId = institutionOf(actor);
  const report = await findStoryReport(db, reportId);
  if (!report || report.institution_id !== institutionId) throw new NotFoundError(REPORT_NOT_FOUND);
  if (report.state !== 'accepted') {
    throw new ConflictError('report_not_accepted', {
      id: 'Cerita hanya dapat dimulai dari laporan yang sudah diterima verifikator.',
      en: 'A story can only start from a report the verifier has accepted.',
    });
  }
  const now = context.clock.now();
  const at = now.toISOString();
  const id = await transaction(db, async (trx) => {
    const id = await insertPublication(trx, {
      institution_id: institutionId,
      kind: input.kind,
      title: input.title,
      url: input.url ?? null,
      attachment_id: null,
      published_on: dateInZone(now),
      material_id: null,
      period_id: report.period_id,
      aksi: JSON.stringify([report.aksi_code]),
      status: 'draft',
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
      published_at: null,
      report_id: report.id,
      summary: input.summary ?? null,
    });
    await recordAudit(trx, context.clock, actor, {
      action: 'publication.create',
      entity: 'publication',
      entityId: id,
      change: {
        kind: input.kind,
        title: input.title,
        url: input.url ?? null,
        summary: input.summary ?? null,
        report_id: report.id,
        status: 'draft',
      },
    });
    return id;
  });
  return getPublication(context, actor, 'own_institution', id);
}

/** The accepted reports of the actor's institution in a period (default: the active one) a story can tell. */
export async function storySources(
  context: AppContext,
  actor: UserActor,
  periodCode: string | undefined,
): Promise<StorySourceDto[]> {
  const { db } = context.database;
  const institutionId = institutionOf(actor);
  const period = await periodOrLatest(db, periodCode);
  const rows = await listStorySources(db, institutionId, period.id);
  return rows.map((row) => ({
    reportId: row.id,
    period: period.code,
    quarter: row.quarter_number,
    target: row.target_code,
    aksi: { code: row.aksi_code, name: row.aksi_name },
    output: { code: row.output_code, name: row.output_name },
    successMeasure: row.success_measure,
    verifiedAt: row.verified_at ?? '',
    stories: Number(row.stories ?? 0),
  }));
}
