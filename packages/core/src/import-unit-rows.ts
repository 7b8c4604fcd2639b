/** Rows of the `unit_kerja` sheet → work-unit records, or problems located by row and column. */
import { duplicate, FirstSeen, readSheet, type SheetResult } from './import-row-reader.js';
import { IMPORT_SHEETS, rowProblem, type SheetTable } from './import-sheets.js';
import { normaliseUnitCode, UNIT_CODE, UNIT_KINDS, type UnitKind } from './units.js';

/** A work-unit row: a unit to add, or to bring in line with the row. */
export interface UnitRecord {
  row: number;
  institutionCode: string;
  code: string;
  name: string;
  shortName: string | null;
  /** Null: the default of the institution's type. */
  kind: UnitKind | null;
  active: boolean;
}

const YES = ['ya', 'y', 'yes', 'true', '1', 'aktif'];
const NO = ['tidak', 't', 'no', 'false', '0', 'nonaktif'];

/** Reads the `unit_kerja` sheet. */
export function readUnitSheet(table: SheetTable): SheetResult<UnitRecord> {
  const seen = new FirstSeen();
  return readSheet(IMPORT_SHEETS.units, table, (row, problems) => {
    const institutionCode = row.required('kode_instansi') === null ? null : row.institutionCode('kode_instansi');
    const rawCode = row.required('kode_unit');
    const code = rawCode === null ? null : normaliseUnitCode(rawCode);
    if (code !== null && !UNIT_CODE.test(code)) {
      row.fail('kode_unit', {
        id: `${rawCode} bukan kode unit: pakai huruf, angka, titik, tanda hubung atau garis bawah (maksimal 24 karakter).`,
        en: `${rawCode} is not a unit code: use letters, digits, dot, dash or underscore (at most 24 characters).`,
      });
    }
    const name = row.required('nama') === null ? null : row.text('nama', 3, 200);
    const shortName = row.value('nama_singkat') ? row.text('nama_singkat', 1, 40) : '';
    const kindText = row.value('jenis').toLowerCase();
    let kind: UnitKind | null = null;
    if (kindText) {
      if ((UNIT_KINDS as readonly string[]).includes(kindText)) kind = kindText as UnitKind;
      else {
        row.fail('jenis', {
          id: `${kindText} bukan jenis unit (pilih: ${UNIT_KINDS.join(', ')}).`,
          en: `${kindText} is not a kind of unit (choose: ${UNIT_KINDS.join(', ')}).`,
        });
      }
    }
    const activeText = row.value('aktif').toLowerCase();
    let active = true;
    if (NO.includes(activeText)) active = false;
    else if (activeText && !YES.includes(activeText)) {
      row.fail('aktif', {
        id: `${activeText}: tulis ya atau tidak.`,
        en: `${activeText}: write ya (yes) or tidak (no).`,
      });
    }
    if (institutionCode === null || code === null || name === null || shortName === null) return null;
    const first = seen.claim(`${institutionCode}|${code}`, row.row);
    if (first !== null) {
      problems.push(rowProblem(table.name, row.row, duplicate(`Unit ${code} (${institutionCode})`, first)));
      return null;
    }
    return { row: row.row, institutionCode, code, name, shortName: shortName || null, kind, active };
  });
}
