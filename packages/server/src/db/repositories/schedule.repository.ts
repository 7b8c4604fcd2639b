/** What the scheduler looks at: the open quarters of active periods. */
import type { Executor } from '../database.js';

/** Open quarters of active periods, with their period's id and code. */
export function listOpenQuarters(db: Executor) {
  return db
    .selectFrom('quarters')
    .innerJoin('periods', 'periods.id', 'quarters.period_id')
    .selectAll('quarters')
    .select(['periods.code as period_code'])
    .where('periods.status', '=', 'active')
    .where('quarters.status', '=', 'open')
    .orderBy('quarters.period_id')
    .orderBy('quarters.number')
    .execute();
}
