/**
 * "Complete evidence" in SQL, on both engines: a report is complete when every item 0..n−1 of
 * the checklist of the target version it answers has live evidence. The checklist is JSON text,
 * which the two engines read differently, so its length n comes in from the caller (a small
 * lookup per version) as a CASE over version ids.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../database.js';

/** Checklist length of every target version of a period, by version id. */
export async function checklistSizes(db: Executor, periodId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('target_versions')
    .innerJoin('targets', 'targets.id', 'target_versions.target_id')
    .select(['target_versions.id', 'target_versions.evidence_checklist'])
    .where('targets.period_id', '=', periodId)
    .execute();
  return new Map(rows.map((r) => [r.id, (JSON.parse(r.evidence_checklist) as unknown[]).length]));
}

/** The checklist length of the version `versionId` refers to, as SQL. */
function requiredItems(versionId: string, sizes: ReadonlyMap<number, number>): RawBuilder<number> {
  const byCount = new Map<number, number[]>();
  for (const [id, size] of sizes) byCount.set(size, [...(byCount.get(size) ?? []), id]);
  if (byCount.size === 0) return sql<number>`0`;
  const branches = [...byCount].map(
    ([size, ids]) => sql`when ${sql.ref(versionId)} in (${sql.join(ids)}) then ${sql.lit(size)}`,
  );
  return sql<number>`(case ${sql.join(branches, sql` `)} else 0 end)`;
}

/**
 * 1 when the report `reportId` has live evidence for every checklist item of the version
 * `versionId`, else 0 (column references, e.g. `r.id` and `rv.id`).
 */
export function evidenceComplete(
  reportId: string,
  versionId: string,
  sizes: ReadonlyMap<number, number>,
): RawBuilder<number> {
  const required = requiredItems(versionId, sizes);
  return sql<number>`(case when (
    select count(distinct e.checklist_index) from evidence e
    where e.report_id = ${sql.ref(reportId)} and e.removed_at is null and e.checklist_index < ${required}
  ) = ${required} then 1 else 0 end)`;
}
