/**
 * Decides whether an uploaded file is an accepted kind of evidence, by its content. The name only
 * picks between text formats (CSV or plain text) and helps name a legacy Office file whose
 * directory lies beyond the head. Anything a browser could run or render as a page is refused.
 */
import { fileTypeFromBuffer } from 'file-type';
import { AppError, type LocalizedText } from '../errors.js';

/** An accepted evidence type. */
export interface EvidenceType {
  ok: true;
  mime: string;
  /** Canonical extension without the dot, e.g. `pdf`. */
  extension: string;
  /** Short name of the format for people, e.g. `PDF`. */
  label: string;
}

/** Why a file was refused. */
export type RefusalReason =
  | 'html'
  | 'svg'
  | 'xml'
  | 'script'
  | 'macro'
  | 'executable'
  | 'archive'
  | 'unknown'
  | 'empty';

/** A refused file. */
export interface RefusedType {
  ok: false;
  reason: RefusalReason;
}

type Verdict = EvidenceType | RefusedType;

const accepted = (mime: string, extension: string, label: string): EvidenceType => ({
  ok: true,
  mime,
  extension,
  label,
});
const refused = (reason: RefusalReason): RefusedType => ({ ok: false, reason });

const OOXML = 'application/vnd.openxmlformats-officedocument';
const PDF = accepted('application/pdf', 'pdf', 'PDF');
const DOCX = accepted(`${OOXML}.wordprocessingml.document`, 'docx', 'DOCX');
const XLSX = accepted(`${OOXML}.spreadsheetml.sheet`, 'xlsx', 'XLSX');
const PPTX = accepted(`${OOXML}.presentationml.presentation`, 'pptx', 'PPTX');
const DOC = accepted('application/msword', 'doc', 'DOC');
const XLS = accepted('application/vnd.ms-excel', 'xls', 'XLS');
const PPT = accepted('application/vnd.ms-powerpoint', 'ppt', 'PPT');
const CSV = accepted('text/csv', 'csv', 'CSV');
const TXT = accepted('text/plain', 'txt', 'TXT');

const IMAGES: Record<string, EvidenceType> = {
  png: accepted('image/png', 'png', 'PNG'),
  jpg: accepted('image/jpeg', 'jpg', 'JPEG'),
  gif: accepted('image/gif', 'gif', 'GIF'),
  webp: accepted('image/webp', 'webp', 'WebP'),
  tif: accepted('image/tiff', 'tif', 'TIFF'),
};

/** Accepted formats by file-type's extension. */
const ACCEPTED: Record<string, EvidenceType> = {
  pdf: PDF,
  ...IMAGES,
  docx: DOCX,
  xlsx: XLSX,
  pptx: PPTX,
  odt: accepted('application/vnd.oasis.opendocument.text', 'odt', 'ODT'),
  ods: accepted('application/vnd.oasis.opendocument.spreadsheet', 'ods', 'ODS'),
  odp: accepted('application/vnd.oasis.opendocument.presentation', 'odp', 'ODP'),
};

/** Refused formats by file-type's extension; anything else binary is `unknown`. */
const REFUSED: Record<string, RefusalReason> = {
  ...reasonFor('executable', 'exe elf macho msi apk jar deb rpm class dmg wasm crx xpi swf lnk chm'),
  ...reasonFor('macro', 'docm dotm xlsm xltm pptm potm ppsm'),
  ...reasonFor('archive', 'zip rar 7z gz tar tar.gz bz2 xz zst lz lz4 lzh arj cab ar cpio Z ace asar epub'),
  reg: 'script',
};

function reasonFor(reason: RefusalReason, extensions: string): Record<string, RefusalReason> {
  return Object.fromEntries(extensions.split(' ').map((ext) => [ext, reason]));
}

/**
 * The evidence type of a file from its first bytes (`head`, up to 4100) and its name, or why it is
 * refused.
 */
export async function detectEvidenceType(head: Buffer, fileName: string): Promise<Verdict> {
  if (head.length === 0) return refused('empty');
  const native = nativeCodeOrScript(head);
  if (native) return refused(native);

  const detected = await fileTypeFromBuffer(head);
  if (detected) {
    const image = IMAGES[detected.ext];
    // A page hidden in an image (a polyglot) would run if a browser ever sniffed it as HTML.
    if (image) return hasMarkup(head) ? refused('html') : image;
    const known = ACCEPTED[detected.ext];
    if (known) return known;
    if (detected.ext === 'zip') return officeFromZipEntries(head) ?? refused('archive');
    if (detected.ext === 'cfb') return legacyOffice(head, fileName);
    const reason = REFUSED[detected.ext];
    if (reason) return refused(reason);
  }
  // file-type also matches short signatures that plain text can start with ("BM" of a CSV row
  // beginning "BMKG" reads as a bitmap), so any other verdict gives way to a text check.
  const text = decodeUtf8Text(head);
  if (text === undefined) return refused(detected?.ext === 'xml' ? 'xml' : 'unknown');
  return textType(text, fileName);
}

/** Programs and scripts recognised by their first bytes, before anything else. */
function nativeCodeOrScript(head: Buffer): RefusalReason | undefined {
  const magic = head.subarray(0, 4).toString('hex');
  if (magic.startsWith('4d5a') || magic === '7f454c46') return 'executable'; // MZ (Windows), ELF
  // Mach-O 32/64-bit in both byte orders; CAFEBABE is a Mach-O universal binary or a Java class.
  if (['feedface', 'feedfacf', 'cefaedfe', 'cffaedfe', 'cafebabe'].includes(magic)) return 'executable';
  if (head[0] === 0x23 && head[1] === 0x21) return 'script'; // #!
  return undefined;
}

function hasMarkup(head: Buffer): boolean {
  const text = head.toString('latin1').toLowerCase();
  return ['<script', '<html', '<iframe'].some((tag) => text.includes(tag));
}

/** The head as text if it is valid UTF-8 without NUL bytes (a cut-off last character is allowed). */
function decodeUtf8Text(head: Buffer): string | undefined {
  if (head.includes(0)) return undefined;
  try {
    // `stream: true` keeps a multi-byte character cut at the end of the head from counting as invalid.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(head, { stream: true });
  } catch {
    return undefined;
  }
}

/** Tags that make a browser treat a document as HTML (WHATWG MIME sniffing) or run code. */
const HTML_START =
  /^<(?:!doctype\s+html|html|head|body|script|iframe|title|style|div|table|font|a|b|p|br|h1|object|embed)[\s>/]/;
const HTML_ANYWHERE = /<(?:script|iframe|html|object|embed)[\s>/]|<!doctype\s+html/;
const JAVASCRIPT_START =
  /^(?:["']use strict["']|\(\s*function|function[\s*(]|(?:import|export)\s+[\w{*]|(?:const|let|var)\s+[\w$]+\s*=|require\s*\()/;

function textType(text: string, fileName: string): Verdict {
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (start.length === 0) return refused('empty');
  if (HTML_START.test(start) || HTML_ANYWHERE.test(start)) return refused('html');
  if (start.startsWith('<svg') || (start.startsWith('<') && start.includes('<svg'))) return refused('svg');
  if (/<\?php|<\?=/.test(start) || start.startsWith('<%') || start.startsWith('@echo off')) return refused('script');
  if (/^<[?!a-z]/.test(start)) return refused('xml');
  if (JAVASCRIPT_START.test(start)) return refused('script');
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return CSV;
  if (name.endsWith('.txt')) return TXT;
  return refused('unknown');
}

/**
 * An Office Open XML document whose `[Content_Types].xml` lies beyond the head (some generators,
 * openpyxl among them, write it last), recognised by its part names. When the manifest was in the
 * head, file-type has already judged it.
 */
function officeFromZipEntries(head: Buffer): Verdict | undefined {
  const names = zipEntryNames(head);
  if (names.includes('[Content_Types].xml')) return undefined;
  if (names.some((name) => name.endsWith('vbaProject.bin'))) return refused('macro');
  if (!names.some((name) => name === '_rels/.rels' || name.startsWith('docProps/'))) return undefined;
  if (names.some((name) => name.startsWith('word/'))) return DOCX;
  if (names.some((name) => name.startsWith('xl/'))) return XLSX;
  if (names.some((name) => name.startsWith('ppt/'))) return PPTX;
  return undefined;
}

/** Names of the zip entries whose local headers lie in the head, in order. */
function zipEntryNames(head: Buffer): string[] {
  const names: string[] = [];
  let offset = 0;
  while (offset + 30 <= head.length && head.readUInt32LE(offset) === 0x04034b50) {
    const flags = head.readUInt16LE(offset + 6);
    const compressedSize = head.readUInt32LE(offset + 18);
    const nameLength = head.readUInt16LE(offset + 26);
    const extraLength = head.readUInt16LE(offset + 28);
    if (offset + 30 + nameLength > head.length) break;
    names.push(head.toString('utf8', offset + 30, offset + 30 + nameLength));
    // With a data descriptor the size follows the data, so the next header cannot be found.
    if (flags & 0x08) break;
    offset += 30 + nameLength + extraLength + compressedSize;
  }
  return names;
}

/** Root-entry class ids of compound files (GUIDs as written in the file). */
const WINDOWS_INSTALLER_CLASSES = new Set([
  '000C1084-0000-0000-C000-000000000046', // .msi
  '000C1086-0000-0000-C000-000000000046', // .msp
  '000C1082-0000-0000-C000-000000000046', // .mst
]);
const OFFICE_CLASSES: Record<string, EvidenceType> = {
  '00020906-0000-0000-C000-000000000046': DOC,
  '00020820-0000-0000-C000-000000000046': XLS,
  '00020810-0000-0000-C000-000000000046': XLS,
  '64818D10-4F9B-11CF-86EA-00AA00B929E8': PPT,
};
const OFFICE_STREAMS: Record<string, EvidenceType> = {
  WordDocument: DOC,
  Workbook: XLS,
  Book: XLS,
  'PowerPoint Document': PPT,
};
const LEGACY_BY_EXTENSION: Record<string, EvidenceType> = { doc: DOC, xls: XLS, ppt: PPT };

/**
 * A Word/Excel/PowerPoint 97–2003 file (OLE2 compound file). Windows Installer packages share the
 * container and are refused. The kind comes from the root's class id or the stream names when the
 * first directory sector lies in the head; otherwise from the file name.
 */
function legacyOffice(head: Buffer, fileName: string): Verdict {
  const directory = compoundFileDirectory(head);
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (['msi', 'msp', 'mst'].includes(extension)) return refused('executable');
  if (directory) {
    if (WINDOWS_INSTALLER_CLASSES.has(directory.rootClass)) return refused('executable');
    // Installer tables have names packed into the U+3800–U+4840 range.
    if (directory.names.some((name) => /[\u3800-\u4840]/.test(name))) return refused('executable');
    const byClass = OFFICE_CLASSES[directory.rootClass];
    if (byClass) return byClass;
    for (const name of directory.names) {
      const byStream = OFFICE_STREAMS[name];
      if (byStream) return byStream;
    }
  }
  return LEGACY_BY_EXTENSION[extension] ?? refused('unknown');
}

/** The root class id and entry names of a compound file's first directory sector, if it lies in the head. */
function compoundFileDirectory(head: Buffer): { rootClass: string; names: string[] } | undefined {
  if (head.length < 512) return undefined;
  const sectorShift = head.readUInt16LE(30);
  if (sectorShift !== 9 && sectorShift !== 12) return undefined;
  const sectorSize = 1 << sectorShift;
  // The header fills sector "-1", so sector n starts at (n + 1) × size.
  const start = (head.readUInt32LE(48) + 1) * sectorSize;
  if (start + 128 > head.length) return undefined;
  const end = Math.min(start + sectorSize, head.length);
  const names: string[] = [];
  for (let entry = start; entry + 128 <= end; entry += 128) {
    const nameBytes = head.readUInt16LE(entry + 64);
    if (nameBytes < 2 || nameBytes > 64) continue;
    names.push(head.toString('utf16le', entry, entry + nameBytes - 2));
  }
  return { rootClass: guid(head.subarray(start + 80, start + 96)), names };
}

function guid(bytes: Buffer): string {
  const hex = (from: number, to: number) => bytes.subarray(from, to).toString('hex');
  const swapped = (from: number, to: number) => Buffer.from(bytes.subarray(from, to)).reverse().toString('hex');
  return [swapped(0, 4), swapped(4, 6), swapped(6, 8), hex(8, 10), hex(10, 16)].join('-').toUpperCase();
}

const WHAT_TO_UPLOAD: LocalizedText = {
  id: 'Unggah PDF, gambar (PNG/JPEG), dokumen Office/ODF, atau CSV/XLSX.',
  en: 'Upload a PDF, an image (PNG/JPEG), an Office/ODF document, or CSV/XLSX.',
};

const REASON_NAMES: Record<Exclude<RefusalReason, 'empty' | 'unknown' | 'macro'>, LocalizedText> = {
  html: { id: 'HTML', en: 'HTML' },
  svg: { id: 'SVG', en: 'SVG' },
  xml: { id: 'XML', en: 'XML' },
  script: { id: 'skrip', en: 'script' },
  executable: { id: 'program', en: 'program' },
  archive: { id: 'arsip ZIP/RAR/7z', en: 'ZIP/RAR/7z archive' },
};

/** What to tell the uploader about a refused file, including what is accepted. */
export function refusalMessage(reason: RefusalReason): LocalizedText {
  switch (reason) {
    case 'empty':
      return {
        id: `Berkas kosong. Pilih berkas yang benar. ${WHAT_TO_UPLOAD.id}`,
        en: `The file is empty. Choose the right file. ${WHAT_TO_UPLOAD.en}`,
      };
    case 'unknown':
      return {
        id: `Jenis berkas tidak dikenali atau tidak diterima. ${WHAT_TO_UPLOAD.id}`,
        en: `The file type is not recognised or not accepted. ${WHAT_TO_UPLOAD.en}`,
      };
    case 'macro':
      return {
        id: 'Dokumen bermakro tidak diterima. Simpan ulang tanpa makro sebagai DOCX, XLSX atau PPTX, lalu unggah lagi.',
        en: 'Documents with macros are not accepted. Save it again without macros as DOCX, XLSX or PPTX, then upload it.',
      };
    default: {
      const name = REASON_NAMES[reason];
      return {
        id: `Jenis berkas tidak diterima (${name.id}). ${WHAT_TO_UPLOAD.id}`,
        en: `This file type is not accepted (${name.en}). ${WHAT_TO_UPLOAD.en}`,
      };
    }
  }
}

/** The uploaded file's content is not an accepted evidence type. */
export class EvidenceTypeRefusedError extends AppError {
  constructor(readonly reason: RefusalReason) {
    super(415, 'file_type_refused', refusalMessage(reason));
  }
}
