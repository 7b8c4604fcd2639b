/** Institutions that still owe reports for a quarter, with the deadline that applies to each. */
import { institutionDeadline } from '@pantau/core';
import type { Executor } from '../db/database.js';
import { listMissingReports, listQuarterExtensions } from '../db/repositories/recipient.repository.js';

/** One institution's missing reports in a quarter. */
export interface InstitutionArrears {
  institutionId: number;
  code: string;
  name: string;
  /** Outputs of the missing targets (which contributors hear about them). */
  outputIds: number[];
  missing: number;
  /** The quarter's deadline, or the institution's later extension. */
  deadline: string;
}

/** Every institution with targets due in the quarter that it has not submitted a report on. */
export async function institutionsInArrears(
  db: Executor,
  periodId: number,
  quarter: number,
  quarterDeadline: string,
): Promise<InstitutionArrears[]> {
  const [missing, extensions] = await Promise.all([
    listMissingReports(db, periodId, quarter),
    listQuarterExtensions(db, periodId, quarter),
  ]);
  const extended = new Map(extensions.map((e) => [e.institution_id, e.deadline]));
  const byInstitution = new Map<number, InstitutionArrears>();
  for (const row of missing) {
    let entry = byInstitution.get(row.institution_id);
    if (!entry) {
      entry = {
        institutionId: row.institution_id,
        code: row.institution_code,
        name: row.institution_name,
        outputIds: [],
        missing: 0,
        deadline: institutionDeadline(quarterDeadline, extended.get(row.institution_id)),
      };
      byInstitution.set(row.institution_id, entry);
    }
    entry.missing++;
    if (!entry.outputIds.includes(row.output_id)) entry.outputIds.push(row.output_id);
  }
  return [...byInstitution.values()];
}
