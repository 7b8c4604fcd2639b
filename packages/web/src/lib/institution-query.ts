/**
 * The institutions list keeps its filters in the URL (`/instansi?q=…&jenis=…&provinsi=…&halaman=2`),
 * so a filtered list can be bookmarked and shared. This reads and writes those parameters and
 * turns them into the API query.
 */
import type { InstitutionType } from '@pantau/core';

export const INSTITUTION_PAGE_SIZE = 50;
export const INSTITUTION_TYPE_VALUES: readonly InstitutionType[] = ['kl', 'provinsi', 'kabupaten', 'kota'];

/** The filters of the institutions list. `page` counts from 1. */
export interface InstitutionFilters {
  q: string;
  type: InstitutionType | null;
  province: string | null;
  page: number;
}

function isInstitutionType(value: string | null): value is InstitutionType {
  return value !== null && (INSTITUTION_TYPE_VALUES as readonly string[]).includes(value);
}

/** Reads the filters from the page's query string, ignoring values that cannot be right. */
export function parseInstitutionFilters(search: URLSearchParams): InstitutionFilters {
  const type = search.get('jenis');
  const province = search.get('provinsi');
  const page = Number(search.get('halaman'));
  return {
    q: (search.get('q') ?? '').trim().slice(0, 100),
    type: isInstitutionType(type) ? type : null,
    province: province && /^\d{2}$/.test(province) ? province : null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The page URL for `filters` (page 1 and empty filters are left out). */
export function institutionListHref(filters: Partial<InstitutionFilters>): string {
  const search = new URLSearchParams();
  if (filters.q) search.set('q', filters.q);
  if (filters.type) search.set('jenis', filters.type);
  if (filters.province) search.set('provinsi', filters.province);
  if (filters.page && filters.page > 1) search.set('halaman', String(filters.page));
  const query = search.toString();
  return query ? `/instansi?${query}` : '/instansi';
}

/** The API path listing the institutions for `filters`. */
export function institutionApiPath(filters: InstitutionFilters, pageSize = INSTITUTION_PAGE_SIZE): string {
  const search = new URLSearchParams();
  if (filters.type) search.set('type', filters.type);
  if (filters.province) search.set('province', filters.province);
  if (filters.q) search.set('q', filters.q);
  search.set('limit', String(pageSize));
  search.set('offset', String((filters.page - 1) * pageSize));
  return `/api/institutions?${search.toString()}`;
}

/** Where a page of results sits in the whole list. */
export interface PageInfo {
  /** 1-based position of the first and last item shown; 0 when nothing is shown. */
  from: number;
  to: number;
  page: number;
  pageCount: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

/** Works out the position of a page from the API's total, offset, limit and items returned. */
export function pageInfo(total: number, offset: number, limit: number, shown: number): PageInfo {
  const page = Math.floor(offset / limit) + 1;
  return {
    from: shown === 0 ? 0 : offset + 1,
    to: offset + shown,
    page,
    pageCount: Math.max(1, Math.ceil(total / limit)),
    hasPrevious: offset > 0,
    hasNext: offset + shown < total,
  };
}
