import { describe, expect, it } from 'vitest';
import { parseReviewFilters, reviewQueueHref, reviewQueueQuery } from './review-filters';

describe('review queue filters', () => {
  it('read valid values and drop the rest', () => {
    expect(
      parseReviewFilters(new URLSearchParams('periode=semua&aksi=3&provinsi=32&jenis=kota&status=submitted&halaman=2')),
    ).toEqual({ period: 'semua', aksi: '3', province: '32', type: 'kota', state: 'submitted', page: 2 });
    expect(
      parseReviewFilters(new URLSearchParams('periode=2025&aksi=x&provinsi=3&jenis=desa&status=accepted&halaman=-1')),
    ).toEqual({
      period: null,
      aksi: null,
      province: null,
      type: null,
      state: null,
      page: 1,
    });
  });

  it('round-trip through the URL', () => {
    const href = reviewQueueHref('/kerja/verifikasi', { aksi: '3', province: '32', page: 1 });
    expect(href).toBe('/kerja/verifikasi?aksi=3&provinsi=32');
    expect(reviewQueueHref('/kerja', {})).toBe('/kerja');
  });

  it('become the API query with paging', () => {
    const filters = parseReviewFilters(new URLSearchParams('jenis=kl&halaman=3'));
    expect(reviewQueueQuery({ ...filters, period: 'semua' }, '2025-2026').period).toBeUndefined();
    expect(reviewQueueQuery({ ...filters, period: '2023-2024' }, '2025-2026').period).toBe('2023-2024');
    expect(reviewQueueQuery(filters, '2025-2026', 20)).toEqual({
      period: '2025-2026',
      aksi: undefined,
      province: undefined,
      type: 'kl',
      state: undefined,
      limit: 20,
      offset: 40,
    });
  });
});
