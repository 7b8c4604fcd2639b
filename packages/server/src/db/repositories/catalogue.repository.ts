/** The action catalogue of a period: fokus, aksi, outputs, targets and their versions. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { AksiTable, FokusTable, OutputTable, TargetTable, TargetVersionTable } from '../schema.js';

/** Fokus of a period, by code. */
export function listFokus(db: Executor, periodId: number) {
  return db.selectFrom('fokus').select(['id', 'code', 'name']).where('period_id', '=', periodId).execute();
}

/** Aksi of a period. */
export function listAksi(db: Executor, periodId: number) {
  return db.selectFrom('aksi').select(['id', 'fokus_id', 'code', 'name']).where('period_id', '=', periodId).execute();
}

/** Outputs of a period with the number of institutions currently assigned to each. */
/** The outputs of a period: id, aksi, code and name only (for naming rows). */
export function listOutputNames(db: Executor, periodId: number) {
  return db.selectFrom('outputs').select(['id', 'aksi_id', 'code', 'name']).where('period_id', '=', periodId).execute();
}

export function listOutputs(db: Executor, periodId: number) {
  return db
    .selectFrom('outputs')
    .leftJoin('assignments', (join) =>
      join.onRef('assignments.output_id', '=', 'outputs.id').on('assignments.ended_at', 'is', null),
    )
    .select((eb) => [
      'outputs.id',
      'outputs.aksi_id',
      'outputs.code',
      'outputs.name',
      eb.fn.count<number>('assignments.id').as('institution_count'),
    ])
    .where('outputs.period_id', '=', periodId)
    .groupBy(['outputs.id', 'outputs.aksi_id', 'outputs.code', 'outputs.name'])
    .execute();
}

/** Targets of a period with the content of their current version. */
export function listCurrentTargets(db: Executor, periodId: number) {
  return db
    .selectFrom('targets')
    .innerJoin('target_versions', (join) =>
      join
        .onRef('target_versions.target_id', '=', 'targets.id')
        .onRef('target_versions.version', '=', 'targets.current_version'),
    )
    .select([
      'targets.id',
      'targets.output_id',
      'targets.code',
      'targets.quarter_number',
      'targets.current_version',
      'target_versions.success_measure',
      'target_versions.evidence_checklist',
      'target_versions.weight',
      'target_versions.impact_name',
      'target_versions.impact_unit',
      'target_versions.impact_baseline',
      'target_versions.impact_target',
      'target_versions.impact_direction',
      'target_versions.impact_source',
    ])
    .where('targets.period_id', '=', periodId)
    .orderBy('targets.quarter_number')
    .execute();
}

/** Assignment rules of a period's outputs that still apply. */
export function listAssignmentRules(db: Executor, periodId: number) {
  return db
    .selectFrom('assignment_rules')
    .innerJoin('outputs', 'outputs.id', 'assignment_rules.output_id')
    .select(['assignment_rules.output_id', 'assignment_rules.rule'])
    .where('outputs.period_id', '=', periodId)
    .where('assignment_rules.ended_at', 'is', null)
    .orderBy('assignment_rules.id')
    .execute();
}

/** Inserts a fokus and returns its id. */
export async function insertFokus(db: Executor, row: Insertable<FokusTable>): Promise<number> {
  return (await db.insertInto('fokus').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Inserts an aksi and returns its id. */
export async function insertAksi(db: Executor, row: Insertable<AksiTable>): Promise<number> {
  return (await db.insertInto('aksi').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Inserts an output and returns its id. */
export async function insertOutput(db: Executor, row: Insertable<OutputTable>): Promise<number> {
  return (await db.insertInto('outputs').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Inserts a target with its first version and returns the target's id. */
export async function insertTarget(
  db: Executor,
  target: Insertable<TargetTable>,
  version: Omit<Insertable<TargetVersionTable>, 'target_id'>,
): Promise<number> {
  const { id } = await db.insertInto('targets').values(target).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('target_versions')
    .values({ ...version, target_id: id })
    .execute();
  return id;
}

/** Outputs of a period with the given codes. */
export function findOutputsByCodes(db: Executor, periodId: number, codes: string[]) {
  return db
    .selectFrom('outputs')
    .select(['id', 'code'])
    .where('period_id', '=', periodId)
    .where('code', 'in', codes)
    .execute();
}

/** Aksi of a period with the given codes. */
export function findAksiByCodes(db: Executor, periodId: number, codes: string[]) {
  return db
    .selectFrom('aksi')
    .select(['id', 'code'])
    .where('period_id', '=', periodId)
    .where('code', 'in', codes)
    .execute();
}
