/** What the generated reports add to the dashboard figures: field checks, an institution's targets. */
import type { Executor } from '../database.js';

/** The field-verification sample of a quarter with each check, its institution and target. */
export function fieldChecksOfQuarter(db: Executor, periodId: number, quarter: number) {
  return db
    .selectFrom('field_samples as s')
    .innerJoin('field_checks as c', 'c.sample_id', 's.id')
    .innerJoin('reports as r', 'r.id', 'c.report_id')
    .innerJoin('institutions as i', 'i.id', 'r.institution_id')
    .innerJoin('targets as t', 't.id', 'r.target_id')
    .select([
      's.seed',
      's.drawn_at',
      'c.position',
      'c.status',
      'c.result',
      'c.original_score',
      'c.adjusted_score',
      'r.institution_id',
      'i.code as institution_code',
      'i.name as institution_name',
      't.code as target_code',
    ])
    .where('s.period_id', '=', periodId)
    .where('s.quarter_number', '=', quarter)
    .orderBy('c.position')
    .execute();
}

/** Whether a quarter's sample was drawn, and its size. */
export function findSampleOfQuarter(db: Executor, periodId: number, quarter: number) {
  return db
    .selectFrom('field_samples')
    .select(['seed', 'size', 'drawn_at', 'population'])
    .where('period_id', '=', periodId)
    .where('quarter_number', '=', quarter)
    .executeTakeFirst();
}

/** The targets an institution carries in a quarter with the unit responsible and its report on each, if any. */
export function institutionQuarterReports(db: Executor, institutionId: number, periodId: number, quarter: number) {
  return db
    .selectFrom('assignments as a')
    .innerJoin('targets as t', 't.output_id', 'a.output_id')
    .innerJoin('outputs as o', 'o.id', 't.output_id')
    .innerJoin('aksi as ak', 'ak.id', 'o.aksi_id')
    .leftJoin('reports as r', (join) =>
      join.onRef('r.target_id', '=', 't.id').onRef('r.institution_id', '=', 'a.institution_id'),
    )
    .leftJoin('unit_targets as ut', (join) =>
      join.onRef('ut.target_id', '=', 't.id').onRef('ut.institution_id', '=', 'a.institution_id'),
    )
    .leftJoin('work_units as u', 'u.id', 'ut.unit_id')
    .select([
      'u.code as unit_code',
      'u.short_name as unit_short_name',
      't.code as target_code',
      'ak.code as aksi_code',
      'o.code as output_code',
      'o.name as output_name',
      'r.id as report_id',
      'r.state',
      'r.score',
      'r.field_score',
      'r.quality_grade',
      'r.na_accepted',
      'r.on_time',
      'r.first_submitted_at',
    ])
    .where('a.institution_id', '=', institutionId)
    .where('a.ended_at', 'is', null)
    .where('t.period_id', '=', periodId)
    .where('t.quarter_number', '=', quarter)
    .orderBy('o.id')
    .orderBy('t.code')
    .execute();
}
