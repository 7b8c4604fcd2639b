/** Recording field-verification results; a result can change the score, with the reason audited. */
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import { completeFieldCheck, findCheckOfReport } from '../../db/repositories/field.repository.js';
import { findReportContext, updateReportIfVersion } from '../../db/repositories/report.repository.js';
import { transaction } from '../../db/transaction.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { recomputeFiguresOfQuarter } from '../figures/figures.service.js';
import { assertReaches, REPORT_NOT_FOUND } from './report-access.js';
import { reportView } from './report-view.service.js';

/** Records what the field visit found for a sampled report. */
export async function recordFieldCheck(
  context: AppContext,
  actor: UserActor,
  reportId: number,
  input: {
    result: 'confirmed' | 'adjusted' | 'not_found';
    adjustedScore?: number | undefined;
    notes?: string | undefined;
  },
) {
  const { db } = context.database;
  await transaction(db, async (trx) => {
    const report = await findReportContext(trx, reportId);
    if (!report) throw new NotFoundError(REPORT_NOT_FOUND);
    assertReaches(actor, 'field.check', {
      institutionId: report.institution_id,
      aksiId: report.aksi_id,
      outputId: report.output_id,
    });
    const check = await findCheckOfReport(trx, reportId);
    if (!check) {
      throw new ConflictError('not_sampled', {
        id: 'Laporan ini tidak termasuk sampel verifikasi lapangan.',
        en: 'This report is not in a field-verification sample.',
      });
    }
    if (report.state !== 'accepted') {
      throw new ConflictError('report_not_accepted', {
        id: 'Hasil verifikasi lapangan hanya dicatat untuk laporan yang diterima.',
        en: 'Field results are recorded only for accepted reports.',
      });
    }
    const at = context.clock.now().toISOString();
    const newScore =
      input.result === 'confirmed' ? null : input.result === 'not_found' ? 0 : (input.adjustedScore ?? null);
    await completeFieldCheck(trx, check.id, {
      result: input.result,
      original_score: report.score,
      adjusted_score: newScore,
      notes: input.notes ?? null,
      checked_by: actor.userId,
      checked_at: at,
    });
    await updateReportIfVersion(trx, reportId, report.version, { field_score: newScore, updated_at: at });
    await recordAudit(trx, context.clock, actor, {
      action: 'report.field_check',
      entity: 'report',
      entityId: reportId,
      change: { result: input.result, score: report.score, field_score: newScore, notes: input.notes ?? null },
    });
    await recomputeFiguresOfQuarter(trx, report, at);
  });
  return reportView(db, actor, reportId);
}
