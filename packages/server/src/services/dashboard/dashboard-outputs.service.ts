/**
 * Figures per output, aksi and fokus (and per institution type within them), computed from the
 * reports with GROUP BY and combined by the pure `outputSums`: the breakdowns the stored
 * per-institution figures cannot give.
 */
import {
  addSums,
  compareCodes,
  EMPTY_SUMS,
  type FigureRowDto,
  type FigureSums,
  INSTITUTION_TYPE_NAMES,
  INSTITUTION_TYPES,
  type InstitutionType,
  outputSums,
} from '@pantau/core';
import type { Executor } from '../../db/database.js';
import { listAksi, listFokus, listOutputNames } from '../../db/repositories/catalogue.repository.js';
import {
  assignedCounts,
  type CountLevel,
  carryingCounts,
  type OutputFilter,
  outputReportSums,
  outputTargetSums,
} from '../../db/repositories/dashboard-outputs.repository.js';
import { checklistSizes } from '../../db/repositories/evidence-complete.js';
import { appliedGradeWeight } from '../figures/grade-weight.js';
import { figureRow } from './dashboard-frame.service.js';
import { untilNextWrite } from './dashboard-memo.js';

/** The sums of one output for one institution type ('' when not split by type). */
export interface OutputGroupSums {
  outputId: number;
  type: string;
  sums: FigureSums;
}

/**
 * Sums per output (and per type when `byType`) of the institutions matching `filter`, kept until
 * the next write (see `dashboard-memo.ts`).
 */
export function outputGroupSums(
  db: Executor,
  periodId: number,
  quarter: number,
  filter: OutputFilter,
  byType: boolean,
): Promise<OutputGroupSums[]> {
  const key = JSON.stringify(['outputs', periodId, quarter, byType, filter]);
  return untilNextWrite(db, key, () => computeOutputGroupSums(db, periodId, quarter, filter, byType));
}

/** Sums per output from the reports, with plain GROUP BYs (no memo: the benchmark's baseline). */
export async function computeOutputGroupSums(
  db: Executor,
  periodId: number,
  quarter: number,
  filter: OutputFilter,
  byType: boolean,
): Promise<OutputGroupSums[]> {
  const [targets, assigned, sizes, rule] = await Promise.all([
    outputTargetSums(db, periodId, quarter),
    assignedCounts(db, periodId, filter, byType),
    checklistSizes(db, periodId),
    appliedGradeWeight(db),
  ]);
  const reports = await outputReportSums(db, periodId, quarter, filter, byType, sizes, rule.administratif);
  const targetsOf = new Map(targets.map((t) => [t.outputId, t]));
  const reportsOf = new Map(reports.map((r) => [`${r.outputId}|${r.type}`, r.sums]));
  return assigned.map((a) => ({
    outputId: a.outputId,
    type: a.type,
    sums: outputSums(
      targetsOf.get(a.outputId) ?? { weightSoFar: 0, dueInQuarter: 0 },
      a.assigned,
      reportsOf.get(`${a.outputId}|${a.type}`),
    ),
  }));
}

/** The catalogue of a period, for naming rows. */
async function catalogue(db: Executor, periodId: number) {
  const [fokus, aksi, outputs] = await Promise.all([
    listFokus(db, periodId),
    listAksi(db, periodId),
    listOutputNames(db, periodId),
  ]);
  return {
    fokus: new Map(fokus.map((f) => [f.id, f])),
    aksi: new Map(aksi.map((a) => [a.id, a])),
    outputs: new Map(outputs.map((o) => [o.id, o])),
  };
}

/** A level of the catalogue a breakdown is made at. */
export type CatalogueLevel = Exclude<CountLevel, 'all'>;

/** Rows per fokus, aksi or output of the institutions matching `filter`, in code order. */
export async function catalogueRows(
  db: Executor,
  periodId: number,
  quarter: number,
  level: CatalogueLevel,
  filter: OutputFilter,
): Promise<FigureRowDto[]> {
  const [groups, names, carrying] = await Promise.all([
    outputGroupSums(db, periodId, quarter, filter, false),
    catalogue(db, periodId),
    carryingCounts(db, periodId, quarter, level, filter, false),
  ]);
  const institutionsOf = new Map(carrying.map((c) => [c.id, c.institutions]));
  const sums = new Map<number, FigureSums>();
  for (const group of groups) {
    const output = names.outputs.get(group.outputId);
    const aksi = output ? names.aksi.get(output.aksi_id) : undefined;
    const id = level === 'output' ? group.outputId : level === 'aksi' ? output?.aksi_id : aksi?.fokus_id;
    if (id === undefined) continue;
    sums.set(id, addSums(sums.get(id) ?? EMPTY_SUMS, group.sums));
  }
  const rows = [...sums].map(([id, total]) => {
    const label = labelOf(names, level, id);
    return figureRow(label, institutionsOf.get(id) ?? 0, total, { [level]: label.code });
  });
  return rows.sort((a, b) => compareCodes(a.code, b.code));
}

function labelOf(names: Awaited<ReturnType<typeof catalogue>>, level: CatalogueLevel, id: number) {
  if (level === 'output') {
    const output = names.outputs.get(id);
    return { code: output?.code ?? '', name: output?.name ?? '', parent: names.aksi.get(output?.aksi_id ?? -1)?.code };
  }
  if (level === 'aksi') {
    const aksi = names.aksi.get(id);
    return { code: aksi?.code ?? '', name: aksi?.name ?? '', parent: names.fokus.get(aksi?.fokus_id ?? -1)?.code };
  }
  const fokus = names.fokus.get(id);
  return { code: fokus?.code ?? '', name: fokus?.name ?? '', parent: null };
}

/** Rows per institution type of the institutions matching `filter` (e.g. one aksi), every type listed. */
export async function typeRowsFromReports(
  db: Executor,
  periodId: number,
  quarter: number,
  filter: OutputFilter & { aksiCode?: string },
): Promise<FigureRowDto[]> {
  const [groups, carrying] = await Promise.all([
    outputGroupSums(db, periodId, quarter, filter, true),
    carryingCounts(db, periodId, quarter, 'all', filter, true),
  ]);
  return INSTITUTION_TYPES.map((type: InstitutionType) => {
    const total = groups.filter((g) => g.type === type).reduce((acc, g) => addSums(acc, g.sums), EMPTY_SUMS);
    const institutions = carrying.find((c) => c.type === type)?.institutions ?? 0;
    const drill = filter.aksiCode ? { type, aksi: filter.aksiCode } : { type };
    return figureRow({ code: type, name: INSTITUTION_TYPE_NAMES[type] }, institutions, total, drill);
  });
}

/** The national headline recomputed from the base tables with plain GROUP BYs (the benchmark's baseline). */
export async function headlineFromReports(db: Executor, periodId: number, quarter: number) {
  const [groups, carrying] = await Promise.all([
    computeOutputGroupSums(db, periodId, quarter, {}, false),
    carryingCounts(db, periodId, quarter, 'all', {}, false),
  ]);
  const total = groups.reduce((acc, g) => addSums(acc, g.sums), EMPTY_SUMS);
  return figureRow({ code: 'ID', name: 'Nasional' }, carrying[0]?.institutions ?? 0, total, {});
}
