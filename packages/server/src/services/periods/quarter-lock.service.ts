/**
 * Closing a quarter locks it: once its field-verification sample is drawn, no report of the
 * quarter may be changed, submitted or judged, unless admin unlocked that report with a reason.
 */
import { isQuarterLocked, type ReportLockDto, triwulanLabel } from '@pantau/core';
import type { Executor } from '../../db/database.js';
import { findReportUnlock } from '../../db/repositories/report-unlock.repository.js';
import { AppError } from '../../errors.js';

/** A report with its quarter's status, as the report context carries it (`findReportContext`). */
interface QuarterOfReport {
  id: number;
  quarter_number: number;
  /** Null only if the quarter row is missing, which locks nothing. */
  quarter_status: string | null;
}

/** Whether the report's quarter is closed, and the unlock that lets it be written anyway. */
export async function reportLock(db: Executor, report: QuarterOfReport): Promise<ReportLockDto> {
  const quarterClosed = report.quarter_status === 'closed';
  const unlock = quarterClosed ? await findReportUnlock(db, report.id) : undefined;
  return {
    quarterClosed,
    locked: isQuarterLocked(report.quarter_status ?? 'open', unlock !== undefined),
    unlock: unlock
      ? {
          reason: unlock.reason,
          joinsSample: unlock.joins_sample === 1,
          at: unlock.created_at,
          by: unlock.created_by_name ?? null,
        }
      : null,
  };
}

/** Refuses a write to a report of a closed quarter (423) unless admin unlocked it. */
export async function assertQuarterWritable(db: Executor, report: QuarterOfReport): Promise<void> {
  const lock = await reportLock(db, report);
  if (!lock.locked) return;
  const quarter = triwulanLabel(report.quarter_number);
  throw new AppError(423, 'quarter_closed', {
    id: `${quarter} sudah ditutup dan sampel verifikasi lapangannya sudah ditarik: laporan ini tidak dapat diubah, dikirim atau diputuskan lagi. Admin dapat membuka kunci laporan ini dengan alasan.`,
    en: `${quarter} is closed and its field-verification sample is drawn: this report can no longer be changed, submitted or decided. An admin can unlock this report with a reason.`,
  });
}
