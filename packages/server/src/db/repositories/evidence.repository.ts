/** Evidence items of reports. Removal is a recorded event, never a deletion. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { EvidenceTable } from '../schema.js';
import { insertInChunks } from './bulk.js';

/** Inserts one evidence item and returns its id. */
export async function insertEvidence(db: Executor, row: Insertable<EvidenceTable>): Promise<number> {
  return (await db.insertInto('evidence').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Inserts evidence items in bulk. */
export function insertEvidenceRows(db: Executor, rows: Insertable<EvidenceTable>[]): Promise<void> {
  return insertInChunks(db, 'evidence', rows);
}

/** Evidence of a report in upload order, removed items included when asked. */
export function listEvidence(db: Executor, reportId: number, includeRemoved = false) {
  let query = db.selectFrom('evidence').selectAll().where('report_id', '=', reportId);
  if (!includeRemoved) query = query.where('removed_at', 'is', null);
  return query.orderBy('id').execute();
}

/** One evidence item. */
export function findEvidence(db: Executor, id: number) {
  return db.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks an evidence item removed, with who and why. */
export async function markEvidenceRemoved(
  db: Executor,
  id: number,
  by: number,
  reason: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('evidence')
    .set({ removed_at: at, removed_by: by, removed_reason: reason })
    .where('id', '=', id)
    .execute();
}

/** Checklist indexes covered by live evidence, per report, for a set of reports. */
export function listEvidenceCoverage(db: Executor, reportIds: number[]) {
  if (reportIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('evidence')
    .select(['report_id', 'checklist_index'])
    .distinct()
    .where('report_id', 'in', reportIds)
    .where('removed_at', 'is', null)
    .execute();
}

/** A live file of the report under the same checklist item with the same content, if any. */
export function findLiveEvidenceByHash(db: Executor, reportId: number, checklistIndex: number, sha256: string) {
  return db
    .selectFrom('evidence')
    .select(['id', 'file_name', 'title'])
    .where('report_id', '=', reportId)
    .where('checklist_index', '=', checklistIndex)
    .where('file_sha256', '=', sha256)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

/** Marks an evidence item public or private. */
export async function setEvidencePublic(db: Executor, id: number, isPublic: boolean): Promise<void> {
  await db
    .updateTable('evidence')
    .set({ is_public: isPublic ? 1 : 0 })
    .where('id', '=', id)
    .execute();
}
