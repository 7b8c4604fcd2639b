/**
 * File names of evidence as people gave them, made safe to store, list and download: no paths,
 * no control or direction-override characters, and an extension that matches the content.
 */

const MAX_LENGTH = 120;
const FALLBACK_STEM = 'berkas';
/** A trailing extension: up to five letters/digits with at least one letter ("2024" is not one). */
const LAST_EXTENSION = /\.((?=[\p{N}]*\p{L})[\p{L}\p{N}]{1,5})$/u;
/** Extensions that name the same format as the detected one. */
const SYNONYMS: Record<string, string[]> = { jpg: ['jpeg', 'jpe'], tif: ['tiff'] };

/**
 * A safe display and download name for an uploaded file whose content was detected as
 * `extension`: the base name only, NFC, letters (any script), digits, spaces and `.-_()`, at most
 * 120 characters, ending in `.<extension>` (a different last extension is replaced).
 */
export function sanitizeFileName(name: string, extension: string): string {
  const ext = extension.toLowerCase();
  const clean = cleanBaseName(name);
  let [stem, last] = splitExtension(clean);
  if (last !== undefined && !isSameFormat(last, ext)) {
    // "laporan.pdf.exe" holding a PDF becomes "laporan.pdf", not "laporan.pdf.pdf".
    const [innerStem, inner] = splitExtension(stem);
    [stem, last] = inner !== undefined && isSameFormat(inner, ext) ? [innerStem, inner] : [stem, undefined];
  }
  stem = trimDotsAndSpaces(stem);
  // A name that was only an extension (".pdf", trimmed to "pdf") keeps nothing worth showing.
  if (stem === '' || (!clean.includes('.') && stem.toLowerCase() === ext)) return `${FALLBACK_STEM}.${ext}`;
  const suffix = `.${last ?? ext}`;
  const room = MAX_LENGTH - Array.from(suffix).length;
  const chars = Array.from(stem);
  if (chars.length > room) stem = trimDotsAndSpaces(chars.slice(0, room).join(''));
  return stem + suffix;
}

/** `name` split before its last extension, if it has one. */
function splitExtension(name: string): [stem: string, extension: string | undefined] {
  const match = LAST_EXTENSION.exec(name);
  return match ? [name.slice(0, match.index), match[1]] : [name, undefined];
}

function isSameFormat(candidate: string, extension: string): boolean {
  const lower = candidate.toLowerCase();
  return lower === extension || (SYNONYMS[extension]?.includes(lower) ?? false);
}

/** The last path segment with only safe characters, single spaces and no leading/trailing dots. */
function cleanBaseName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  return trimDotsAndSpaces(
    base
      .normalize('NFC')
      .replace(/\p{Pd}/gu, '-')
      .replace(/\s/gu, ' ')
      // Controls and format characters (a right-to-left override can make "fdp.exe" read "exe.pdf").
      .replace(/\p{C}/gu, '')
      .replace(/[^\p{L}\p{M}\p{N} .\-_()]/gu, ' ')
      .replace(/ {2,}/g, ' ')
      .replace(/\.{2,}/g, '.'),
  );
}

function trimDotsAndSpaces(value: string): string {
  return value.replace(/^[. ]+|[. ]+$/g, '');
}

/**
 * A `Content-Disposition` value that makes browsers download the file under `fileName`: an ASCII
 * fallback for old clients and the exact name in RFC 5987 form.
 */
export function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/\p{Pd}/gu, '-')
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\]/g, '_')
      .trim() || FALLBACK_STEM;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
