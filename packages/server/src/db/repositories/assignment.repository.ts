/** Assignments of outputs to institutions, and the rules that produced them. */
import type { Executor } from '../database.js';
import { type PreparedStatement, prepared } from '../dialect/prepared.js';

/** Stores a rule for an output and returns its id. */
export async function insertAssignmentRule(
  db: Executor,
  outputId: number,
  rule: string,
  at: string,
  createdBy: number | null = null,
): Promise<number> {
  const row = await db
    .insertInto('assignment_rules')
    .values({ output_id: outputId, rule, created_at: at, created_by: createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An assignment to store. */
export interface NewAssignment {
  output_id: number;
  institution_id: number;
  rule_id: number | null;
  created_at: string;
}

/** Rows per insert; fewer rows go in halving sizes (128, 64, … 1), so nine statement texts in all. */
const INSERT_BATCH = 256;
const COLUMNS = 4;
type Values = Record<number, unknown>;
const insertStatements = new Map<number, PreparedStatement<Values, unknown>>();

/**
 * The insert of `size` rows, prepared once: an import adds a hundred thousand assignments, and a
 * Kysely query built and compiled for each rule's hundreds of rows made most of its garbage.
 * Parameter `COLUMNS × r + c` is column `c` of row `r`.
 */
function insertOf(size: number): PreparedStatement<Values, unknown> {
  let statement = insertStatements.get(size);
  if (!statement) {
    statement = prepared((db, p: Values) =>
      db.insertInto('assignments').values(
        Array.from({ length: size }, (_, r) => ({
          output_id: p[COLUMNS * r] as number,
          institution_id: p[COLUMNS * r + 1] as number,
          rule_id: p[COLUMNS * r + 2] as number | null,
          created_at: p[COLUMNS * r + 3] as string,
        })),
      ),
    );
    insertStatements.set(size, statement);
  }
  return statement;
}

/** Assigns the output to institutions (the caller leaves out those already assigned). */
export async function insertAssignments(db: Executor, rows: readonly NewAssignment[]): Promise<void> {
  let size = INSERT_BATCH;
  for (let start = 0; start < rows.length; start += size) {
    while (size > rows.length - start) size /= 2;
    const values: Values = {};
    for (let r = 0; r < size; r++) {
      const row = rows[start + r] as NewAssignment;
      values[COLUMNS * r] = row.output_id;
      values[COLUMNS * r + 1] = row.institution_id;
      values[COLUMNS * r + 2] = row.rule_id;
      values[COLUMNS * r + 3] = row.created_at;
    }
    await insertOf(size).rows(db, values);
  }
}

/** All current (not ended) assignments of a period: output id, institution id. */
export function listAssignments(db: Executor, periodId: number) {
  return db
    .selectFrom('assignments')
    .innerJoin('outputs', 'outputs.id', 'assignments.output_id')
    .select(['assignments.output_id', 'assignments.institution_id'])
    .where('outputs.period_id', '=', periodId)
    .where('assignments.ended_at', 'is', null)
    .orderBy('assignments.output_id')
    .orderBy('assignments.institution_id')
    .execute();
}

/** The outputs currently assigned to an institution, across periods, newest period first. */
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
    .where('assignments.ended_at', 'is', null)
    .orderBy('periods.start_year', 'desc')
    .orderBy('outputs.id')
    .execute();
}

/** An ending: when, why and by whom. */
export interface Ending {
  at: string;
  reason: string;
  by: number | null;
}

const IN_LIST = 10_000;

async function inChunks(ids: readonly number[], run: (chunk: number[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < ids.length; start += IN_LIST) await run(ids.slice(start, start + IN_LIST));
}

/** Every rule of an output, ended ones too, oldest first, with the institutions each currently assigns. */
export function listRulesOfOutput(db: Executor, outputId: number) {
  return db
    .selectFrom('assignment_rules')
    .leftJoin('assignments', (join) =>
      join.onRef('assignments.rule_id', '=', 'assignment_rules.id').on('assignments.ended_at', 'is', null),
    )
    .select((eb) => [
      'assignment_rules.id',
      'assignment_rules.rule',
      'assignment_rules.created_at',
      'assignment_rules.ended_at',
      'assignment_rules.ended_reason',
      eb.fn.count<number>('assignments.id').as('institution_count'),
    ])
    .where('assignment_rules.output_id', '=', outputId)
    .groupBy([
      'assignment_rules.id',
      'assignment_rules.rule',
      'assignment_rules.created_at',
      'assignment_rules.ended_at',
      'assignment_rules.ended_reason',
    ])
    .orderBy('assignment_rules.id')
    .execute();
}

/** Rules that still apply, of every output of a period. */
export function listActiveRulesOfPeriod(db: Executor, periodId: number) {
  return db
    .selectFrom('assignment_rules')
    .innerJoin('outputs', 'outputs.id', 'assignment_rules.output_id')
    .select(['assignment_rules.id', 'assignment_rules.output_id', 'assignment_rules.rule'])
    .where('outputs.period_id', '=', periodId)
    .where('assignment_rules.ended_at', 'is', null)
    .orderBy('assignment_rules.id')
    .execute();
}

/** Every assignment row (ended ones too) of the given outputs. */
export async function listAssignmentRowsOfOutputs(db: Executor, outputIds: readonly number[]) {
  const rows: {
    id: number;
    output_id: number;
    institution_id: number;
    rule_id: number | null;
    created_at: string;
    ended_at: string | null;
  }[] = [];
  await inChunks(outputIds, async (chunk) => {
    rows.push(
      ...(await db
        .selectFrom('assignments')
        .select(['id', 'output_id', 'institution_id', 'rule_id', 'created_at', 'ended_at'])
        .where('output_id', 'in', chunk)
        .execute()),
    );
  });
  return rows;
}

/** Marks a rule ended. Returns false when it had already ended. */
export async function endAssignmentRule(db: Executor, ruleId: number, ending: Ending): Promise<boolean> {
  const result = await db
    .updateTable('assignment_rules')
    .set({ ended_at: ending.at, ended_reason: ending.reason, ended_by: ending.by })
    .where('id', '=', ruleId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends assignments: they stay, with when, why and by whom. */
export function endAssignments(db: Executor, ids: readonly number[], ending: Ending): Promise<void> {
  return inChunks(ids, (chunk) =>
    db
      .updateTable('assignments')
      .set({ ended_at: ending.at, ended_reason: ending.reason, ended_by: ending.by })
      .where('id', 'in', chunk)
      .where('ended_at', 'is', null)
      .execute(),
  );
}

/** Makes assignments apply again (ended ones) or credits them to another rule (active ones). */
export function setAssignmentsRule(db: Executor, ids: readonly number[], ruleId: number): Promise<void> {
  return inChunks(ids, (chunk) =>
    db
      .updateTable('assignments')
      .set({ rule_id: ruleId, ended_at: null, ended_reason: null, ended_by: null })
      .where('id', 'in', chunk)
      .execute(),
  );
}

function outputAssignments(db: Executor, outputId: number, includeEnded: boolean) {
  let query = db
    .selectFrom('assignments')
    .innerJoin('institutions', 'institutions.id', 'assignments.institution_id')
    .where('assignments.output_id', '=', outputId);
  if (!includeEnded) query = query.where('assignments.ended_at', 'is', null);
  return query;
}

/** One page of an output's assignments with their institutions, by institution code. */
export function listOutputAssignmentsPage(
  db: Executor,
  outputId: number,
  includeEnded: boolean,
  page: { limit: number; offset: number },
) {
  return outputAssignments(db, outputId, includeEnded)
    .select([
      'assignments.rule_id',
      'assignments.created_at',
      'assignments.ended_at',
      'assignments.ended_reason',
      'institutions.code',
      'institutions.name',
      'institutions.type',
      'institutions.province_code',
    ])
    .orderBy('institutions.code')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** How many assignments an output has (current ones, or all). */
export async function countOutputAssignments(db: Executor, outputId: number, includeEnded: boolean): Promise<number> {
  const row = await outputAssignments(db, outputId, includeEnded)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
