/** What a person's calendar holds beyond meetings: the reporting deadlines of their institution. */
import type { Executor } from '../database.js';

/**
 * Reporting deadlines of the open quarters of active periods in which the institution has targets,
 * with the institution's extension when it has one.
 */
export function listOpenReportingDeadlines(db: Executor, institutionId: number) {
  return db
    .selectFrom('quarters as q')
    .innerJoin('periods as p', 'p.id', 'q.period_id')
    .leftJoin('quarter_extensions as x', (join) =>
      join
        .onRef('x.period_id', '=', 'q.period_id')
        .onRef('x.quarter_number', '=', 'q.number')
        .on('x.institution_id', '=', institutionId),
    )
    .select(['p.code as period_code', 'q.number', 'q.deadline', 'x.deadline as extended_deadline'])
    .where('q.status', '=', 'open')
    .where('p.status', '=', 'active')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('targets as t')
          .innerJoin('assignments as a', 'a.output_id', 't.output_id')
          .select('t.id')
          .whereRef('t.period_id', '=', 'q.period_id')
          .whereRef('t.quarter_number', '=', 'q.number')
          .where('a.institution_id', '=', institutionId)
          .where('a.ended_at', 'is', null),
      ),
    )
    .orderBy('q.deadline')
    .execute();
}
