/** Targets and their versions. */
import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../database.js';
import { prepared } from '../dialect/prepared.js';
import type { TargetVersionTable } from '../schema.js';

const versionStatement = prepared((db, p: { targetId: number; version: number }) =>
  db.selectFrom('target_versions').selectAll().where('target_id', '=', p.targetId).where('version', '=', p.version),
);

type TargetVersion = Readonly<Selectable<TargetVersionTable>>;

/** How many versions each database keeps in memory; past it the least recently read go first. */
const KEPT_VERSIONS = 4000;

/** Versions read outside a transaction, per database (its dialect adapter, which its transactions share). */
const keptVersions = new WeakMap<object, Map<string, TargetVersion>>();

/**
 * One version of a target. A version is never changed once written (a revision adds a row:
 * target.repository.test.ts holds that), so a row read outside a transaction, which sees only
 * committed rows, stays true for this process and every other: it is kept, and each view or
 * upload of a report no longer reads it. Reads in a transaction go to the database, as the row
 * may be the transaction's own and roll back with it.
 */
export async function findTargetVersion(
  db: Executor,
  targetId: number,
  version: number,
): Promise<TargetVersion | undefined> {
  if (db.isTransaction) return versionStatement.first(db, { targetId, version });
  const adapter = db.getExecutor().adapter;
  let kept = keptVersions.get(adapter);
  if (!kept) {
    kept = new Map();
    keptVersions.set(adapter, kept);
  }
  const key = `${targetId}:${version}`;
  const found = kept.get(key);
  if (found) {
    kept.delete(key);
    kept.set(key, found);
    return found;
  }
  const row = await versionStatement.first(db, { targetId, version });
  if (!row) return undefined;
  kept.set(key, Object.freeze(row));
  for (const oldest of kept.keys()) {
    if (kept.size <= KEPT_VERSIONS) break;
    kept.delete(oldest);
  }
  return row;
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
