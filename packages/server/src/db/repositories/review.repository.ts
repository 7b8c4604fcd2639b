/** The verification queue: submitted and in-review reports, oldest submission first. */
import type { Executor } from '../database.js';

/** Filters of the queue; `aksiIds` limits it to a verifier's actions (undefined: every action). */
export interface QueueFilter {
  aksiIds?: number[] | undefined;
  periodId?: number | undefined;
  aksiCode?: string | undefined;
  provinceCode?: string | undefined;
  institutionType?: string | undefined;
  states: string[];
}

function queue(db: Executor, filter: QueueFilter) {
  let query = db
    .selectFrom('reports')
    .innerJoin('targets', 'targets.id', 'reports.target_id')
    .innerJoin('outputs', 'outputs.id', 'targets.output_id')
    .innerJoin('aksi', 'aksi.id', 'outputs.aksi_id')
    .innerJoin('institutions', 'institutions.id', 'reports.institution_id')
    .innerJoin('periods', 'periods.id', 'reports.period_id')
    .where('reports.state', 'in', filter.states);
  if (filter.aksiIds) query = query.where('aksi.id', 'in', filter.aksiIds.length > 0 ? filter.aksiIds : [-1]);
  if (filter.periodId) query = query.where('reports.period_id', '=', filter.periodId);
  if (filter.aksiCode) query = query.where('aksi.code', '=', filter.aksiCode);
  if (filter.provinceCode) query = query.where('institutions.province_code', '=', filter.provinceCode);
  if (filter.institutionType) query = query.where('institutions.type', '=', filter.institutionType);
  return query;
}

/**
 * One page of the queue: what can still be decided first (a closed quarter's reports are locked
 * unless admin unlocked them), oldest submission first within each.
 */
export function listQueue(db: Executor, filter: QueueFilter, page: { limit: number; offset: number }) {
  return queue(db, filter)
    .leftJoin('work_units', 'work_units.id', 'reports.unit_id')
    .select([
      'work_units.code as unit_code',
      'work_units.name as unit_name',
      'reports.id',
      'reports.state',
      'reports.round',
      'reports.quarter_number',
      'reports.submitted_at',
      'reports.on_time',
      'targets.code as target_code',
      'aksi.code as aksi_code',
      'outputs.name as output_name',
      'periods.code as period_code',
      'institutions.code as institution_code',
      'institutions.name as institution_name',
      'institutions.type as institution_type',
      'institutions.province_code',
    ])
    .orderBy((eb) =>
      eb
        .case()
        .when(
          eb.and([
            eb.exists(
              eb
                .selectFrom('quarters')
                .select('quarters.id')
                .whereRef('quarters.period_id', '=', 'reports.period_id')
                .whereRef('quarters.number', '=', 'reports.quarter_number')
                .where('quarters.status', '=', 'closed'),
            ),
            eb.not(
              eb.exists(
                eb
                  .selectFrom('report_unlocks')
                  .select('report_unlocks.id')
                  .whereRef('report_unlocks.report_id', '=', 'reports.id'),
              ),
            ),
          ]),
        )
        .then(1)
        .else(0)
        .end(),
    )
    .orderBy('reports.submitted_at')
    .orderBy('reports.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** Queue size per state. */
export function countQueue(db: Executor, filter: QueueFilter) {
  return queue(db, filter)
    .select((eb) => ['reports.state', eb.fn.countAll<number>().as('count')])
    .groupBy('reports.state')
    .execute();
}
