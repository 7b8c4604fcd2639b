/** Institutions, shaped for the API. */
import type { InstitutionDetailDto, InstitutionDto, InstitutionPageDto, InstitutionType } from '@pantau/core';
import type { Executor } from '../../db/database.js';
import { listAssignmentsOfInstitution } from '../../db/repositories/assignment.repository.js';
import {
  countChildren,
  countInstitutions,
  findInstitutionByCode,
  findInstitutionById,
  type InstitutionFilter,
  listInstitutions,
} from '../../db/repositories/institution.repository.js';
import type { Institution } from '../../db/schema.js';
import { NotFoundError } from '../../errors.js';

function toDto(institution: Institution): InstitutionDto {
  return {
    code: institution.code,
    name: institution.name,
    type: institution.type as InstitutionType,
    provinceCode: institution.province_code,
  };
}

/** One page of institutions matching the filter. */
export async function searchInstitutions(
  db: Executor,
  filter: InstitutionFilter,
  page: { limit: number; offset: number },
): Promise<InstitutionPageDto> {
  const [total, rows] = await Promise.all([countInstitutions(db, filter), listInstitutions(db, filter, page)]);
  return { total, limit: page.limit, offset: page.offset, items: rows.map(toDto) };
}

/** One institution with its parent and its assigned outputs; 404 when unknown. */
export async function getInstitution(db: Executor, code: string): Promise<InstitutionDetailDto> {
  const institution = await findInstitutionByCode(db, code);
  if (!institution) {
    throw new NotFoundError({
      id: `Instansi dengan kode ${code} tidak ditemukan.`,
      en: `No institution with code ${code}.`,
    });
  }
  const [parent, childCount, assignments] = await Promise.all([
    institution.parent_id === null ? undefined : findInstitutionById(db, institution.parent_id),
    countChildren(db, institution.id),
    listAssignmentsOfInstitution(db, institution.id),
  ]);
  return {
    ...toDto(institution),
    parent: parent ? toDto(parent) : null,
    childCount,
    assignments: assignments.map((a) => ({
      period: a.period,
      outputCode: a.output_code,
      outputName: a.output_name,
      aksiCode: a.aksi_code,
    })),
  };
}
