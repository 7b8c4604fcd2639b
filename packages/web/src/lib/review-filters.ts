/**
 * The verification queue keeps its filters in the URL (`/kerja/verifikasi?aksi=3&provinsi=32&jenis=kota`),
 * so a filtered queue can be bookmarked; this reads them and turns them into the API query.
 */
import type { InstitutionType } from '@pantau/core';
import { INSTITUTION_TYPE_VALUES } from './institution-query';

export const REVIEW_PAGE_SIZE = 50;
/** `?periode=semua`: every period, not only the active one. */
export const ALL_PERIODS = 'semua';
export const REVIEW_STATES = ['submitted', 'in_review'] as const;
export type ReviewStateFilter = (typeof REVIEW_STATES)[number];

export interface ReviewFilters {
  /** A period code, `ALL_PERIODS`, or null for the active period. */
  period: string | null;
  aksi: string | null;
  province: string | null;
  type: InstitutionType | null;
  state: ReviewStateFilter | null;
  page: number;
}

/** Reads the filters from the query string, ignoring values that cannot be right. */
export function parseReviewFilters(search: URLSearchParams): ReviewFilters {
  const period = search.get('periode');
  const aksi = search.get('aksi');
  const province = search.get('provinsi');
  const type = search.get('jenis');
  const state = search.get('status');
  const page = Number(search.get('halaman'));
  return {
    period: period && (period === ALL_PERIODS || /^\d{4}-\d{4}$/.test(period)) ? period : null,
    aksi: aksi && /^\d{1,2}$/.test(aksi) ? aksi : null,
    province: province && /^\d{2}$/.test(province) ? province : null,
    type: type && (INSTITUTION_TYPE_VALUES as readonly string[]).includes(type) ? (type as InstitutionType) : null,
    state: state && (REVIEW_STATES as readonly string[]).includes(state) ? (state as ReviewStateFilter) : null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The queue URL under `base` for `filters` (empty filters and page 1 left out). */
export function reviewQueueHref(base: string, filters: Partial<ReviewFilters>): string {
  const search = new URLSearchParams();
  if (filters.period) search.set('periode', filters.period);
  if (filters.aksi) search.set('aksi', filters.aksi);
  if (filters.province) search.set('provinsi', filters.province);
  if (filters.type) search.set('jenis', filters.type);
  if (filters.state) search.set('status', filters.state);
  if (filters.page && filters.page > 1) search.set('halaman', String(filters.page));
  const query = search.toString();
  return query ? `${base}?${query}` : base;
}

/** The query of GET /api/review-queue for `filters`; `activePeriod` stands in when none is chosen. */
export function reviewQueueQuery(
  filters: ReviewFilters,
  activePeriod: string | undefined,
  pageSize = REVIEW_PAGE_SIZE,
) {
  return {
    period: filters.period === ALL_PERIODS ? undefined : (filters.period ?? activePeriod),
    aksi: filters.aksi ?? undefined,
    province: filters.province ?? undefined,
    type: filters.type ?? undefined,
    state: filters.state ?? undefined,
    limit: pageSize,
    offset: (filters.page - 1) * pageSize,
  };
}
