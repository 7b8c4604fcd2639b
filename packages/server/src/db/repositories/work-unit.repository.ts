/** Work units of institutions, the unit responsible for each target, contributors limited to units. */
import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../database.js';
import type { WorkUnitTable } from '../schema.js';

/** The units of an institution with how many targets and contributors each has, by code. */
export function listUnitsOf(db: Executor, institutionId: number, active?: boolean) {
  let query = db
    .selectFrom('work_units')
    .select((eb) => [
      'work_units.id',
      'work_units.institution_id',
      'work_units.code',
      'work_units.name',
      'work_units.short_name',
      'work_units.kind',
      'work_units.active',
      eb
        .selectFrom('unit_targets')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('unit_targets.unit_id', '=', 'work_units.id')
        .as('target_count'),
      eb
        .selectFrom('contributor_units')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('contributor_units.unit_id', '=', 'work_units.id')
        .as('contributor_count'),
    ])
    .where('work_units.institution_id', '=', institutionId);
  if (active !== undefined) query = query.where('work_units.active', '=', active ? 1 : 0);
  return query.orderBy('work_units.code').execute();
}

/** The unit with `id`, if any. */
export function findUnitById(db: Executor, id: number) {
  return db.selectFrom('work_units').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The unit of an institution with `code`, if any. */
export function findUnitByCode(db: Executor, institutionId: number, code: string) {
  return db
    .selectFrom('work_units')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/** Adds a unit and returns its id. */
export async function insertUnit(db: Executor, row: Insertable<WorkUnitTable>): Promise<number> {
  const inserted = await db.insertInto('work_units').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** Changes a unit. */
export async function updateUnit(db: Executor, id: number, change: Updateable<WorkUnitTable>): Promise<void> {
  await db.updateTable('work_units').set(change).where('id', '=', id).execute();
}

/** Every unit of every institution keyed `institutionId:code`, for imports. */
export function listAllUnitKeys(db: Executor) {
  return db.selectFrom('work_units').select(['id', 'institution_id', 'code']).execute();
}

/** Ids of the units a contributor is limited to. */
export async function listContributorUnitIds(db: Executor, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('contributor_units')
    .select('unit_id')
    .where('user_id', '=', userId)
    .orderBy('unit_id')
    .execute();
  return rows.map((r) => r.unit_id);
}

/** Limits a contributor to `unitIds` (none: not limited by unit). */
export async function replaceContributorUnits(db: Executor, userId: number, unitIds: number[]): Promise<void> {
  await db.deleteFrom('contributor_units').where('user_id', '=', userId).execute();
  if (unitIds.length === 0) return;
  await db
    .insertInto('contributor_units')
    .values(unitIds.map((unit_id) => ({ user_id: userId, unit_id })))
    .execute();
}

/** The units (code and name) each of `userIds` is limited to. */
export function listContributorUnitsOf(db: Executor, userIds: number[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('contributor_units')
    .innerJoin('work_units', 'work_units.id', 'contributor_units.unit_id')
    .select(['contributor_units.user_id', 'work_units.id', 'work_units.code', 'work_units.name'])
    .where('contributor_units.user_id', 'in', userIds)
    .orderBy('work_units.code')
    .execute();
}

/** Active users limited to a unit (its contributors), with e-mail and language. */
export function listUnitContributors(db: Executor, unitId: number) {
  return db
    .selectFrom('contributor_units')
    .innerJoin('users', 'users.id', 'contributor_units.user_id')
    .select(['users.id', 'users.email', 'users.name', 'users.locale'])
    .where('contributor_units.unit_id', '=', unitId)
    .where('users.status', '=', 'active')
    .orderBy('users.id')
    .execute();
}

/** The responsible unit of each assigned target of an institution, by target id. */
export function listResponsibleUnits(db: Executor, institutionId: number) {
  return db
    .selectFrom('unit_targets')
    .innerJoin('work_units', 'work_units.id', 'unit_targets.unit_id')
    .select(['unit_targets.target_id', 'work_units.id', 'work_units.code', 'work_units.name'])
    .where('unit_targets.institution_id', '=', institutionId)
    .execute();
}

/** Makes `unitId` responsible for `targetIds` of an institution (null: none), returning the previous units. */
export async function assignTargetsToUnit(
  db: Executor,
  row: { institutionId: number; targetIds: number[]; unitId: number | null; at: string; by: number | null },
) {
  if (row.targetIds.length === 0) return [];
  const before = await db
    .selectFrom('unit_targets')
    .select(['target_id', 'unit_id'])
    .where('institution_id', '=', row.institutionId)
    .where('target_id', 'in', row.targetIds)
    .execute();
  await db
    .deleteFrom('unit_targets')
    .where('institution_id', '=', row.institutionId)
    .where('target_id', 'in', row.targetIds)
    .execute();
  if (row.unitId !== null) {
    const unitId = row.unitId;
    await db
      .insertInto('unit_targets')
      .values(
        row.targetIds.map((target_id) => ({
          institution_id: row.institutionId,
          target_id,
          unit_id: unitId,
          assigned_at: row.at,
          assigned_by: row.by,
        })),
      )
      .execute();
  }
  return before;
}

/** Ids of the users limited to a unit. */
export async function listUnitContributorIds(db: Executor, unitId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('contributor_units')
    .select('user_id')
    .where('unit_id', '=', unitId)
    .orderBy('user_id')
    .execute();
  return rows.map((r) => r.user_id);
}

/** The targets of a period an institution carries (through its applying assignments), with their output code. */
export function listInstitutionPeriodTargets(db: Executor, institutionId: number, periodId: number) {
  return db
    .selectFrom('assignments')
    .innerJoin('targets', 'targets.output_id', 'assignments.output_id')
    .innerJoin('outputs', 'outputs.id', 'targets.output_id')
    .select(['targets.id', 'targets.code', 'outputs.code as output_code'])
    .where('assignments.institution_id', '=', institutionId)
    .where('assignments.ended_at', 'is', null)
    .where('targets.period_id', '=', periodId)
    .distinct()
    .execute();
}

/** The active accounts of an institution with each of their roles. */
export function listInstitutionUserRoles(db: Executor, institutionId: number) {
  return db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id as user_id', 'user_roles.role'])
    .where('users.institution_id', '=', institutionId)
    .where('users.status', '!=', 'disabled')
    .execute();
}

/** Which contributor is limited to which unit, over the units of an institution. */
export function listContributorLinksOf(db: Executor, institutionId: number) {
  return db
    .selectFrom('contributor_units')
    .innerJoin('work_units', 'work_units.id', 'contributor_units.unit_id')
    .select(['contributor_units.user_id', 'contributor_units.unit_id'])
    .where('work_units.institution_id', '=', institutionId)
    .orderBy('contributor_units.user_id')
    .execute();
}

/** Records when a unit's contributors were reminded. */
export async function setUnitRemindedAt(db: Executor, id: number, at: string): Promise<void> {
  await db.updateTable('work_units').set({ reminded_at: at }).where('id', '=', id).execute();
}

/** Every unit of an institution with when it was last reminded, by code. */
export function listUnitsWithReminders(db: Executor, institutionId: number) {
  return db
    .selectFrom('work_units')
    .select(['id', 'code', 'name', 'short_name', 'active', 'reminded_at'])
    .where('institution_id', '=', institutionId)
    .orderBy('code')
    .execute();
}

/** The targets of a period an institution carries, with their quarter and output, by code. */
export function listInstitutionPeriodTargetRows(db: Executor, institutionId: number, periodId: number) {
  return db
    .selectFrom('assignments')
    .innerJoin('targets', 'targets.output_id', 'assignments.output_id')
    .innerJoin('outputs', 'outputs.id', 'targets.output_id')
    .select([
      'targets.id',
      'targets.code',
      'targets.quarter_number',
      'outputs.code as output_code',
      'outputs.name as output_name',
    ])
    .where('assignments.institution_id', '=', institutionId)
    .where('assignments.ended_at', 'is', null)
    .where('targets.period_id', '=', periodId)
    .distinct()
    .execute();
}

/** The latest target assignments to units of an institution, from the audit log. */
export function listUnitAssignmentEntries(db: Executor, institutionCode: string, limit: number) {
  return db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'actor_label', 'change'])
    .where('action', '=', 'unit.assign_targets')
    .where('entity', '=', 'institution')
    .where('entity_id', '=', institutionCode)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
}

/** Every target each institution carries (current assignments), with its output's name. */
export function listCarriedTargetsWithOutputNames(db: Executor) {
  return db
    .selectFrom('assignments')
    .innerJoin('targets', 'targets.output_id', 'assignments.output_id')
    .innerJoin('outputs', 'outputs.id', 'targets.output_id')
    .select(['assignments.institution_id', 'targets.id as target_id', 'outputs.name as output_name'])
    .where('assignments.ended_at', 'is', null)
    .distinct()
    .execute();
}

/** Sets every report's unit to the unit now responsible for its target (for loaded data). */
export async function recordResponsibleUnitsOnReports(db: Executor): Promise<void> {
  await db
    .updateTable('reports')
    .set((eb) => ({
      unit_id: eb
        .selectFrom('unit_targets')
        .select('unit_targets.unit_id')
        .whereRef('unit_targets.target_id', '=', 'reports.target_id')
        .whereRef('unit_targets.institution_id', '=', 'reports.institution_id'),
    }))
    .execute();
}

/** The unit of an institution responsible for the most targets (lowest code on a tie). */
export function findBusiestUnit(db: Executor, institutionId: number) {
  return db
    .selectFrom('unit_targets')
    .innerJoin('work_units', 'work_units.id', 'unit_targets.unit_id')
    .select(['work_units.id', 'work_units.code', 'work_units.short_name', (eb) => eb.fn.countAll<number>().as('n')])
    .where('unit_targets.institution_id', '=', institutionId)
    .groupBy(['work_units.id', 'work_units.code', 'work_units.short_name'])
    .orderBy('n', 'desc')
    .orderBy('work_units.code')
    .executeTakeFirst();
}
