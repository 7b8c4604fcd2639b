/**
 * The `katalog` sheet → records: one row per quarterly target, or per fokus/aksi/output without
 * targets; names may be left empty where the entry exists. Pure: whether codes exist is checked by
 * the server.
 */
import type { TargetContent } from './catalogue.js';
import { type ImpactDirection, targetAgreesWithDirection } from './impact.js';
import {
  duplicate,
  FirstSeen,
  NUMBER_CODE,
  OUTPUT_CODE,
  type RowReader,
  readSheet,
  type SheetResult,
} from './import-row-reader.js';
import { IMPORT_SHEETS, rowProblem, type SheetTable } from './import-sheets.js';
import { QUARTERS_PER_PERIOD } from './quarters.js';

/** A catalogue row: whatever levels it names, from fokus down to one quarterly target. */
export interface CatalogueRecord {
  row: number;
  period: string;
  fokus: { code: string; name: string | null } | null;
  aksi: { code: string; name: string | null; fokusCode: string | null } | null;
  output: { code: string; name: string | null; aksiCode: string } | null;
  target: { quarter: number; content: TargetContent } | null;
}

/** Reads the `katalog` sheet. */
export function readCatalogueSheet(table: SheetTable): SheetResult<CatalogueRecord> {
  const names = new Map<string, { value: string; row: number }>();
  const aksiFokus = new Map<string, { value: string; row: number }>();
  const targets = new FirstSeen();

  /** A name must not differ from what an earlier row gave the same code. */
  const agree = (row: RowReader, map: typeof names, key: string, value: string, column: string) => {
    const earlier = map.get(key);
    if (!earlier) map.set(key, { value, row: row.row });
    else if (earlier.value !== value) {
      row.fail(column, {
        id: `${value} berbeda dengan baris ${earlier.row} (${earlier.value}) untuk kode yang sama.`,
        en: `${value} differs from row ${earlier.row} (${earlier.value}) for the same code.`,
      });
    }
  };

  return readSheet(IMPORT_SHEETS.catalogue, table, (row, problems) => {
    const period = row.period('periode');
    const level = (codeColumn: string, nameColumn: string, pattern: RegExp, example: string) => {
      const code = row.value(codeColumn);
      const name = row.value(nameColumn);
      if (!code) {
        if (name) row.fail(codeColumn, { id: `isi kode untuk ${nameColumn}.`, en: `give the code of ${nameColumn}.` });
        return null;
      }
      if (!pattern.test(code)) {
        return row.fail(codeColumn, {
          id: `${code} bukan kode yang sah (contoh: ${example}).`,
          en: `${code} is not a valid code (e.g. ${example}).`,
        });
      }
      if (name && row.text(nameColumn, 3, 300) === null) return null;
      return { code, name: name || null };
    };
    const fokus = level('kode_fokus', 'nama_fokus', NUMBER_CODE, '1');
    const aksi = level('kode_aksi', 'nama_aksi', NUMBER_CODE, '3');
    const output = level('kode_output', 'nama_output', OUTPUT_CODE, '3.2');
    const aksiCode = output ? (output.code.split('.')[0] as string) : null;
    if (output && aksi && aksi.code !== aksiCode) {
      row.fail('kode_aksi', {
        id: `output ${output.code} termasuk aksi ${aksiCode}, bukan aksi ${aksi.code}.`,
        en: `output ${output.code} belongs to aksi ${aksiCode}, not aksi ${aksi.code}.`,
      });
    }
    const target = readTarget(row, output !== null);
    if (period === null) return null;
    if (!fokus && !aksi && !output && row.value('triwulan') === '') {
      problems.push(
        rowProblem(table.name, row.row, {
          id: 'baris tidak berisi kode fokus, aksi atau output.',
          en: 'the row names no fokus, aksi or output code.',
        }),
      );
      return null;
    }
    if (fokus?.name) agree(row, names, `${period}|fokus|${fokus.code}`, fokus.name, 'nama_fokus');
    if (aksi?.name) agree(row, names, `${period}|aksi|${aksi.code}`, aksi.name, 'nama_aksi');
    if (aksi && fokus) agree(row, aksiFokus, `${period}|${aksi.code}`, fokus.code, 'kode_fokus');
    if (output?.name) agree(row, names, `${period}|output|${output.code}`, output.name, 'nama_output');
    if (output && target) {
      const first = targets.claim(`${period}|${output.code}|${target.quarter}`, row.row);
      if (first !== null) {
        problems.push(
          rowProblem(table.name, row.row, duplicate(`Target ${output.code} triwulan ${target.quarter}`, first)),
        );
      }
    }
    return {
      row: row.row,
      period,
      fokus,
      aksi: aksi ? { ...aksi, fokusCode: fokus?.code ?? null } : null,
      output: output && aksiCode ? { ...output, aksiCode } : null,
      target,
    };
  });
}

const TARGET_COLUMNS = [
  'ukuran_keberhasilan',
  'data_dukung',
  'bobot',
  'dampak_nama',
  'dampak_satuan',
  'dampak_baseline',
  'dampak_target',
  'dampak_arah',
  'dampak_sumber',
];

function readTarget(row: RowReader, hasOutput: boolean): CatalogueRecord['target'] {
  const quarterText = row.value('triwulan');
  if (!quarterText) {
    const stray = TARGET_COLUMNS.find((c) => row.value(c) !== '');
    if (stray)
      row.fail('triwulan', { id: `isi triwulan karena ${stray} diisi.`, en: `give the quarter: ${stray} is filled.` });
    return null;
  }
  if (!hasOutput) row.fail('kode_output', { id: 'wajib diisi untuk baris target.', en: 'is required on target rows.' });
  const quarter = row.wholeNumber('triwulan', 1, QUARTERS_PER_PERIOD);
  const measure = row.required('ukuran_keberhasilan') === null ? null : row.text('ukuran_keberhasilan', 5, 2000);
  const checklist = readChecklist(row);
  const weight = row.required('bobot') === null ? null : row.wholeNumber('bobot', 1, 100);
  const impact = readImpact(row);
  if (quarter === null || measure === null || checklist === null || weight === null || impact === undefined)
    return null;
  return { quarter, content: { successMeasure: measure, evidenceChecklist: checklist, weight, impact } };
}

function readChecklist(row: RowReader): string[] | null {
  if (row.required('data_dukung') === null) return null;
  const items = row
    .value('data_dukung')
    .split(/\r?\n|;/)
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length > 20) {
    return row.fail('data_dukung', { id: 'maksimal 20 butir data dukung.', en: 'at most 20 evidence items.' });
  }
  const bad = items.find((item) => item.length < 3 || item.length > 300);
  if (bad !== undefined) {
    return row.fail('data_dukung', {
      id: `butir "${bad}" harus 3–300 karakter.`,
      en: `item "${bad}" must have 3–300 characters.`,
    });
  }
  return items;
}

/** How a direction may be written in the `dampak_arah` column. */
const DIRECTION_WORDS: Record<string, ImpactDirection> = {
  naik: 'higher',
  tinggi: 'higher',
  'lebih tinggi': 'higher',
  'lebih tinggi lebih baik': 'higher',
  higher: 'higher',
  turun: 'lower',
  rendah: 'lower',
  'lebih rendah': 'lower',
  'lebih rendah lebih baik': 'lower',
  lower: 'lower',
};

/** The `dampak_arah` cell as the export writes it. */
export const DIRECTION_CELL: Record<ImpactDirection, string> = { higher: 'naik', lower: 'turun' };

/** A number as Indonesian spreadsheets may write it (12,5), or NaN. */
function readDecimal(text: string): number {
  return Number(text.replace(/^(-?\d+),(\d+)$/, '$1.$2'));
}

/** The impact indicator, null when none is given, undefined when the cells are wrong. */
function readImpact(row: RowReader): TargetContent['impact'] | undefined {
  const name = row.value('dampak_nama');
  const unit = row.value('dampak_satuan');
  const baselineText = row.value('dampak_baseline');
  const targetText = row.value('dampak_target');
  const directionText = row.value('dampak_arah');
  const source = row.value('dampak_sumber');
  if (!name && !unit && !baselineText && !targetText && !directionText && !source) return null;
  const missing = ['dampak_nama', 'dampak_satuan', 'dampak_baseline'].find((c) => row.value(c) === '');
  if (missing) {
    row.fail(missing, {
      id: 'nama, satuan dan nilai awal indikator dampak diisi bersama.',
      en: 'name, unit and baseline of the impact indicator go together.',
    });
    return undefined;
  }
  let ok = true;
  const fail = (column: string, detail: { id: string; en: string }) => {
    row.fail(column, detail);
    ok = false;
  };
  const baseline = readDecimal(baselineText);
  if (!Number.isFinite(baseline)) {
    fail('dampak_baseline', { id: `${baselineText} bukan angka.`, en: `${baselineText} is not a number.` });
  }
  if (name.length < 3 || name.length > 200 || unit.length > 40) {
    fail(name.length < 3 || name.length > 200 ? 'dampak_nama' : 'dampak_satuan', {
      id: 'nama indikator 3–200 karakter, satuan maksimal 40.',
      en: 'indicator name 3–200 characters, unit at most 40.',
    });
  }
  const direction = directionText ? DIRECTION_WORDS[directionText.toLowerCase()] : undefined;
  if (directionText && !direction) {
    fail('dampak_arah', {
      id: `${directionText} bukan arah: tulis naik (lebih tinggi lebih baik) atau turun (lebih rendah lebih baik).`,
      en: `${directionText} is not a direction: write naik (higher is better) or turun (lower is better).`,
    });
  }
  let target: number | null = null;
  if (targetText) {
    target = readDecimal(targetText);
    if (!Number.isFinite(target)) {
      fail('dampak_target', { id: `${targetText} bukan angka.`, en: `${targetText} is not a number.` });
    } else if (!directionText) {
      fail('dampak_arah', {
        id: 'isi arah (naik atau turun) karena nilai target diisi.',
        en: 'give the direction (naik or turun): a target value is filled.',
      });
    } else if (direction && Number.isFinite(baseline) && !targetAgreesWithDirection(baseline, target, direction)) {
      const better =
        direction === 'higher' ? { id: 'lebih tinggi', en: 'higher' } : { id: 'lebih rendah', en: 'lower' };
      fail('dampak_target', {
        id: `nilai target ${targetText} harus ${better.id} dari nilai awal ${baselineText} (arah ${directionText}).`,
        en: `the target value ${targetText} must be ${better.en} than the baseline ${baselineText} (direction ${directionText}).`,
      });
    }
  }
  if (source.length > 300) {
    fail('dampak_sumber', { id: 'maksimal 300 karakter.', en: 'may have at most 300 characters.' });
  }
  if (!ok) return undefined;
  return { name, unit, baseline, target, direction: direction ?? 'higher', source: source || null };
}
