/**
 * Where pickers find their options. Institutions and accounts are searched on the server, a page
 * at a time (designed for 70,000 villages, never loaded whole); short lists (provinces, periods, a
 * period's aksi and outputs) are fetched once, kept for a few minutes, and filtered here.
 */
import type { CatalogueDto, InstitutionDto, InstitutionType, PeriodDto } from '@pantau/core';
import { keep } from '../../api/keep';
import { apiGet, type CallOptions } from '../../api/typed';
import { byNumericCode } from '../../lib/codes';
import { formatPeriodCode } from '../../lib/format';
import { filterOptions, type PickerOption } from './picker-options';

/** A list a picker chooses from. */
export interface PickerSource {
  /** Names the list: a picker searches again when it changes (e.g. another period's aksi). */
  key: string;
  /** Characters to type before the list is searched; 0 opens the whole (short) list at once. */
  minQuery: number;
  /** Options matching `query`, closest first, leaving out the `exclude` codes. */
  search(query: string, exclude: readonly string[], call: CallOptions): Promise<PickerOption[]>;
  /** The options of chosen codes, to show them by name; unknown codes are left out. */
  lookup(codes: readonly string[], call: CallOptions): Promise<PickerOption[]>;
}

/** How many matches a searched list shows at once: enough to spot the one, short enough to scan. */
export const SEARCH_LIMIT = 20;

/** A short list fetched once and filtered here. */
function shortList(key: string, load: (call: CallOptions) => Promise<PickerOption[]>): PickerSource {
  // The list itself does not depend on the caller's signal: an aborted search must not spoil it.
  const all = (call: CallOptions) => keep(`${key}:${call.lang}`, () => load({ lang: call.lang }));
  return {
    key,
    minQuery: 0,
    async search(query, exclude, call) {
      return filterOptions(await all(call), query, { exclude });
    },
    async lookup(codes, call) {
      const options = await all(call);
      return codes.flatMap((code) => options.find((option) => option.code === code) ?? []);
    },
  };
}

/** Words that tell institutions apart in a list: the province of a kabupaten or kota, else the type. */
export interface InstitutionWords {
  type: (type: InstitutionType) => string;
}

function provinceNames(call: CallOptions): Promise<Map<string, string>> {
  return keep('province-names', async () => {
    const page = await apiGet('/api/institutions', { query: { type: 'provinsi', limit: 100 } }, { lang: call.lang });
    return new Map(page.items.map((province) => [province.code, province.name.replace(/^Provinsi /, '')]));
  });
}

async function institutionOptions(
  items: readonly InstitutionDto[],
  words: InstitutionWords,
  call: CallOptions,
): Promise<PickerOption[]> {
  const needsProvince = items.some((item) => item.type === 'kabupaten' || item.type === 'kota');
  const provinces = needsProvince ? await provinceNames(call) : new Map<string, string>();
  return items.map((item) => ({
    code: item.code,
    name: item.name,
    detail:
      (item.type === 'kabupaten' || item.type === 'kota') && item.provinceCode
        ? (provinces.get(item.provinceCode) ?? words.type(item.type))
        : words.type(item.type),
  }));
}

/** Institutions searched on the server by name or code, optionally of one type or province. */
export function institutionSource(
  words: InstitutionWords,
  filter: { type?: InstitutionType; province?: string } = {},
): PickerSource {
  return {
    key: `institutions:${filter.type ?? ''}:${filter.province ?? ''}`,
    minQuery: 1,
    async search(query, exclude, call) {
      // Chosen ones are left out here, so ask for a few more than are shown.
      const limit = SEARCH_LIMIT + Math.min(exclude.length, SEARCH_LIMIT);
      const page = await apiGet('/api/institutions', { query: { q: query.trim(), limit, ...filter } }, call);
      const skip = new Set(exclude);
      const items = page.items.filter((item) => !skip.has(item.code)).slice(0, SEARCH_LIMIT);
      return institutionOptions(items, words, call);
    },
    async lookup(codes, call) {
      if (codes.length === 0) return [];
      const page = await apiGet('/api/institutions', { query: { codes: codes.join(','), limit: 500 } }, call);
      return institutionOptions(page.items, words, call);
    },
  };
}

/** The 38 provinces, by name; the code is the province's Kemendagri code. */
export function provinceSource(): PickerSource {
  return shortList('provinces', async (call) => {
    const page = await apiGet('/api/institutions', { query: { type: 'provinsi', limit: 100 } }, call);
    return page.items.map((province) => ({ code: province.code, name: province.name.replace(/^Provinsi /, '') }));
  });
}

/** The periods, newest first, named as screens write them ("2025–2026") with their status. */
export function periodSource(status: (period: PeriodDto) => string): PickerSource {
  return shortList('periods', async (call) => {
    const periods = await apiGet('/api/periods', {}, call);
    return periods.map((period) => ({
      code: period.code,
      name: formatPeriodCode(period.code),
      badge: null,
      detail: status(period),
    }));
  });
}

function catalogue(period: string, call: CallOptions): Promise<CatalogueDto> {
  return keep(`catalogue:${period}:${call.lang}`, () =>
    apiGet('/api/periods/{code}/catalogue', { path: { code: period } }, { lang: call.lang }),
  );
}

/** The aksi of a period, by name, with their fokus. */
export function aksiSource(period: string): PickerSource {
  return shortList(`aksi:${period}`, async (call) => {
    const tree = await catalogue(period, call);
    return tree.fokus
      .flatMap((fokus) => fokus.aksi.map((aksi) => ({ code: aksi.code, name: aksi.name, detail: fokus.name })))
      .sort(byNumericCode);
  });
}

/** The outputs of a period (optionally of some aksi only), by name, with their aksi. */
export function outputSource(period: string, aksi: readonly string[] = []): PickerSource {
  return shortList(`outputs:${period}:${aksi.join(',')}`, async (call) => {
    const tree = await catalogue(period, call);
    return tree.fokus
      .flatMap((fokus) => fokus.aksi)
      .filter((entry) => aksi.length === 0 || aksi.includes(entry.code))
      .flatMap((entry) => entry.outputs.map((output) => ({ code: output.code, name: output.name, detail: entry.name })))
      .sort(byNumericCode);
  });
}

/** Accounts I may see, searched on the server by name or e-mail; the code is the account id. */
export function userSource(): PickerSource {
  const option = (account: { id: number; name: string; email: string; institution: { name: string } | null }) => ({
    code: String(account.id),
    name: account.name,
    badge: account.email,
    ...(account.institution ? { detail: account.institution.name } : {}),
  });
  return {
    key: 'users',
    minQuery: 1,
    async search(query, exclude, call) {
      const page = await apiGet('/api/users', { query: { q: query.trim(), limit: SEARCH_LIMIT } }, call);
      return page.items.map(option).filter((item) => !exclude.includes(item.code));
    },
    async lookup(codes, call) {
      const accounts = await Promise.all(
        codes.map((id) => apiGet('/api/users/{id}', { path: { id: Number(id) } }, call).catch(() => null)),
      );
      return accounts.flatMap((account) => (account ? [option(account)] : []));
    },
  };
}
