/** Inputs of recognition: accepted, graded reports counted per institution, quarter and grade (accepted only, here in SQL). */
import type { Executor } from '../database.js';

/** Accepted reports with a grade (not-applicable claims left out), per institution code, quarter and grade. */
export function countAcceptedGrades(db: Executor, periodId: number) {
  return db
    .selectFrom('reports')
    .innerJoin('institutions', 'institutions.id', 'reports.institution_id')
    .select((eb) => [
      'institutions.code',
      'reports.quarter_number',
      'reports.quality_grade',
      eb.fn.countAll<number>().as('count'),
    ])
    .where('reports.period_id', '=', periodId)
    .where('reports.state', '=', 'accepted')
    .where('reports.na_accepted', '=', 0)
    .where('reports.quality_grade', 'is not', null)
    .groupBy(['institutions.code', 'reports.quarter_number', 'reports.quality_grade'])
    .execute();
}
