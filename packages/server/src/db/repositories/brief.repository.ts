/** The lists of one institution's brief: late, stuck and formality targets, each with its responsible unit. */
import { sql } from 'kysely';
import type { Executor } from '../database.js';

/** The deadline the institution has for a quarter: the quarter's, or its later extension. */
const deadline = sql<string>`case when x.deadline > qu.deadline then x.deadline else qu.deadline end`;

/** How many rows each list of the brief shows at most. */
export const BRIEF_LIST_LIMIT = 100;

/**
 * Targets of quarters 1..q the institution carries whose deadline passed before `today` and that
 * were not submitted: no report, or one still a draft or ready for the focal point.
 */
export function listLateTargets(db: Executor, institutionId: number, periodId: number, quarter: number, today: string) {
  return db
    .selectFrom('assignments as a')
    .innerJoin('outputs as o', 'o.id', 'a.output_id')
    .innerJoin('targets as t', 't.output_id', 'o.id')
    .innerJoin('quarters as qu', (join) =>
      join.on('qu.period_id', '=', periodId).onRef('qu.number', '=', 't.quarter_number'),
    )
    .leftJoin('quarter_extensions as x', (join) =>
      join
        .on('x.period_id', '=', periodId)
        .onRef('x.quarter_number', '=', 't.quarter_number')
        .onRef('x.institution_id', '=', 'a.institution_id'),
    )
    .leftJoin('reports as r', (join) =>
      join.onRef('r.target_id', '=', 't.id').onRef('r.institution_id', '=', 'a.institution_id'),
    )
    .leftJoin('unit_targets as ut', (join) =>
      join.onRef('ut.target_id', '=', 't.id').onRef('ut.institution_id', '=', 'a.institution_id'),
    )
    .leftJoin('work_units as w', 'w.id', 'ut.unit_id')
    .where('a.institution_id', '=', institutionId)
    .where('a.ended_at', 'is', null)
    .where('o.period_id', '=', periodId)
    .where('t.quarter_number', '<=', quarter)
    .where((eb) => eb.or([eb('r.id', 'is', null), eb('r.state', 'in', ['draft', 'ready'])]))
    .where(deadline, '<', today)
    .select([
      't.code',
      't.quarter_number',
      'o.name as output_name',
      'r.id as report_id',
      'r.state',
      'w.id as unit_id',
      'w.name as unit_name',
      deadline.as('deadline'),
    ])
    .orderBy('t.quarter_number')
    .orderBy('t.code')
    .limit(BRIEF_LIST_LIMIT)
    .execute();
}

/** Reports of quarters 1..q waiting for a verifier since `submittedBy` or earlier. */
export function listStuckReports(
  db: Executor,
  institutionId: number,
  periodId: number,
  quarter: number,
  submittedBy: string,
) {
  return db
    .selectFrom('reports as r')
    .innerJoin('targets as t', 't.id', 'r.target_id')
    .innerJoin('outputs as o', 'o.id', 't.output_id')
    .leftJoin('unit_targets as ut', (join) =>
      join.onRef('ut.target_id', '=', 't.id').onRef('ut.institution_id', '=', 'r.institution_id'),
    )
    .leftJoin('work_units as w', 'w.id', 'ut.unit_id')
    .where('r.institution_id', '=', institutionId)
    .where('r.period_id', '=', periodId)
    .where('r.quarter_number', '<=', quarter)
    .where('r.state', 'in', ['submitted', 'in_review'])
    .where('r.submitted_at', '<=', submittedBy)
    .select([
      't.code',
      't.quarter_number',
      'o.name as output_name',
      'r.id as report_id',
      'r.state',
      'w.id as unit_id',
      'w.name as unit_name',
    ])
    .orderBy('r.submitted_at')
    .limit(BRIEF_LIST_LIMIT)
    .execute();
}

/** Accepted reports of quarters 1..q graded `administratif` (documents only). */
export function listFormalityReports(db: Executor, institutionId: number, periodId: number, quarter: number) {
  return db
    .selectFrom('reports as r')
    .innerJoin('targets as t', 't.id', 'r.target_id')
    .innerJoin('outputs as o', 'o.id', 't.output_id')
    .where('r.institution_id', '=', institutionId)
    .where('r.period_id', '=', periodId)
    .where('r.quarter_number', '<=', quarter)
    .where('r.state', '=', 'accepted')
    .where('r.quality_grade', '=', 'administratif')
    .select(['t.code', 't.quarter_number', 'o.name as output_name', 'r.id as report_id'])
    .orderBy('t.quarter_number')
    .orderBy('t.code')
    .limit(BRIEF_LIST_LIMIT)
    .execute();
}
