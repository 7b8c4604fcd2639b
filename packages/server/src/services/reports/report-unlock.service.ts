/**
 * Admin's reopening of one report in a closed quarter: with a reason, and a decision whether the
 * report joins the field-verification sample population (recorded, audited, shown on the report).
 * The quarter stays closed; only this report may be written again.
 */
import { type ReportDto, triwulanLabel } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import { insertReportUnlock } from '../../db/repositories/report-unlock.repository.js';
import { transaction } from '../../db/transaction.js';
import { ConflictError } from '../../errors.js';
import { loadReadableReport, reportView } from './report-view.service.js';

/** Unlocks a report of a closed quarter. */
export async function unlockReport(
  context: AppContext,
  actor: UserActor,
  reportId: number,
  input: { reason: string; joinsSample: boolean },
): Promise<ReportDto> {
  const { db } = context.database;
  const report = await loadReadableReport(db, actor, reportId);
  if (report.quarter_status !== 'closed') {
    throw new ConflictError('quarter_not_closed', {
      id: `${triwulanLabel(report.quarter_number)} belum ditutup; laporan ini tidak terkunci.`,
      en: `${triwulanLabel(report.quarter_number)} is not closed; this report is not locked.`,
    });
  }
  await transaction(db, async (trx) => {
    const at = context.clock.now().toISOString();
    await insertReportUnlock(trx, {
      report_id: reportId,
      reason: input.reason,
      joins_sample: input.joinsSample ? 1 : 0,
      created_by: actor.userId,
      created_at: at,
    });
    await recordAudit(trx, context.clock, actor, {
      action: 'report.unlock',
      entity: 'report',
      entityId: reportId,
      change: {
        period: report.period_code,
        quarter: report.quarter_number,
        state: report.state,
        reason: input.reason,
        joins_sample: input.joinsSample,
      },
    });
  });
  return reportView(db, actor, reportId);
}
