/** The deadline that applies to one institution's reports of a quarter (the late-submission rule's date). */
import { institutionDeadline } from '@pantau/core';
import type { Executor } from '../../db/database.js';
import { findExtension, findQuarter } from '../../db/repositories/period.repository.js';
import { NotFoundError } from '../../errors.js';

/** The quarter's deadline, or the institution's later extension (`institutionDeadline`). */
export async function effectiveDeadline(
  db: Executor,
  periodId: number,
  quarter: number,
  institutionId: number,
): Promise<string> {
  const [row, extension] = await Promise.all([
    findQuarter(db, periodId, quarter),
    findExtension(db, periodId, quarter, institutionId),
  ]);
  return applicableDeadline(row?.deadline, extension?.deadline);
}

/** A report's deadline, from the quarter's and the extension's dates its context carries (`findReportContext`). */
export function reportDeadline(report: { quarter_deadline: string | null; extension_deadline: string | null }): string {
  return applicableDeadline(report.quarter_deadline, report.extension_deadline);
}

function applicableDeadline(quarterDeadline: string | null | undefined, extension: string | null | undefined): string {
  if (quarterDeadline == null) throw new NotFoundError({ id: 'Triwulan tidak ditemukan.', en: 'Quarter not found.' });
  return institutionDeadline(quarterDeadline, extension);
}
