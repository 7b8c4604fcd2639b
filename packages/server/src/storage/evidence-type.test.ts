import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectEvidenceType, refusalMessage } from './evidence-type.js';
import { HEAD_BYTES } from './upload-intake.js';

/** A zip (store method, no compression) of `entries`, in the given order. */
function zip(entries: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const OOXML = 'application/vnd.openxmlformats-officedocument';
const contentTypes = (main: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/main.xml" ContentType="${main}"/></Types>`;
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';

const docx = () =>
  zip({
    '[Content_Types].xml': contentTypes(`${OOXML}.wordprocessingml.document.main+xml`),
    '_rels/.rels': RELS,
    'word/document.xml': '<w:document/>',
  });
const xlsx = () =>
  zip({
    '[Content_Types].xml': contentTypes(`${OOXML}.spreadsheetml.sheet.main+xml`),
    '_rels/.rels': RELS,
    'xl/workbook.xml': '<workbook/>',
  });

/** A minimal OLE2 compound file: header and one directory sector with a root and one stream. */
function compoundFile(rootClass: string, streamName: string): Buffer {
  const file = Buffer.alloc(1024);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(file, 0);
  file.writeUInt16LE(0x3e, 24);
  file.writeUInt16LE(3, 26);
  file.writeUInt16LE(0xfffe, 28);
  file.writeUInt16LE(9, 30);
  file.writeUInt16LE(6, 32);
  file.writeUInt32LE(0, 48);
  const entry = (at: number, name: string, type: number) => {
    file.write(`${name}\0`, at, 'utf16le');
    file.writeUInt16LE((name.length + 1) * 2, at + 64);
    file[at + 66] = type;
  };
  entry(512, 'Root Entry', 5);
  Buffer.from(rootClass, 'hex').copy(file, 512 + 80);
  entry(640, streamName, 2);
  return file;
}

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG_HEADER = Buffer.from('ffd8ffe000104a46494600010101004800480000ffdb004300', 'hex');
const PDF = Buffer.from(
  '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

describe('detectEvidenceType accepts evidence by content', () => {
  it.each([
    ['a PDF', PDF, 'laporan.pdf', { mime: 'application/pdf', extension: 'pdf', label: 'PDF' }],
    ['a PNG', PNG_1X1, 'foto.png', { mime: 'image/png', extension: 'png' }],
    ['a JPEG', JPEG_HEADER, 'foto.jpeg', { mime: 'image/jpeg', extension: 'jpg' }],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'a.gif', { extension: 'gif' }],
    ['a DOCX', docx(), 'laporan.docx', { mime: `${OOXML}.wordprocessingml.document`, extension: 'docx' }],
    ['an XLSX', xlsx(), 'data.xlsx', { mime: `${OOXML}.spreadsheetml.sheet`, extension: 'xlsx' }],
    ['a DOCX whatever its name', docx(), 'scan.pdf', { extension: 'docx' }],
    [
      'an ODT',
      zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' }),
      'notulen.odt',
      { mime: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
    ],
    [
      'an XLSX whose manifest comes last (openpyxl)',
      zip({
        'docProps/app.xml': '<Properties/>',
        'xl/worksheets/sheet1.xml': `<worksheet>${'<row/>'.repeat(1000)}</worksheet>`,
        '[Content_Types].xml': contentTypes(`${OOXML}.spreadsheetml.sheet.main+xml`),
      }),
      'export.xlsx',
      { extension: 'xlsx' },
    ],
    [
      'a Word 97 document',
      compoundFile('0609020000000000c000000000000046', 'WordDocument'),
      'surat.doc',
      { mime: 'application/msword', extension: 'doc' },
    ],
    [
      'an Excel 97 workbook known by its stream',
      compoundFile('00'.repeat(16), 'Workbook'),
      'anggaran',
      { extension: 'xls' },
    ],
    [
      'a CSV',
      Buffer.from('\ufeffkode,nama,nilai\n3201,Kab. Bogor,87.5\n'),
      'nilai.csv',
      { mime: 'text/csv', extension: 'csv' },
    ],
    [
      'a CSV starting like a bitmap ("BM")',
      Buffer.from('BMKG,Stasiun,Hujan\n1,Bogor,12\n'),
      'hujan.csv',
      { extension: 'csv' },
    ],
    [
      'a text file',
      Buffer.from('Catatan rapat: pembahasan aksi PK.\n'),
      'catatan.txt',
      { mime: 'text/plain', extension: 'txt' },
    ],
  ])('%s', async (_, content, name, expected) => {
    // Detection sees only the head of a file, as after an upload.
    expect(await detectEvidenceType(content.subarray(0, HEAD_BYTES), name)).toMatchObject({ ok: true, ...expected });
  });

  it('accepts UTF-8 text whose head cuts a multi-byte character', async () => {
    const text = Buffer.from(`${'a'.repeat(4099)}é`);
    expect(await detectEvidenceType(text.subarray(0, 4100), 'x.csv')).toMatchObject({ ok: true, extension: 'csv' });
  });
});

describe('detectEvidenceType refuses what could run or hide', () => {
  it.each([
    ['an HTML page renamed .pdf', Buffer.from('<!DOCTYPE html><html><body>Hi</body></html>'), 'laporan.pdf', 'html'],
    ['HTML after a BOM and blank lines', Buffer.from('\ufeff\n  <html><script>alert(1)</script>'), 'a.csv', 'html'],
    ['text with a script tag', Buffer.from('nama,nilai\n<script>alert(1)</script>,1\n'), 'data.csv', 'html'],
    [
      'an SVG renamed .png',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>'),
      'foto.png',
      'svg',
    ],
    [
      'an SVG with an XML prolog',
      Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'a.txt',
      'svg',
    ],
    ['other XML', Buffer.from('<?xml version="1.0"?>\n<laporan><nilai>1</nilai></laporan>'), 'data.csv', 'xml'],
    ['a shell script renamed .csv', Buffer.from('#!/bin/sh\nrm -rf /\n'), 'data.csv', 'script'],
    ['PHP', Buffer.from('<?php system($_GET["c"]); ?>'), 'a.txt', 'script'],
    ['JavaScript', Buffer.from('"use strict";\nfetch("/api")'), 'a.txt', 'script'],
    [
      'a Windows program renamed .docx',
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]),
      'laporan.docx',
      'executable',
    ],
    [
      'an ELF program',
      Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(100)]),
      'a.pdf',
      'executable',
    ],
    [
      'a Mach-O program',
      Buffer.concat([Buffer.from('cffaedfe07000001', 'hex'), Buffer.alloc(100)]),
      'a.png',
      'executable',
    ],
    ['a Java class', Buffer.concat([Buffer.from('cafebabe00000034', 'hex'), Buffer.alloc(100)]), 'a.pdf', 'executable'],
    ['a Windows Installer package', compoundFile('84100c0000000000c000000000000046', 'x'), 'laporan.doc', 'executable'],
    [
      'a Java archive',
      zip({ 'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\n', 'A.class': 'x' }),
      'a.xlsx',
      'executable',
    ],
    ['a zip of random files renamed .xlsx', zip({ 'foto.jpg': 'abc', 'catatan.txt': 'def' }), 'data.xlsx', 'archive'],
    [
      'a gzip file',
      Buffer.from('1f8b0800000000000003cb48cdc9c95728cf2fca490100c2a99b3b0c000000', 'hex'),
      'a.pdf',
      'archive',
    ],
    [
      'a macro-enabled workbook',
      zip({
        '[Content_Types].xml': contentTypes('application/vnd.ms-excel.sheet.macroEnabled.main+xml'),
        'xl/vbaProject.bin': 'x',
      }),
      'a.xlsx',
      'macro',
    ],
    ['binary data', Buffer.from([0x00, 0x13, 0x37, 0xff, 0x00, 0x42, 0x99]), 'data.csv', 'unknown'],
    ['Latin-1 text', Buffer.from('nama,kota\nJos\xe9,Bogor\n', 'latin1'), 'data.csv', 'unknown'],
    ['plain text not named .csv or .txt', Buffer.from('hanya teks'), 'catatan.pdf', 'unknown'],
    [
      'a PNG with a page inside',
      Buffer.concat([PNG_1X1, Buffer.from('<html><script>alert(1)</script>')]),
      'a.png',
      'html',
    ],
    ['an empty file', Buffer.alloc(0), 'kosong.pdf', 'empty'],
  ])('%s', async (_, content, name, reason) => {
    expect(await detectEvidenceType(content.subarray(0, HEAD_BYTES), name)).toEqual({ ok: false, reason });
  });
});

describe('refusalMessage', () => {
  it('names the refused kind and what to upload instead, in both languages', () => {
    expect(refusalMessage('html')).toEqual({
      id: 'Jenis berkas tidak diterima (HTML). Unggah PDF, gambar (PNG/JPEG), dokumen Office/ODF, atau CSV/XLSX.',
      en: 'This file type is not accepted (HTML). Upload a PDF, an image (PNG/JPEG), an Office/ODF document, or CSV/XLSX.',
    });
    for (const reason of ['svg', 'xml', 'script', 'macro', 'executable', 'archive', 'unknown', 'empty'] as const) {
      const text = refusalMessage(reason);
      expect(text.id).toMatch(/Unggah|unggah/);
      expect(text.en).toMatch(/Upload|upload|Save/);
    }
  });
});
