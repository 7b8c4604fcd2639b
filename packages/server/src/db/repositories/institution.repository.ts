/** Institutions: K/L and Pemda. */
import type { InstitutionType } from '@pantau/core';
import type { Executor } from '../database.js';
import type { Institution, NewInstitution } from '../schema.js';
import { insertInChunks } from './bulk.js';

/** Filters for listing institutions. */
export interface InstitutionFilter {
  type?: string | undefined;
  provinceCode?: string | undefined;
  /** Case-insensitive match of every word on the name, or the code itself, or its children's codes. */
  search?: string | undefined;
  /** Only these codes. */
  codes?: readonly string[] | undefined;
}

/** `text` as a LIKE pattern matching it anywhere, with LIKE's wildcards escaped. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}

function filtered(db: Executor, filter: InstitutionFilter) {
  let query = db.selectFrom('institutions');
  if (filter.type) query = query.where('type', '=', filter.type);
  if (filter.provinceCode) query = query.where('province_code', '=', filter.provinceCode);
  if (filter.codes) query = query.where('code', 'in', filter.codes.length > 0 ? [...filter.codes] : ['']);
  if (filter.search) {
    const search = filter.search;
    // "kab bandung" finds "Kabupaten Bandung": every word somewhere in the name.
    const words = search.split(/\s+/).filter(Boolean).slice(0, 8);
    query = query.where((eb) =>
      eb.or([
        eb.and(words.map((word) => eb(eb.fn('lower', ['name']), 'like', eb.val(containsPattern(word))))),
        eb('code', '=', search.toUpperCase()),
        eb('code', 'like', `${search.replace(/[%_\\]/g, '')}.%`),
      ]),
    );
  }
  return query;
}

/** One page of institutions matching `filter`, ordered by code. */
export function listInstitutions(
  db: Executor,
  filter: InstitutionFilter,
  page: { limit: number; offset: number },
): Promise<Institution[]> {
  return filtered(db, filter).selectAll().orderBy('code').limit(page.limit).offset(page.offset).execute();
}

/** How many institutions match `filter`. */
export async function countInstitutions(db: Executor, filter: InstitutionFilter): Promise<number> {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Every institution's id, code and type, for resolving assignment rules. */
export function listInstitutionKeys(db: Executor): Promise<{ id: number; code: string; type: InstitutionType }[]> {
  return db.selectFrom('institutions').select(['id', 'code', 'type']).orderBy('code').execute() as Promise<
    { id: number; code: string; type: InstitutionType }[]
  >;
}

/** Every institution's code, name, type and province, by code (what a rule preview shows). */
export function listInstitutionSummaries(db: Executor) {
  return db
    .selectFrom('institutions')
    .select(['id', 'code', 'name', 'type', 'province_code'])
    .orderBy('code')
    .execute() as Promise<
    { id: number; code: string; name: string; type: InstitutionType; province_code: string | null }[]
  >;
}

/** The institution with `code`, if any. */
export function findInstitutionByCode(db: Executor, code: string): Promise<Institution | undefined> {
  return db.selectFrom('institutions').selectAll().where('code', '=', code).executeTakeFirst();
}

/** The institution with `id`, if any. */
export function findInstitutionById(db: Executor, id: number): Promise<Institution | undefined> {
  return db.selectFrom('institutions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Number of institutions whose parent is `id` (a province's kabupaten/kota). */
export async function countChildren(db: Executor, id: number): Promise<number> {
  const row = await db
    .selectFrom('institutions')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('parent_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Inserts institutions in bulk. */
export function insertInstitutions(db: Executor, rows: NewInstitution[]): Promise<void> {
  return insertInChunks(db, 'institutions', rows);
}

/** Total number of institutions. */
export function countAllInstitutions(db: Executor): Promise<number> {
  return countInstitutions(db, {});
}

/** Renames an institution. */
export async function updateInstitutionName(db: Executor, id: number, name: string, at: string): Promise<void> {
  await db.updateTable('institutions').set({ name, updated_at: at }).where('id', '=', id).execute();
}

/** Inserts one institution and returns its id. */
export async function insertInstitution(db: Executor, row: NewInstitution): Promise<number> {
  return (await db.insertInto('institutions').values(row).returning('id').executeTakeFirstOrThrow()).id;
}
