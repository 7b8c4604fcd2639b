import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { sendTable } from '../../http/table-reply.js';
import {
  csvStream,
  gridTable,
  keysetRows,
  sheetName,
  TABLE_CONTENT_TYPES,
  type Table,
  tableFile,
  xlsxStream,
} from './table-writer.js';

interface Row {
  id: number;
  name: string;
  active: boolean;
}

const COLUMNS = [
  { header: 'id', value: (r: Row) => r.id },
  { header: 'nama', value: (r: Row) => r.name },
  { header: 'aktif', value: (r: Row) => r.active },
];

const table = (rows: Iterable<Row> | AsyncIterable<Row>, sheet = 'Data'): Table<Row> => ({
  fileName: 'pantau-uji',
  sheet,
  columns: COLUMNS,
  rows,
});

async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Rows that count how many were read: what a reader that stops pulling leaves unread. */
function countedRows(total: number) {
  const state = { pulled: 0 };
  async function* rows(): AsyncGenerator<Row> {
    for (let id = 1; id <= total; id++) {
      state.pulled = id;
      yield { id, name: `Instansi nomor ${id} dengan nama yang cukup panjang ${'x'.repeat(40)}`, active: id % 2 === 0 };
    }
  }
  return { state, rows: rows() };
}

describe('the table writer', () => {
  it('writes CSV with a BOM, the headers, yes/no in Bahasa Indonesia and formulas neutralised', async () => {
    const text = (
      await bytesOf(
        csvStream(
          table([
            { id: 1, name: '=SUM(A1)', active: true },
            { id: 2, name: 'Kota "Bogor", Jawa Barat', active: false },
          ]),
        ),
      )
    ).toString('utf8');
    expect(text).toBe('\uFEFFid,nama,aktif\r\n1,\'=SUM(A1),ya\r\n2,"Kota ""Bogor"", Jawa Barat",tidak\r\n');
  });

  it('writes XLSX with a bold frozen header row and plain values (never formulas)', async () => {
    const file = tableFile(table([{ id: 7, name: '=1+1', active: true }], 'Instansi'), 'xlsx');
    expect(file.fileName).toBe('pantau-uji.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(file.stream)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Instansi');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'id', 'nama', 'aktif']);
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(2).values).toEqual([undefined, 7, '=1+1', 'ya']);
    expect(sheet?.getCell('B2').formula).toBeUndefined();
  });

  it('has one content type per format', () => {
    expect(TABLE_CONTENT_TYPES).toEqual({
      csv: 'text/csv; charset=utf-8',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(tableFile(table([]), 'csv').contentType).toBe('text/csv; charset=utf-8');
    expect(tableFile(table([]), 'xlsx').contentType).toBe(TABLE_CONTENT_TYPES.xlsx);
  });

  it('makes sheet names valid: no forbidden characters, at most 31 characters, never empty', async () => {
    expect(sheetName('Rincian: aksi/output [2025]?*\\')).toBe('Rincian aksi output 2025');
    expect(sheetName("'Kutip'")).toBe('Kutip');
    expect(sheetName('Kabupaten Kepulauan Siau Tagulandang Biaro')).toBe('Kabupaten Kepulauan Siau Tagula');
    expect(Array.from(sheetName('証拠'.repeat(40)))).toHaveLength(31);
    expect(sheetName('[]:*?/\\')).toBe('Data');
    expect(sheetName('History')).toBe('Data');
    // exceljs refuses an invalid name outright: the sanitised one is written and read back.
    const file = tableFile(table([{ id: 1, name: 'a', active: false }], 'Provinsi: Jawa/Bali [*]'), 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(file.stream)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Provinsi Jawa Bali']);
  });

  it('reads rows of a grid table by header position and keyset pages until a short page', async () => {
    const grid = gridTable({ fileName: 'g', sheet: 'g', headers: ['a', 'b'], rows: [[1, 'x'], [2]] });
    expect((await bytesOf(csvStream(grid))).toString('utf8')).toBe('\uFEFFa,b\r\n1,x\r\n2,\r\n');
    const calls: number[] = [];
    const numbers = Array.from({ length: 5 }, (_, i) => i + 1);
    const rows = keysetRows(
      0,
      2,
      async (after) => {
        calls.push(after);
        return numbers.filter((n) => n > after).slice(0, 2);
      },
      (n) => n,
    );
    const read: number[] = [];
    for await (const n of rows) read.push(n);
    expect(read).toEqual(numbers);
    expect(calls).toEqual([0, 2, 4]);
  });

  it.each(['csv', 'xlsx'] as const)(
    'stops reading rows while the reader of a large %s does not read',
    async (format) => {
      const total = 200_000;
      const { state, rows } = countedRows(total);
      const stream = format === 'csv' ? csvStream(table(rows)) : xlsxStream(table(rows));
      const reader = stream[Symbol.asyncIterator]();
      await reader.next();
      // The reader takes one chunk and then nothing: the writer must come to rest well before the end.
      let before = -1;
      for (let sample = 0; sample < 20 && state.pulled !== before; sample++) {
        before = state.pulled;
        await sleep(300);
      }
      expect(state.pulled).toBe(before);
      expect(state.pulled).toBeLessThan(total / 10);
      stream.destroy();
    },
  );

  it('sends a download whose non-ASCII file name survives (RFC 6266/5987), with the content type', async () => {
    const app = Fastify();
    app.get('/t', (_request, reply) =>
      sendTable(
        reply,
        { ...table([{ id: 1, name: 'a', active: true }]), fileName: 'pantau-aduan-Kota Banda Aceh – Ñandú 証拠' },
        'csv',
      ),
    );
    const response = await app.inject({ url: '/t' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="pantau-aduan-Kota Banda Aceh - Nandu __.csv"; ' +
        "filename*=UTF-8''pantau-aduan-Kota%20Banda%20Aceh%20%E2%80%93%20%C3%91and%C3%BA%20%E8%A8%BC%E6%8B%A0.csv",
    );
    expect(response.body).toBe('\uFEFFid,nama,aktif\r\n1,a,ya\r\n');
    await app.close();
  });
});
