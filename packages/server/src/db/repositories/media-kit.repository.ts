/** The national media kit and the reach of each material. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { MediaMaterialTable } from '../schema.js';

/** Inserts a material and returns its id. */
export async function insertMaterial(db: Executor, row: Insertable<MediaMaterialTable>): Promise<number> {
  return (await db.insertInto('media_materials').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Which materials a list covers. */
export interface MaterialFilter {
  kind?: string | undefined;
  periodCode?: string | undefined;
  aksiCode?: string | undefined;
  search?: string | undefined;
}

function materials(db: Executor, filter: MaterialFilter) {
  let query = db.selectFrom('media_materials as m').innerJoin('periods as p', 'p.id', 'm.period_id');
  if (filter.kind) query = query.where('m.kind', '=', filter.kind);
  if (filter.periodCode) query = query.where('p.code', '=', filter.periodCode);
  // Aksi are a JSON array of codes: `"3"` matches the code 3 and not 13.
  if (filter.aksiCode) query = query.where('m.aksi', 'like', `%"${filter.aksiCode}"%`);
  if (filter.search) {
    const pattern = `%${filter.search.toLowerCase().replace(/[%_\\]/g, '')}%`;
    query = query.where((eb) => eb(eb.fn('lower', ['m.title']), 'like', pattern));
  }
  return query;
}

/** One page of materials, newest first. */
export function listMaterials(db: Executor, filter: MaterialFilter, page: { limit: number; offset: number }) {
  return materials(db, filter)
    .selectAll('m')
    .select('p.code as period_code')
    .orderBy('m.created_at', 'desc')
    .orderBy('m.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** How many materials the filter covers. */
export async function countMaterials(db: Executor, filter: MaterialFilter): Promise<number> {
  const row = await materials(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** One material with its period code. */
export function findMaterial(db: Executor, id: number) {
  return materials(db, {}).selectAll('m').select('p.code as period_code').where('m.id', '=', id).executeTakeFirst();
}

/** Published republications per material. */
export function countPublicationsOf(db: Executor, materialIds: readonly number[]) {
  if (materialIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('publications')
    .select((eb) => ['material_id', eb.fn.countAll<number>().as('count')])
    .where('material_id', 'in', [...materialIds])
    .where('status', '=', 'published')
    .groupBy('material_id')
    .execute();
}

/** Published republications of a material by the province of the publishing institution (null: K/L). */
export function reachByProvince(db: Executor, materialId: number) {
  return db
    .selectFrom('publications as pub')
    .innerJoin('institutions as i', 'i.id', 'pub.institution_id')
    .leftJoin('institutions as province', (join) =>
      join.onRef('province.code', '=', 'i.province_code').on('province.type', '=', 'provinsi'),
    )
    .select((eb) => [
      'i.province_code',
      'province.name as province_name',
      eb.fn.countAll<number>().as('publications'),
      eb.fn.count<number>('pub.institution_id').distinct().as('institutions'),
    ])
    .where('pub.material_id', '=', materialId)
    .where('pub.status', '=', 'published')
    .groupBy(['i.province_code', 'province.name'])
    .execute();
}
