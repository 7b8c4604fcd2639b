/** Who hears about what: the people of an institution, and the reports an institution still owes. */
import type { Executor } from '../database.js';

/** Active users of the institutions with one of `roles`, with their address and language. */
export function listInstitutionMembers(db: Executor, institutionIds: readonly number[], roles: readonly string[]) {
  if (institutionIds.length === 0 || roles.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.email', 'users.name', 'users.locale', 'users.institution_id', 'user_roles.role'])
    .where('users.institution_id', 'in', [...institutionIds])
    .where('users.status', '=', 'active')
    .where('user_roles.role', 'in', [...roles])
    .orderBy('users.id')
    .execute();
}

/** Outputs each of these contributors is limited to (none listed: every output of the institution). */
export function listOutputLimits(db: Executor, userIds: readonly number[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('contributor_outputs')
    .select(['user_id', 'output_id'])
    .where('user_id', 'in', [...userIds])
    .execute();
}

/** One user's address and language. */
export function findRecipient(db: Executor, userId: number) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locale', 'status'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/**
 * Targets due in a quarter that an institution has not submitted a report on yet, per institution:
 * the institutions that reminders and escalations are for.
 */
export function listMissingReports(db: Executor, periodId: number, quarter: number) {
  return db
    .selectFrom('assignments')
    .innerJoin('targets', 'targets.output_id', 'assignments.output_id')
    .innerJoin('institutions', 'institutions.id', 'assignments.institution_id')
    .leftJoin('reports', (join) =>
      join
        .onRef('reports.target_id', '=', 'targets.id')
        .onRef('reports.institution_id', '=', 'assignments.institution_id'),
    )
    .select([
      'assignments.institution_id',
      'institutions.code as institution_code',
      'institutions.name as institution_name',
      'targets.output_id',
      'targets.code as target_code',
    ])
    .where('assignments.ended_at', 'is', null)
    .where('targets.period_id', '=', periodId)
    .where('targets.quarter_number', '=', quarter)
    .where('reports.first_submitted_at', 'is', null)
    .orderBy('assignments.institution_id')
    .orderBy('targets.code')
    .execute();
}

/** Deadline extensions of a quarter, with the institution's code. */
export function listQuarterExtensions(db: Executor, periodId: number, quarter: number) {
  return db
    .selectFrom('quarter_extensions')
    .innerJoin('institutions', 'institutions.id', 'quarter_extensions.institution_id')
    .select(['quarter_extensions.institution_id', 'quarter_extensions.deadline', 'institutions.code'])
    .where('quarter_extensions.period_id', '=', periodId)
    .where('quarter_extensions.quarter_number', '=', quarter)
    .execute();
}
