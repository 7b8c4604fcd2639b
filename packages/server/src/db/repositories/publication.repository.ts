/** Publications of institutions' Humas (berita, infografis, video, media sosial). */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { PublicationTable } from '../schema.js';

/** Inserts a publication and returns its id. */
export async function insertPublication(db: Executor, row: Insertable<PublicationTable>): Promise<number> {
  return (await db.insertInto('publications').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Which publications a list covers. */
export interface PublicationFilter {
  /** Drafts are seen only within this institution; null sees every draft. */
  draftsOf: number | null;
  institutionId?: number | undefined;
  materialId?: number | undefined;
  kind?: string | undefined;
  status?: string | undefined;
}

function publications(db: Executor, filter: PublicationFilter) {
  let query = db
    .selectFrom('publications as pub')
    .innerJoin('institutions as i', 'i.id', 'pub.institution_id')
    .leftJoin('media_materials as m', 'm.id', 'pub.material_id')
    .leftJoin('periods as p', 'p.id', 'pub.period_id')
    .leftJoin('reports as story_report', 'story_report.id', 'pub.report_id')
    .leftJoin('targets as story_target', 'story_target.id', 'story_report.target_id');
  const draftsOf = filter.draftsOf;
  if (draftsOf !== null)
    query = query.where((eb) => eb.or([eb('pub.status', '=', 'published'), eb('pub.institution_id', '=', draftsOf)]));
  if (filter.institutionId !== undefined) query = query.where('pub.institution_id', '=', filter.institutionId);
  if (filter.materialId !== undefined) query = query.where('pub.material_id', '=', filter.materialId);
  if (filter.kind) query = query.where('pub.kind', '=', filter.kind);
  if (filter.status) query = query.where('pub.status', '=', filter.status);
  return query;
}

const COLUMNS = [
  'pub.id',
  'pub.institution_id',
  'i.code',
  'i.name',
  'i.type',
  'i.province_code',
  'pub.kind',
  'pub.title',
  'pub.url',
  'pub.attachment_id',
  'pub.published_on',
  'pub.material_id',
  'm.title as material_title',
  'p.code as period_code',
  'pub.aksi',
  'pub.status',
  'pub.created_at',
  'pub.published_at',
  'pub.report_id',
  'pub.summary',
  'story_target.code as story_target_code',
  'story_report.quarter_number as story_quarter',
] as const;

/** One page of publications, latest publication date first. */
export function listPublications(db: Executor, filter: PublicationFilter, page: { limit: number; offset: number }) {
  return publications(db, filter)
    .select(COLUMNS)
    .orderBy('pub.published_on', 'desc')
    .orderBy('pub.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** How many publications the filter covers. */
export async function countPublications(db: Executor, filter: PublicationFilter): Promise<number> {
  const row = await publications(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** One publication, if the filter lets it through. */
export function findPublication(db: Executor, id: number, draftsOf: number | null) {
  return publications(db, { draftsOf }).select(COLUMNS).where('pub.id', '=', id).executeTakeFirst();
}

/** Publishes a draft; false when it was not a draft. */
export async function markPublished(db: Executor, id: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('publications')
    .set({ status: 'published', published_at: at, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
