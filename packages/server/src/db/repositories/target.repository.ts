/** Targets and their versions. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import { prepared } from '../dialect/prepared.js';
import type { TargetVersionTable } from '../schema.js';

const versionStatement = prepared((db, p: { targetId: number; version: number }) =>
  db.selectFrom('target_versions').selectAll().where('target_id', '=', p.targetId).where('version', '=', p.version),
);

/** One version of a target. */
export function findTargetVersion(db: Executor, targetId: number, version: number) {
  return versionStatement.first(db, { targetId, version });
}

/** A target of a period by its code, with its output and aksi. */
export function findTargetByCode(db: Executor, periodId: number, code: string) {
  return db
    .selectFrom('targets')
    .innerJoin('outputs', 'outputs.id', 'targets.output_id')
    .select([
      'targets.id',
      'targets.code',
      'targets.quarter_number',
      'targets.current_version',
      'targets.output_id',
      'outputs.aksi_id',
    ])
    .where('targets.period_id', '=', periodId)
    .where('targets.code', '=', code)
    .executeTakeFirst();
}

/** Every version of a target, oldest first. */
export function listTargetVersions(db: Executor, targetId: number) {
  return db.selectFrom('target_versions').selectAll().where('target_id', '=', targetId).orderBy('version').execute();
}

/** Adds a version and makes it current. */
export async function insertTargetVersion(db: Executor, row: Insertable<TargetVersionTable>): Promise<void> {
  await db.insertInto('target_versions').values(row).execute();
  await db.updateTable('targets').set({ current_version: row.version }).where('id', '=', row.target_id).execute();
}

/** Whether an institution is (still) assigned the output of a target. */
export async function isAssigned(db: Executor, outputId: number, institutionId: number): Promise<boolean> {
  const row = await db
    .selectFrom('assignments')
    .select('id')
    .where('output_id', '=', outputId)
    .where('institution_id', '=', institutionId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Targets of one quarter that an institution carries, with aksi, output and current content. */
export function listInstitutionQuarterTargets(db: Executor, institutionId: number, periodId: number, quarter: number) {
  return db
    .selectFrom('assignments')
    .innerJoin('targets', 'targets.output_id', 'assignments.output_id')
    .innerJoin('outputs', 'outputs.id', 'targets.output_id')
    .innerJoin('aksi', 'aksi.id', 'outputs.aksi_id')
    .innerJoin('target_versions', (join) =>
      join
        .onRef('target_versions.target_id', '=', 'targets.id')
        .onRef('target_versions.version', '=', 'targets.current_version'),
    )
    .leftJoin('reports', (join) =>
      join.onRef('reports.target_id', '=', 'targets.id').on('reports.institution_id', '=', institutionId),
    )
    .select([
      'targets.id as target_id',
      'targets.code as target_code',
      'outputs.id as output_id',
      'outputs.code as output_code',
      'outputs.name as output_name',
      'aksi.id as aksi_id',
      'aksi.code as aksi_code',
      'aksi.name as aksi_name',
      'target_versions.success_measure',
      'target_versions.evidence_checklist',
      'reports.id as report_id',
      'reports.state',
      'reports.progress',
      'reports.submitted_at',
      'reports.on_time',
      'reports.updated_at',
    ])
    .where('assignments.institution_id', '=', institutionId)
    .where('assignments.ended_at', 'is', null)
    .where('targets.period_id', '=', periodId)
    .where('targets.quarter_number', '=', quarter)
    .orderBy('outputs.id')
    .execute();
}
