import { describe, expect, it } from 'vitest';
import { isPublicSitePath } from './public-site';

describe('isPublicSitePath', () => {
  it('leaves the server-rendered public site to the browser', () => {
    for (const path of [
      '/',
      '/instansi/32',
      '/instansi/33.74',
      '/aksi/1',
      '/aduan',
      '/aduan/PNT-AAAA',
      '/lacak',
      '/cari',
    ]) {
      expect(isPublicSitePath(path), path).toBe(true);
    }
    expect(isPublicSitePath('/portal/instansi/32')).toBe(true);
  });

  it('keeps the app its own pages, public ones included', () => {
    for (const path of [
      '/instansi',
      '/katalog',
      '/program',
      '/masuk',
      '/kerja',
      '/kerja/aduan',
      '/kerja/aduan/3',
      '/pantauan',
    ]) {
      expect(isPublicSitePath(path), path).toBe(false);
    }
  });
});
