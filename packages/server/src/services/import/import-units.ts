/** The `unit_kerja` sheet: units of known institutions, added or brought in line by code. */
import { cellProblem, defaultUnitKind, type ImportProblem, type UnitRecord } from '@pantau/core';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import { findUnitByCode } from '../../db/repositories/work-unit.repository.js';
import type { Institution } from '../../db/schema.js';
import { writeUnit } from '../units/unit.service.js';
import type { ImportSession } from './import-session.js';
import type { KnownCodes } from './known-codes.js';

/** Problems of references: institutions neither registered nor in the file. */
export function checkUnits(
  sheet: string,
  records: readonly UnitRecord[],
  known: KnownCodes,
  problems: ImportProblem[],
): void {
  for (const record of records) {
    if (known.institutions.has(record.institutionCode)) continue;
    problems.push(
      cellProblem(sheet, record.row, 'kode_instansi', {
        id: `instansi ${record.institutionCode} belum terdaftar: tambahkan di lembar instansi atau impor instansinya lebih dulu.`,
        en: `institution ${record.institutionCode} is not registered: add it on the instansi sheet or import it first.`,
      }),
    );
  }
}

/** Adds or updates each unit; a row equal to what is stored changes nothing and records nothing. */
export async function applyUnits(session: ImportSession, records: readonly UnitRecord[]): Promise<void> {
  const institutions = new Map<string, Institution>();
  for (const record of records) {
    let institution = institutions.get(record.institutionCode);
    if (!institution) {
      institution = (await findInstitutionByCode(session.trx, record.institutionCode)) as Institution;
      institutions.set(record.institutionCode, institution);
    }
    const existing = await findUnitByCode(session.trx, institution.id, record.code);
    const result = await writeUnit(session.trx, session.context, session.actor, institution, {
      code: record.code,
      name: record.name,
      shortName: record.shortName,
      kind: record.kind ?? (existing?.kind as UnitRecord['kind']) ?? defaultUnitKind(institution.type),
      active: record.active,
      existing,
    });
    session.count('unit', result.status);
  }
}
