/** The action catalogue of a period as one tree: fokus → aksi → output → targets. */
import { type AssignmentRule, byNumericCode, type CatalogueDto } from '@pantau/core';
import type { Executor } from '../../db/database.js';
import {
  listAksi,
  listAssignmentRules,
  listCurrentTargets,
  listFokus,
  listOutputs,
} from '../../db/repositories/catalogue.repository.js';
import { requirePeriod } from '../periods/period.service.js';
import { impactIndicatorOf } from './impact-indicator.js';

/** The catalogue of period `periodCode`, each level ordered by code. */
export async function getCatalogue(db: Executor, periodCode: string): Promise<CatalogueDto> {
  const period = await requirePeriod(db, periodCode);
  const [fokus, aksi, outputs, targets, rules] = await Promise.all([
    listFokus(db, period.id),
    listAksi(db, period.id),
    listOutputs(db, period.id),
    listCurrentTargets(db, period.id),
    listAssignmentRules(db, period.id),
  ]);
  const targetsOf = groupBy(targets, (t) => t.output_id);
  const rulesOf = groupBy(rules, (r) => r.output_id);
  const outputsOf = groupBy(outputs.sort(byNumericCode), (o) => o.aksi_id);
  const aksiOf = groupBy(aksi.sort(byNumericCode), (a) => a.fokus_id);

  return {
    period: period.code,
    fokus: fokus.sort(byNumericCode).map((f) => ({
      code: f.code,
      name: f.name,
      aksi: (aksiOf.get(f.id) ?? []).map((a) => ({
        code: a.code,
        name: a.name,
        outputs: (outputsOf.get(a.id) ?? []).map((o) => ({
          code: o.code,
          name: o.name,
          institutionCount: Number(o.institution_count),
          rules: (rulesOf.get(o.id) ?? []).map((r) => JSON.parse(r.rule) as AssignmentRule),
          targets: (targetsOf.get(o.id) ?? []).map((t) => ({
            code: t.code,
            quarter: t.quarter_number,
            version: t.current_version,
            successMeasure: t.success_measure,
            evidenceChecklist: JSON.parse(t.evidence_checklist) as string[],
            weight: t.weight,
            impact: impactIndicatorOf(t),
          })),
        })),
      })),
    })),
  };
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
