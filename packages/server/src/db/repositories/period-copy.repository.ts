/** Copying a period's catalogue into a new period: what is read from the old one, written to the new. */
import type { Executor } from '../database.js';
import { insertInChunks } from './bulk.js';

/** Current assignments of a period's outputs with the rule that made them (null: assigned by hand). */
export function listAssignmentsWithRules(db: Executor, periodId: number) {
  return db
    .selectFrom('assignments')
    .innerJoin('outputs', 'outputs.id', 'assignments.output_id')
    .select(['assignments.output_id', 'assignments.institution_id', 'assignments.rule_id'])
    .where('outputs.period_id', '=', periodId)
    .where('assignments.ended_at', 'is', null)
    .orderBy('assignments.id')
    .execute();
}

/** Contributors limited to outputs of a period: user id, output id. */
export function listContributorOutputs(db: Executor, periodId: number) {
  return db
    .selectFrom('contributor_outputs')
    .innerJoin('outputs', 'outputs.id', 'contributor_outputs.output_id')
    .select(['contributor_outputs.user_id', 'contributor_outputs.output_id'])
    .where('outputs.period_id', '=', periodId)
    .execute();
}

/** Adds output limits of contributors. */
export async function insertContributorOutputs(
  db: Executor,
  rows: { user_id: number; output_id: number }[],
): Promise<void> {
  await insertInChunks(db, 'contributor_outputs', rows);
}

/** Verifiers of a period's aksi: user id, aksi id. */
export function listVerifierAksi(db: Executor, periodId: number) {
  return db
    .selectFrom('verifier_assignments')
    .innerJoin('aksi', 'aksi.id', 'verifier_assignments.aksi_id')
    .select(['verifier_assignments.user_id', 'verifier_assignments.aksi_id'])
    .where('aksi.period_id', '=', periodId)
    .execute();
}

/** Adds verifiers to aksi. */
export async function insertVerifierAksi(db: Executor, rows: { user_id: number; aksi_id: number }[]): Promise<void> {
  await insertInChunks(db, 'verifier_assignments', rows);
}
