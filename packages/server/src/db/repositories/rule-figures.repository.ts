/**
 * Inputs of the live figures for just the assignments some rules put in force (an import adding
 * rules), with the columns of `figures.repository.ts`. Rows are looked up by output (indexed) and
 * then narrowed to the rules, in chunks that stay under both engines' parameter limits.
 */
import type { Executor } from '../database.js';
import { assignedTargetsQuery, FIGURE_REPORT_COLUMNS } from './figures.repository.js';

const IN_LIST = 500;

/** Rules added to outputs: the assignments in force through them are what is looked up. */
export interface RulesOfOutputs {
  outputIds: readonly number[];
  ruleIds: readonly number[];
}

async function inChunks<T, R>(items: readonly T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const rows: R[] = [];
  for (let start = 0; start < items.length; start += IN_LIST) {
    for (const row of await run(items.slice(start, start + IN_LIST))) rows.push(row);
  }
  return rows;
}

/** Targets of a period carried through the rules' current assignments, with the current version's weight. */
export function listTargetsOfRules(db: Executor, periodId: number, rules: RulesOfOutputs) {
  return inChunks(rules.ruleIds, (ruleIds) =>
    assignedTargetsQuery(db)
      .where('assignments.output_id', 'in', [...rules.outputIds, -1])
      .where('assignments.rule_id', 'in', ruleIds)
      .where('targets.period_id', '=', periodId)
      .execute(),
  );
}

/** Reports of the assigned institutions on those targets, with the weight and checklist of the version each answers. */
export function listReportsOfRules(db: Executor, periodId: number, rules: RulesOfOutputs) {
  return inChunks(rules.ruleIds, (ruleIds) =>
    db
      .selectFrom('assignments')
      .innerJoin('targets', 'targets.output_id', 'assignments.output_id')
      .innerJoin('reports', (join) =>
        join
          .onRef('reports.target_id', '=', 'targets.id')
          .onRef('reports.institution_id', '=', 'assignments.institution_id'),
      )
      .innerJoin('target_versions', (join) =>
        join
          .onRef('target_versions.target_id', '=', 'reports.target_id')
          .onRef('target_versions.version', '=', 'reports.target_version'),
      )
      .select(FIGURE_REPORT_COLUMNS)
      .where('assignments.output_id', 'in', [...rules.outputIds, -1])
      .where('assignments.rule_id', 'in', ruleIds)
      .where('assignments.ended_at', 'is', null)
      .where('targets.period_id', '=', periodId)
      .execute(),
  );
}

/** Checklist items covered by live evidence, for the given reports. */
export function listCoverageOfReports(db: Executor, reportIds: readonly number[]) {
  return inChunks(reportIds, (ids) =>
    db
      .selectFrom('evidence')
      .select(['report_id', 'checklist_index'])
      .distinct()
      .where('report_id', 'in', ids)
      .where('removed_at', 'is', null)
      .execute(),
  );
}
