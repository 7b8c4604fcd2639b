/** Counts of published publications over a span of publication dates, for the dashboards. */
import { sql } from 'kysely';
import type { Executor } from '../database.js';

/** One group of counted publications: its kind, the institution's type and province. */
export interface PublicationCountRow {
  kind: string;
  type: string;
  province_code: string | null;
  count: number | string;
  from_materials: number | string;
}

/**
 * Published publications dated `startsOn`..`endsOn` (inclusive), grouped by kind and by the
 * publishing institution's type and province.
 */
export function countPublishedPublications(
  db: Executor,
  startsOn: string,
  endsOn: string,
): Promise<PublicationCountRow[]> {
  return db
    .selectFrom('publications as p')
    .innerJoin('institutions as i', 'i.id', 'p.institution_id')
    .where('p.status', '=', 'published')
    .where('p.published_on', '>=', startsOn)
    .where('p.published_on', '<=', endsOn)
    .select([
      'p.kind',
      'i.type',
      'i.province_code',
      sql<number | string>`count(*)`.as('count'),
      sql<number | string>`count(${sql.ref('p.material_id')})`.as('from_materials'),
    ])
    .groupBy(['p.kind', 'i.type', 'i.province_code'])
    .execute();
}
