/** The support log (pendampingan): entries, their attachments and follow-ups; counts per province. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { SupportEntryTable, SupportFollowUpTable } from '../schema.js';

/** Inserts an entry with its attachments (in the order given) and follow-ups; returns its id. */
export async function insertSupportEntry(
  db: Executor,
  entry: Insertable<SupportEntryTable>,
  attachmentIds: readonly number[],
  followUps: readonly Omit<Insertable<SupportFollowUpTable>, 'entry_id'>[],
): Promise<number> {
  const { id } = await db.insertInto('support_entries').values(entry).returning('id').executeTakeFirstOrThrow();
  if (attachmentIds.length > 0) {
    await db
      .insertInto('support_entry_attachments')
      .values(attachmentIds.map((attachment_id, position) => ({ entry_id: id, attachment_id, position })))
      .execute();
  }
  if (followUps.length > 0) {
    await db
      .insertInto('support_follow_ups')
      .values(followUps.map((f) => ({ ...f, entry_id: id })))
      .execute();
  }
  return id;
}

/** Entries of an institution (optionally about one unit), newest first. */
export function listSupportEntries(
  db: Executor,
  filter: { institutionId: number; unitId?: number | undefined; from?: string; ids?: readonly number[] },
  limit: number,
) {
  let query = db
    .selectFrom('support_entries as s')
    .innerJoin('institutions as i', 'i.id', 's.institution_id')
    .innerJoin('users as u', 'u.id', 's.created_by')
    .leftJoin('work_units as w', 'w.id', 's.unit_id')
    .select([
      's.id',
      's.held_on',
      's.kind',
      's.notes',
      's.unit_id',
      's.created_at',
      'w.name as unit_name',
      'i.code as institution_code',
      'i.name as institution_name',
      'u.name as recorded_by',
    ])
    .where('s.institution_id', '=', filter.institutionId);
  if (filter.unitId !== undefined) query = query.where('s.unit_id', '=', filter.unitId);
  if (filter.from !== undefined) query = query.where('s.held_on', '>=', filter.from);
  if (filter.ids !== undefined) query = query.where('s.id', 'in', [...filter.ids]);
  return query.orderBy('s.held_on', 'desc').orderBy('s.id', 'desc').limit(limit).execute();
}

/** One entry's institution, or undefined. */
export function findSupportEntry(db: Executor, id: number) {
  return db.selectFrom('support_entries').select(['id', 'institution_id']).where('id', '=', id).executeTakeFirst();
}

/** Entries of an institution held within [from, to]. */
export async function countSupportEntries(db: Executor, institutionId: number, from: string, to: string) {
  const row = await db
    .selectFrom('support_entries')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('institution_id', '=', institutionId)
    .where('held_on', '>=', from)
    .where('held_on', '<=', to)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The attachments of entries, in their order. */
export function listSupportAttachments(db: Executor, entryIds: readonly number[]) {
  if (entryIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('support_entry_attachments as sa')
    .innerJoin('attachments as a', 'a.id', 'sa.attachment_id')
    .select(['sa.entry_id', 'a.id', 'a.file_name', 'a.mime_type', 'a.size', 'a.sha256'])
    .where('sa.entry_id', 'in', [...entryIds])
    .orderBy('sa.entry_id')
    .orderBy('sa.position')
    .execute();
}

const followUpColumns = [
  'f.id',
  'f.entry_id',
  'f.institution_id',
  'f.title',
  'f.owner_unit_id',
  'f.due_on',
  'f.status',
  'w.name as owner_unit_name',
  'i.name as institution_name',
] as const;

function followUps(db: Executor) {
  return db
    .selectFrom('support_follow_ups as f')
    .innerJoin('institutions as i', 'i.id', 'f.institution_id')
    .leftJoin('work_units as w', 'w.id', 'f.owner_unit_id')
    .select(followUpColumns);
}

/** The follow-ups of entries, by due date. */
export function listSupportFollowUps(db: Executor, entryIds: readonly number[]) {
  if (entryIds.length === 0) return Promise.resolve([]);
  return followUps(db)
    .where('f.entry_id', 'in', [...entryIds])
    .orderBy('f.due_on')
    .orderBy('f.id')
    .execute();
}

/** The follow-ups of an institution not done yet, by due date. */
export function listOpenSupportFollowUps(db: Executor, institutionId: number, limit: number) {
  return followUps(db)
    .where('f.institution_id', '=', institutionId)
    .where('f.status', '!=', 'done')
    .orderBy('f.due_on')
    .orderBy('f.id')
    .limit(limit)
    .execute();
}

/** One follow-up. */
export function findSupportFollowUp(db: Executor, id: number) {
  return followUps(db).where('f.id', '=', id).executeTakeFirst();
}

/** Sets a follow-up's status (closed when done). */
export async function setSupportFollowUpStatus(db: Executor, id: number, status: string, at: string) {
  await db
    .updateTable('support_follow_ups')
    .set({ status, updated_at: at, closed_at: status === 'done' ? at : null })
    .where('id', '=', id)
    .execute();
}

/** Support entries held within [from, to] per province (the province government and its kabupaten/kota). */
export function supportByProvince(db: Executor, from: string, to: string) {
  return db
    .selectFrom('support_entries as s')
    .innerJoin('institutions as i', 'i.id', 's.institution_id')
    .innerJoin('institutions as p', (join) =>
      join.onRef('p.code', '=', 'i.province_code').on('p.type', '=', 'provinsi'),
    )
    .where('s.held_on', '>=', from)
    .where('s.held_on', '<=', to)
    .select((eb) => [
      'p.code',
      'p.name',
      eb.fn.count<number | string>('s.id').as('entries'),
      eb.fn.count<number | string>('s.institution_id').distinct().as('institutions'),
    ])
    .groupBy(['p.code', 'p.name'])
    .orderBy('p.code')
    .execute();
}

/** Follow-ups not done yet of the support entries held within [from, to], per province code. */
export function openSupportFollowUpsByProvince(db: Executor, from: string, to: string) {
  return db
    .selectFrom('support_follow_ups as f')
    .innerJoin('support_entries as s', 's.id', 'f.entry_id')
    .innerJoin('institutions as i', 'i.id', 's.institution_id')
    .where('s.held_on', '>=', from)
    .where('s.held_on', '<=', to)
    .where('f.status', '!=', 'done')
    .select((eb) => ['i.province_code', eb.fn.countAll<number | string>().as('n')])
    .groupBy('i.province_code')
    .execute();
}
