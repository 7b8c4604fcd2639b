/**
 * Institutions that carry actions: ministries and agencies (K/L) and regional governments
 * (Pemda) identified by their Kemendagri region code.
 */
import { z } from './zod.js';

/** Kinds of institution. */
export const INSTITUTION_TYPES = ['kl', 'provinsi', 'kabupaten', 'kota'] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];
export const institutionTypeSchema = z.enum(INSTITUTION_TYPES);

/** The three Pemda types. */
export const PEMDA_TYPES: readonly InstitutionType[] = ['provinsi', 'kabupaten', 'kota'];

/** A ministry/agency code: upper-case letters and digits, e.g. `KEMENDAGRI`. */
export const klCodeSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{1,15}$/, 'Kode K/L: huruf kapital dan angka, 2–16 karakter (contoh: KEMENDAGRI)');

/** A Kemendagri province (`33`) or regency/city (`33.74`) code. */
export const regionCodeSchema = z
  .string()
  .regex(/^\d{2}(\.\d{2})?$/, 'Kode wilayah Kemendagri: 2 digit (provinsi) atau 2.2 digit (kabupaten/kota)');

/** What a Kemendagri region code says about the region it names. */
export interface RegionCodeInfo {
  type: Exclude<InstitutionType, 'kl'>;
  provinceCode: string;
}

/**
 * Reads a Kemendagri region code: `33` is a province, `33.01`–`33.70` a kabupaten and
 * `33.71`–`33.99` a kota of province 33. Returns null for anything else.
 */
export function parseRegionCode(code: string): RegionCodeInfo | null {
  const match = /^(\d{2})(?:\.(\d{2}))?$/.exec(code);
  if (!match) return null;
  const provinceCode = match[1] as string;
  if (provinceCode === '00') return null;
  if (match[2] === undefined) return { type: 'provinsi', provinceCode };
  const local = Number(match[2]);
  if (local === 0) return null;
  return { type: local >= 71 ? 'kota' : 'kabupaten', provinceCode };
}

/** Abbreviations written in capitals in official region names: Daerah Khusus Ibukota, Daerah Istimewa, Administrasi. */
const REGION_ACRONYMS = new Set(['DKI', 'DI']);
/** Words written in lower case inside a name ("Pangkajene dan Kepulauan"), never as its first word. */
const REGION_LOWER_WORDS = new Set(['dan', 'di', 'ke', 'dari']);
/** Words that say what kind of region follows; the name proper starts after them. */
const REGION_TYPE_WORDS = new Set(['provinsi', 'kabupaten', 'kota', 'adm.', 'administrasi']);

/**
 * Writes the upper-case names of the Kemendagri lists as the official names are written:
 * "DKI JAKARTA" → "DKI Jakarta", "KABUPATEN PANGKAJENE DAN KEPULAUAN" → "Kabupaten Pangkajene dan
 * Kepulauan", "DI YOGYAKARTA" → "DI Yogyakarta", "KOTA ADM. JAKARTA PUSAT" → "Kota Adm. Jakarta
 * Pusat", "KABUPATEN TOLI-TOLI" → "Kabupaten Toli-Toli". Each word and each part after a hyphen,
 * slash or parenthesis starts with a capital; DKI and DI stay in capitals as the first word of the
 * name proper; dan, di, ke and dari are lower case inside it.
 */
export function titleCaseRegionName(name: string): string {
  let properStarted = false;
  return name
    .trim()
    .split(/\s+/)
    .map((word) => {
      const lower = word.toLowerCase();
      const first = !properStarted;
      if (!REGION_TYPE_WORDS.has(lower)) properStarted = true;
      if (first && REGION_ACRONYMS.has(word.toUpperCase()) && !REGION_TYPE_WORDS.has(lower)) return word.toUpperCase();
      if (!first && REGION_LOWER_WORDS.has(lower)) return lower;
      return lower.replace(/(^|[(/-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join(' ');
}
