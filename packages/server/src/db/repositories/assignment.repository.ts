/** Assignments of outputs to institutions, and the rules that produced them. */
import type { Executor } from '../database.js';
import { insertInChunks } from './bulk.js';

/** Stores a rule for an output and returns its id. */
export async function insertAssignmentRule(db: Executor, outputId: number, rule: string, at: string): Promise<number> {
  const row = await db
    .insertInto('assignment_rules')
    .values({ output_id: outputId, rule, created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Assigns the output to institutions, skipping those already assigned. */
export async function insertAssignments(
  db: Executor,
  rows: { output_id: number; institution_id: number; rule_id: number | null; created_at: string }[],
): Promise<void> {
  await insertInChunks(db, 'assignments', rows);
}

/** All assignments of a period: output id, institution id. */
export function listAssignments(db: Executor, periodId: number) {
  return db
    .selectFrom('assignments')
    .innerJoin('outputs', 'outputs.id', 'assignments.output_id')
    .select(['assignments.output_id', 'assignments.institution_id'])
    .where('outputs.period_id', '=', periodId)
    .orderBy('assignments.output_id')
    .orderBy('assignments.institution_id')
    .execute();
}

/** The outputs assigned to an institution, across periods, newest period first. */
export function listAssignmentsOfInstitution(db: Executor, institutionId: number) {
  return db
    .selectFrom('assignments')
    .innerJoin('outputs', 'outputs.id', 'assignments.output_id')
    .innerJoin('aksi', 'aksi.id', 'outputs.aksi_id')
    .innerJoin('periods', 'periods.id', 'outputs.period_id')
    .select([
      'periods.code as period',
      'outputs.code as output_code',
      'outputs.name as output_name',
      'aksi.code as aksi_code',
    ])
    .where('assignments.institution_id', '=', institutionId)
    .orderBy('periods.start_year', 'desc')
    .orderBy('outputs.id')
    .execute();
}
