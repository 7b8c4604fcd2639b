/** Admin's unlocks of reports in closed quarters. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { ReportUnlockTable } from '../schema.js';

/** Records an unlock. */
export async function insertReportUnlock(db: Executor, row: Insertable<ReportUnlockTable>): Promise<void> {
  await db.insertInto('report_unlocks').values(row).execute();
}

/** The latest unlock of a report, with the name of who gave it, if any. */
export function findReportUnlock(db: Executor, reportId: number) {
  return db
    .selectFrom('report_unlocks')
    .leftJoin('users', 'users.id', 'report_unlocks.created_by')
    .select([
      'report_unlocks.reason',
      'report_unlocks.joins_sample',
      'report_unlocks.created_at',
      'users.name as created_by_name',
    ])
    .where('report_unlocks.report_id', '=', reportId)
    .orderBy('report_unlocks.id', 'desc')
    .executeTakeFirst();
}
