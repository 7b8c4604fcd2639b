/**
 * Publications in the dashboards: the published ones dated within the quarter shown, by kind,
 * by institution type and by province (its government with its kabupaten/kota).
 */
import {
  type DashboardQuery,
  INSTITUTION_TYPES,
  type InstitutionType,
  PUBLICATION_KINDS,
  type PublicationCountsDto,
  triwulanLabel,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import { listProvinceInstitutions } from '../../db/repositories/figure-sums.repository.js';
import { findQuarter } from '../../db/repositories/period.repository.js';
import { countPublishedPublications } from '../../db/repositories/publication-counts.repository.js';
import { NotFoundError } from '../../errors.js';
import { resolveShown } from './dashboard-frame.service.js';

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** Counts of the published publications of the quarter asked for. */
export async function publicationCounts(context: AppContext, query: DashboardQuery): Promise<PublicationCountsDto> {
  const { db } = context.database;
  const shown = await resolveShown(context, query);
  const quarter = await findQuarter(db, shown.period.id, shown.quarter);
  if (!quarter) {
    throw new NotFoundError({
      id: `Triwulan ${shown.quarter} periode ${shown.period.code} tidak ditemukan.`,
      en: `Quarter ${shown.quarter} of period ${shown.period.code} not found.`,
    });
  }
  const [rows, provinces] = await Promise.all([
    countPublishedPublications(db, quarter.starts_on, quarter.ends_on),
    listProvinceInstitutions(db),
  ]);

  const byKind = zeroes(PUBLICATION_KINDS);
  const byType = zeroes(INSTITUTION_TYPES);
  const byProvinceCode = new Map<string, number>();
  let total = 0;
  let fromMaterials = 0;
  for (const row of rows) {
    const count = Number(row.count);
    total += count;
    fromMaterials += Number(row.from_materials);
    if (row.kind in byKind) byKind[row.kind as keyof typeof byKind] += count;
    if (row.type in byType) byType[row.type as InstitutionType] += count;
    if (row.type !== 'kl' && row.province_code) {
      byProvinceCode.set(row.province_code, (byProvinceCode.get(row.province_code) ?? 0) + count);
    }
  }

  return {
    period: shown.period.code,
    quarter: shown.quarter,
    label: triwulanLabel(shown.quarter),
    today: shown.today,
    startsOn: quarter.starts_on,
    endsOn: quarter.ends_on,
    total,
    fromMaterials,
    byKind,
    byType,
    byProvince: provinces.map((province) => ({
      code: province.province_code ?? province.code,
      name: province.name,
      count: byProvinceCode.get(province.province_code ?? province.code) ?? 0,
    })),
  };
}
