/**
 * The `penugasan` sheet: type rules ("all_provinces") and list rows (one institution each) per
 * output. Importing adds: rules not yet in force are added and materialised in bulk; rows already
 * covered by a current rule change nothing. Ending assignments is an administrative act with a
 * reason (API), never a side effect of a missing row.
 */
import {
  type AssignmentRecord,
  type AssignmentRule,
  cellProblem,
  type ImportProblem,
  type UpsertStatus,
} from '@pantau/core';
import { listActiveRulesOfPeriod, listAssignmentRowsOfOutputs } from '../../db/repositories/assignment.repository.js';
import { listCatalogueCodes } from '../../db/repositories/catalogue-admin.repository.js';
import { listInstitutionKeys } from '../../db/repositories/institution.repository.js';
import { type AssignmentState, addRule } from '../catalogue/assignment.service.js';
import { PendingFigures } from '../figures/pending-figures.js';
import { AddedAssignmentFigures } from './added-assignment-figures.js';
import type { ImportSession } from './import-session.js';
import type { KnownCodes } from './known-codes.js';

/** Problems of references: unknown periods, outputs and institutions. */
export function checkAssignments(
  sheet: string,
  records: readonly AssignmentRecord[],
  known: KnownCodes,
  problems: ImportProblem[],
): void {
  for (const r of records) {
    if (!known.periods.has(r.period)) {
      problems.push(
        cellProblem(sheet, r.row, 'periode', {
          id: `periode ${r.period} tidak ada.`,
          en: `period ${r.period} does not exist.`,
        }),
      );
      continue;
    }
    if (!known.catalogue(r.period).outputs.has(r.outputCode)) {
      problems.push(
        cellProblem(sheet, r.row, 'kode_output', {
          id: `output ${r.outputCode} tidak ada pada periode ${r.period}.`,
          en: `output ${r.outputCode} does not exist in period ${r.period}.`,
        }),
      );
    }
    if (r.institutionCode !== null && !known.institutions.has(r.institutionCode)) {
      problems.push(
        cellProblem(sheet, r.row, 'kode_instansi', {
          id: `instansi ${r.institutionCode} tidak terdaftar. Tambahkan di lembar instansi atau impor instansinya lebih dulu.`,
          en: `institution ${r.institutionCode} is not registered. Add it on the instansi sheet or import it first.`,
        }),
      );
    }
  }
}

/** Adds the rules the file names that are not yet in force, output by output. */
export async function applyAssignments(
  session: ImportSession,
  records: readonly AssignmentRecord[],
  known: KnownCodes,
): Promise<void> {
  const { trx, actor } = session;
  const { clock } = session.context;
  // Institutions and outputs may have been added by earlier sheets of this file.
  const institutions = await listInstitutionKeys(trx);
  // The figures grow by the new assignments' targets alone (see AddedAssignmentFigures), so the
  // institutions `addRule` queues for a full recomputation are left in a queue that is never flushed.
  const figures = new AddedAssignmentFigures();
  const notRecomputed = new PendingFigures();
  for (const periodCode of new Set(records.map((r) => r.period))) {
    const period = known.periods.get(periodCode);
    if (!period) continue;
    const outputs = new Map((await listCatalogueCodes(trx, period.id)).outputs.map((o) => [o.code, o]));
    const byOutput = new Map<string, AssignmentRecord[]>();
    for (const r of records) {
      if (r.period !== periodCode) continue;
      const list = byOutput.get(r.outputCode);
      if (list) list.push(r);
      else byOutput.set(r.outputCode, [r]);
    }
    const kindsInForce = new Map<number, Set<string>>();
    const listedInForce = new Map<number, Set<string>>();
    for (const row of await listActiveRulesOfPeriod(trx, period.id)) {
      const rule = JSON.parse(row.rule) as AssignmentRule;
      if (rule.kind === 'list') {
        const set = listedInForce.get(row.output_id) ?? new Set<string>();
        for (const code of rule.codes) set.add(code);
        listedInForce.set(row.output_id, set);
      } else {
        const set = kindsInForce.get(row.output_id) ?? new Set<string>();
        set.add(rule.kind);
        kindsInForce.set(row.output_id, set);
      }
    }
    for (const [outputCode, rows] of byOutput) {
      const output = outputs.get(outputCode);
      if (!output) continue;
      // The output's assignment rows, read only when a rule is added: one output's at a time.
      let existing: Map<number, AssignmentState> | undefined;
      const add = async (rule: AssignmentRule) => {
        existing ??= new Map(
          (await listAssignmentRowsOfOutputs(trx, [output.id])).map((row) => [row.institution_id, row]),
        );
        const added = await addRule(trx, clock, actor, period, output, rule, institutions, existing, notRecomputed);
        if (added.added + added.reactivated > 0) figures.add(period.id, output.id, added.ruleId);
      };
      const count = (status: UpsertStatus, n = 1) => session.count('assignment', status, n);
      const kinds = kindsInForce.get(output.id) ?? new Set<string>();
      const listed = listedInForce.get(output.id) ?? new Set<string>();
      const newCodes: string[] = [];
      for (const r of rows) {
        if (r.kind === 'list') {
          const code = r.institutionCode as string;
          if (listed.has(code)) count('unchanged');
          else newCodes.push(code);
        } else if (kinds.has(r.kind)) count('unchanged');
        else {
          await add({ kind: r.kind });
          kinds.add(r.kind);
          count('created');
        }
      }
      if (newCodes.length > 0) {
        await add({ kind: 'list', codes: newCodes });
        count('created', newCodes.length);
      }
    }
  }
  await figures.flush(trx, clock.now().toISOString(), session.figures);
}
