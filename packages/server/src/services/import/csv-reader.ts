/**
 * A small streaming CSV reader for imports: RFC 4180 quoting (quoted delimiters, line breaks and
 * doubled quotes), `;`, `,` or tab as delimiter (detected from the header line, as Indonesian
 * spreadsheets save with `;`), UTF-8 with or without BOM, and Windows-1252 when the bytes are not
 * UTF-8 (older "CSV (comma delimited)" saves). The file is read in chunks, never whole.
 */
import { createReadStream } from 'node:fs';
import { fileProblem, type ImportProblem, type SheetTable } from '@pantau/core';

/** Splits CSV text pushed in chunks into records of fields. */
export class CsvParser {
  private delimiter: string | null = null;
  private pending = '';
  private field = '';
  private record: string[] = [];
  private inQuotes = false;
  /** A quote seen inside a quoted field: the end of the field, or the first of a doubled quote. */
  private quoteSeen = false;
  private lastWasCR = false;
  private recordNumber = 0;
  private recordStart = 1;
  /** Import sheets repeat the same codes on row after row: one string per distinct value. */
  private readonly shared = new SharedStrings();

  constructor(private readonly onRecord: (cells: string[], number: number) => void) {}

  push(text: string): void {
    if (this.delimiter === null) {
      this.pending += text;
      const newline = this.pending.search(/[\r\n]/);
      if (newline < 0) return;
      this.delimiter = detectDelimiter(this.pending.slice(0, newline));
      text = this.pending;
      this.pending = '';
    }
    this.consume(text);
  }

  /** Ends the input; returns the record number of an unclosed quoted field, if any. */
  end(): number | null {
    if (this.delimiter === null) {
      this.delimiter = detectDelimiter(this.pending);
      this.consume(this.pending);
      this.pending = '';
    }
    if (this.inQuotes && !this.quoteSeen) return this.recordStart;
    if (this.field !== '' || this.record.length > 0 || this.quoteSeen) this.finishRecord();
    return null;
  }

  /** Appends text to the field in runs — between quotes, delimiters and line breaks — not character by character. */
  private consume(text: string): void {
    const delimiter = this.delimiter as string;
    let i = 0;
    while (i < text.length) {
      if (this.lastWasCR) {
        this.lastWasCR = false;
        if (text[i] === '\n') {
          i++;
          continue;
        }
      }
      if (this.inQuotes) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (text[i] === '"') {
            this.field += '"';
            i++;
            continue;
          }
          this.inQuotes = false;
          // Falls through: the character after the closing quote is read as unquoted.
        } else {
          const quote = text.indexOf('"', i);
          const end = quote < 0 ? text.length : quote;
          if (end > i) this.field += text.slice(i, end);
          if (quote >= 0) this.quoteSeen = true;
          i = end + 1;
          continue;
        }
      }
      const c = text[i] as string;
      if (c === '"' && this.field === '') {
        this.inQuotes = true;
        i++;
      } else if (c === delimiter) {
        this.record.push(this.field);
        this.field = '';
        i++;
      } else if (c === '\n' || c === '\r') {
        this.lastWasCR = c === '\r';
        this.finishRecord();
        i++;
      } else {
        // A quote inside an unquoted field is text: the run ends only at a delimiter or line break.
        const end = runEnd(text, i + 1, delimiter);
        this.field += text.slice(i, end);
        i = end;
      }
    }
  }

  private finishRecord(): void {
    this.record.push(this.field);
    for (let i = 0; i < this.record.length; i++) this.record[i] = this.shared.of(this.record[i] as string);
    this.field = '';
    this.inQuotes = false;
    this.quoteSeen = false;
    this.recordNumber++;
    // A copy of exactly its length: the working array's spare capacity would stay with every row.
    const record = this.record.slice();
    this.record.length = 0;
    this.onRecord(record, this.recordNumber);
    this.recordStart = this.recordNumber + 1;
  }
}

/** The index of the next delimiter or line break in `text` from `start`, or its length. */
function runEnd(text: string, start: number, delimiter: string): number {
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === delimiter || c === '\n' || c === '\r') return i;
  }
  return text.length;
}

/** Hands out one instance per distinct short value, up to a bound, so repeated cells share memory. */
class SharedStrings {
  private readonly values = new Map<string, string>();

  of(value: string): string {
    if (value.length > 40) return value;
    const known = this.values.get(value);
    if (known !== undefined) return known;
    if (this.values.size < 50_000) this.values.set(value, value);
    return value;
  }
}

/** The delimiter a header line uses: whichever of `;`, `,` and tab occurs most outside quotes. */
export function detectDelimiter(line: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

async function parseFile(path: string, encoding: 'utf-8' | 'windows-1252', sheet: string) {
  const table: SheetTable = { name: sheet, header: [], rows: [] };
  const parser = new CsvParser((cells, number) => {
    if (number === 1) table.header = cells;
    else table.rows.push({ number, cells });
  });
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  for await (const chunk of createReadStream(path)) {
    parser.push(decoder.decode(chunk as Buffer, { stream: true }));
  }
  parser.push(decoder.decode());
  return { table, unclosedAt: parser.end() };
}

/** Reads a CSV file as one sheet named `sheet`, with any problem of the file itself. */
export async function readCsvTable(
  path: string,
  sheet: string,
): Promise<{ table: SheetTable; problems: ImportProblem[] }> {
  let parsed: Awaited<ReturnType<typeof parseFile>>;
  try {
    parsed = await parseFile(path, 'utf-8', sheet);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    parsed = await parseFile(path, 'windows-1252', sheet);
  }
  const problems: ImportProblem[] = [];
  if (parsed.unclosedAt !== null) {
    problems.push({
      ...fileProblem(sheet, {
        id: `Baris ${parsed.unclosedAt}: tanda kutip (") dibuka tetapi tidak ditutup sampai akhir berkas.`,
        en: `Row ${parsed.unclosedAt}: a quote (") opens but is never closed before the end of the file.`,
      }),
      row: parsed.unclosedAt,
    });
  }
  return { table: parsed.table, problems };
}
