/**
 * What a picker lists and how a typed query finds it, without React: an option is a thing named by
 * people (an institution, an aksi, a period) with the code the system keeps beside it.
 */
import { normalisePeriodCode } from '@pantau/core';

/** One choosable thing: its code (what the form sends), its name, and a line that tells it apart. */
export interface PickerOption {
  code: string;
  name: string;
  /** What is shown beside the name: the code unless set (an e-mail for accounts; null: nothing). */
  badge?: string | null;
  /** E.g. "Jawa Barat", an institution, "aktif": what tells options of the same name apart. */
  detail?: string;
}

/** The text shown beside an option's name, or null. */
export function badgeOf(option: PickerOption): string | null {
  if (option.badge !== undefined) return option.badge;
  return option.code === option.name ? null : option.code;
}

/** Lower case, without diacritics, every dash as "-": "Kabupaten Pidie Jaya – 11.18" → "kabupaten pidie jaya - 11.18". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}

/** The words of a query, folded; a period written "2025–2026" counts as its code. */
export function queryWords(query: string): string[] {
  return foldText(normalisePeriodCode(query)).split(/\s+/).filter(Boolean);
}

/** Whether every word of `query` appears in the option's name, code or detail. */
export function matchesQuery(option: PickerOption, query: string): boolean {
  const haystack = foldText(`${option.name} ${option.code} ${option.badge ?? ''} ${option.detail ?? ''}`);
  return queryWords(query).every((word) => haystack.includes(word));
}

/** 0 for an exact code, 1 for a name starting with the query, 2 otherwise: the closer, the higher in the list. */
function closeness(option: PickerOption, query: string): number {
  const folded = foldText(normalisePeriodCode(query.trim()));
  if (foldText(option.code) === folded) return 0;
  return foldText(option.name).startsWith(folded) ? 1 : 2;
}

/**
 * The options matching `query`, closest first (an exact code, then names starting with it), else
 * in their own order; at most `limit`, leaving out the codes in `exclude` (already chosen).
 */
export function filterOptions(
  options: readonly PickerOption[],
  query: string,
  { limit = 50, exclude = [] }: { limit?: number; exclude?: readonly string[] } = {},
): PickerOption[] {
  const skip = new Set(exclude);
  return options
    .map((option, index) => ({ option, index }))
    .filter(({ option }) => !skip.has(option.code) && matchesQuery(option, query))
    .sort((a, b) => closeness(a.option, query) - closeness(b.option, query) || a.index - b.index)
    .slice(0, limit)
    .map(({ option }) => option);
}

/** What a single-choice picker's box shows once chosen: "Kota Bandung (32.73)"; the name alone without a badge. */
export function optionText(option: PickerOption): string {
  const badge = badgeOf(option);
  return badge ? `${option.name} (${badge})` : option.name;
}

/**
 * The codes in a pasted list, in order, each once: "32.73, 32.01\n32.73" → ["32.73", "32.01"].
 * Codes of ministries are letters and kept in capitals.
 */
export function splitCodeList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}
