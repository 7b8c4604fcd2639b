/** The `instansi` sheet: Kemendagri codes checked against the official list, provinces before their regions. */
import { cellProblem, type ImportProblem, type InstitutionRecord } from '@pantau/core';
import { kemendagriRegionCodes, upsertInstitution } from '../institutions/institution-admin.service.js';
import type { ImportSession } from './import-session.js';
import type { KnownCodes } from './known-codes.js';

const SHEET_ORDER = { kl: 0, provinsi: 1, kabupaten: 2, kota: 2 } as const;

/** Problems of references: codes not on the Kemendagri list, regions whose province is unknown. */
export async function checkInstitutions(
  sheet: string,
  records: readonly InstitutionRecord[],
  known: KnownCodes,
  problems: ImportProblem[],
): Promise<void> {
  const kemendagri = await kemendagriRegionCodes();
  const inFile = new Set(records.map((r) => r.code));
  for (const record of records) {
    if (record.type === 'kl') continue;
    if (!kemendagri.has(record.code)) {
      problems.push(
        cellProblem(sheet, record.row, 'kode_instansi', {
          id: `${record.code} bukan kode wilayah Kemendagri yang dikenal.`,
          en: `${record.code} is not a known Kemendagri region code.`,
        }),
      );
    } else if (record.type !== 'provinsi' && record.provinceCode) {
      const province = record.provinceCode;
      if (!known.institutions.has(province) && !inFile.has(province)) {
        problems.push(
          cellProblem(sheet, record.row, 'kode_instansi', {
            id: `provinsi ${province} belum terdaftar: tambahkan baris provinsinya atau impor provinsi lebih dulu.`,
            en: `province ${province} is not registered: add a row for it or import the province first.`,
          }),
        );
      }
    }
  }
  for (const record of records) known.institutions.set(record.code, record.type);
}

/** Creates or renames each institution, provinces first so regions find their parent. */
export async function applyInstitutions(session: ImportSession, records: readonly InstitutionRecord[]): Promise<void> {
  const ordered = [...records].sort((a, b) => SHEET_ORDER[a.type] - SHEET_ORDER[b.type] || a.row - b.row);
  for (const record of ordered) {
    const result = await upsertInstitution(session.trx, session.context.clock, session.actor, {
      code: record.code,
      name: record.name,
      type: record.type,
    });
    session.count('institution', result.status);
  }
}
