/** Grouping an institution's assigned outputs by period, for its detail page. */
import type { InstitutionDetailDto } from '@pantau/core';
import { byNumericCode } from './codes';

export type Assignment = InstitutionDetailDto['assignments'][number];

/** The assignments of one period, in output order. */
export interface PeriodAssignments {
  period: string;
  items: Assignment[];
}

/** Groups assignments by period, newest period first and outputs in natural code order (2.1 < 10.1). */
export function groupAssignmentsByPeriod(assignments: readonly Assignment[]): PeriodAssignments[] {
  const groups = new Map<string, Assignment[]>();
  for (const assignment of assignments) {
    const items = groups.get(assignment.period) ?? [];
    items.push(assignment);
    groups.set(assignment.period, items);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([period, items]) => ({
      period,
      items: [...items].sort((a, b) => byNumericCode({ code: a.outputCode }, { code: b.outputCode })),
    }));
}
