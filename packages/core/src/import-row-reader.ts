/**
 * Reading the rows of an import sheet: cells by column name, checks that report problems located
 * by row and column, and the first-seen bookkeeping behind "duplicate in the file". Shared by the
 * sheet readers of `import-rows.ts` and `import-catalogue-rows.ts`.
 */
import {
  type BilingualText,
  cellProblem,
  type ImportProblem,
  type ImportSheetSpec,
  readHeader,
  type SheetColumns,
  type SheetTable,
} from './import-sheets.js';
import { parseRegionCode } from './institutions.js';
import { parsePeriodCode } from './quarters.js';

/** The outcome of reading one sheet. */
export interface SheetResult<T> {
  records: T[];
  problems: ImportProblem[];
}

export const KL_CODE = /^[A-Z][A-Z0-9]{1,15}$/;
export const NUMBER_CODE = /^\d{1,2}$/;
export const OUTPUT_CODE = /^\d{1,2}\.\d{1,2}$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** One row being read: its cells by column name, and problems reported against it. */
export class RowReader {
  constructor(
    private readonly sheet: string,
    readonly row: number,
    private readonly cells: readonly string[],
    private readonly columns: SheetColumns,
    private readonly problems: ImportProblem[],
  ) {}

  value(name: string): string {
    return this.columns.get(this.cells, name);
  }

  fail(name: string, detail: BilingualText): null {
    this.problems.push(cellProblem(this.sheet, this.row, name, detail));
    return null;
  }

  /** The trimmed value, or a problem when it is empty (unless the column is missing: reported once). */
  required(name: string): string | null {
    const value = this.value(name);
    if (value) return value;
    if (!this.columns.has(name)) return null;
    return this.fail(name, { id: 'wajib diisi.', en: 'is required.' });
  }

  text(name: string, min: number, max: number): string | null {
    const value = this.value(name);
    if (value.length < min) {
      return this.fail(name, { id: `minimal ${min} karakter.`, en: `needs at least ${min} characters.` });
    }
    if (value.length > max) {
      return this.fail(name, { id: `maksimal ${max} karakter.`, en: `may have at most ${max} characters.` });
    }
    return value;
  }

  wholeNumber(name: string, min: number, max: number): number | null {
    const value = this.value(name);
    if (!/^-?\d+(\.0+)?$/.test(value)) {
      return this.fail(name, {
        id: `${value} bukan bilangan bulat.`,
        en: `${value} is not a whole number.`,
      });
    }
    const number = Number.parseInt(value, 10);
    if (number < min || number > max) {
      return this.fail(name, {
        id: `${number} di luar rentang ${min}–${max}.`,
        en: `${number} is outside ${min}–${max}.`,
      });
    }
    return number;
  }

  period(name: string): string | null {
    const value = this.required(name);
    if (value === null) return null;
    if (parsePeriodCode(value) === null) {
      return this.fail(name, {
        id: `${value} bukan kode periode (contoh: 2025-2026).`,
        en: `${value} is not a period code (e.g. 2025-2026).`,
      });
    }
    return value;
  }

  /** A K/L code (upper-cased) or a Kemendagri region code. */
  institutionCode(name: string): string | null {
    const raw = this.value(name);
    const upper = raw.toUpperCase();
    if (KL_CODE.test(upper)) return upper;
    if (parseRegionCode(raw)) return raw;
    if (/^\d{2}\.\d$/.test(raw)) {
      return this.fail(name, {
        id: `${raw} tampaknya terbaca sebagai angka (misalnya 33.10 menjadi 33.1). Format kolom sebagai Teks dan tulis kode 2.2 digit.`,
        en: `${raw} looks like it was read as a number (e.g. 33.10 became 33.1). Format the column as Text and write the 2.2-digit code.`,
      });
    }
    return this.fail(name, {
      id: `${raw} bukan kode K/L (huruf kapital, contoh KEMENDAGRI) atau kode wilayah Kemendagri (33 atau 33.74).`,
      en: `${raw} is neither a ministry code (capitals, e.g. KEMENDAGRI) nor a Kemendagri region code (33 or 33.74).`,
    });
  }

  list(name: string): string[] {
    return this.value(name)
      .split(/[,;\s]+/)
      .map((v) => v.trim())
      .filter(Boolean);
  }
}

/** Reads every non-empty row of `table` with `readRow`; a row with a problem yields no record. */
export function readSheet<T>(
  spec: ImportSheetSpec,
  table: SheetTable,
  readRow: (row: RowReader, problems: ImportProblem[]) => T | null,
): SheetResult<T> {
  const { columns, problems } = readHeader(spec, table);
  const records: T[] = [];
  for (const { number, cells } of table.rows) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const before = problems.length;
    const record = readRow(new RowReader(table.name, number, cells, columns, problems), problems);
    if (record !== null && problems.length === before) records.push(record);
  }
  return { records, problems };
}

/** Keeps the first row of each key; later rows with the same key are problems. */
export class FirstSeen {
  private readonly rows = new Map<string, number>();

  /** The row that already had `key`, or null (and remembers `row`). */
  claim(key: string, row: number): number | null {
    const first = this.rows.get(key);
    if (first !== undefined) return first;
    this.rows.set(key, row);
    return null;
  }
}

/**
 * FirstSeen for keys made of a group and a member, for a sheet of many rows: the member (a cell's
 * own string) is kept as it is, where a joined key per row made the largest garbage of an import.
 */
export class FirstSeenInGroups {
  private readonly groups = new Map<string, Map<string, number>>();

  /** The row that already had `member` in `group`, or null (and remembers `row`). */
  claim(group: string, member: string, row: number): number | null {
    let rows = this.groups.get(group);
    if (rows === undefined) {
      rows = new Map();
      this.groups.set(group, rows);
    }
    const first = rows.get(member);
    if (first !== undefined) return first;
    rows.set(member, row);
    return null;
  }
}

/** "<what> already appears on row N". */
export const duplicate = (what: string, firstRow: number): BilingualText => ({
  id: `${what} sudah ada di baris ${firstRow} (duplikat dalam berkas).`,
  en: `${what} already appears on row ${firstRow} (duplicate in the file).`,
});
