/** Uploaded files of coordination records (announcements, materials, publications, follow-ups). */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { AttachmentTable } from '../schema.js';

/** Inserts an attachment and returns its id. */
export async function insertAttachment(db: Executor, row: Insertable<AttachmentTable>): Promise<number> {
  return (await db.insertInto('attachments').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Attachments by id, in id order. */
export function listAttachmentsByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('attachments')
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('id')
    .execute();
}

/** One attachment. */
export function findAttachment(db: Executor, id: number) {
  return db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
}
