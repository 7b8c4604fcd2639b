/** The pure rules behind the link crawler and the API coverage list (no browser, no server). */
import { describe, expect, it } from 'vitest';
import { operationUsedIn, routeUsed } from '../support/api-coverage';
import { linksInMail } from '../support/mail-links';
import { routeKey, routePattern, samePattern } from '../support/route-pattern';

describe('route patterns', () => {
  it('takes numbers, codes, tokens and file names for parameters, lowercase words for pages', () => {
    expect(routePattern('/kerja/laporan/123')).toBe('/kerja/laporan/:id');
    expect(routePattern('/instansi/32.01')).toBe('/instansi/:id');
    expect(routePattern('/instansi/KEMENDAGRI')).toBe('/instansi/:id');
    expect(routePattern('/undangan/aB3_x9')).toBe('/undangan/:id');
    expect(routePattern('/kerja/koordinasi/rapat/baru')).toBe('/kerja/koordinasi/rapat/baru');
    expect(routePattern('/kerja/')).toBe('/kerja');
    expect(routePattern('/')).toBe('/');
  });

  it('tells pages apart by the names of their query parameters, not the values', () => {
    expect(routeKey(new URL('http://x/instansi?halaman=2&jenis=kota'))).toBe('/instansi?halaman&jenis');
    expect(routeKey(new URL('http://x/instansi?jenis=kab&halaman=9'))).toBe('/instansi?halaman&jenis');
    expect(routeKey(new URL('http://x/pantauan/provinsi/32#peta'))).toBe('/pantauan/provinsi/:id');
  });

  it('matches patterns whatever their parameters are called', () => {
    expect(samePattern('/kerja/laporan/:reportId', '/kerja/laporan/:id')).toBe(true);
    expect(samePattern('/kerja/laporan', '/kerja/laporan/:id')).toBe(false);
  });
});

describe('links in mail', () => {
  it('finds every link of the plain and HTML parts on this server, once', () => {
    const links = linksInMail(
      {
        text: 'Buka https://pantau.test/kerja/laporan/5 atau https://elsewhere.test/x.\nAtur: https://pantau.test/notifikasi',
        html: '<a href="https://pantau.test/kerja/laporan/5">laporan</a> <a href="mailto:a@b.c">surat</a>',
      },
      'https://pantau.test',
    );
    expect(links).toEqual(['https://pantau.test/kerja/laporan/5', 'https://pantau.test/notifikasi']);
  });
});

describe('API coverage', () => {
  const source = [
    "apiGet('/api/reports/{id}', { path: { id } }, { lang })",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: code quoted as text on purpose
    'fetch(`/api/institutions/${code}/targets?period=${period}`)',
    "href={'/api/exports/reports.xlsx'}",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: code quoted as text on purpose
    'return `/api/dashboard/export/${table}.${format}${search(params)}`;',
  ].join('\n');

  it('finds an operation used through the typed client, a template string or a link', () => {
    expect(operationUsedIn('/api/reports/{id}', source)).toBe(true);
    expect(operationUsedIn('/api/institutions/{code}/targets', source)).toBe(true);
    expect(operationUsedIn('/api/exports/reports.{format}', source)).toBe(true);
    expect(operationUsedIn('/api/dashboard/export/{file}', source)).toBe(true);
  });

  it('does not take a longer path for a shorter one', () => {
    expect(operationUsedIn('/api/institutions/{code}', source)).toBe(false);
    expect(operationUsedIn('/api/reports', source)).toBe(false);
  });

  it('knows a screen reached by the crawl, whatever its parameters are called', () => {
    expect(routeUsed('/kerja/laporan/:reportId', ['/kerja', '/kerja/laporan/:id'])).toBe(true);
    expect(routeUsed('/kerja/audit', ['/kerja'])).toBe(false);
  });
});
