import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInHref, WORKSPACE_HOME } from './return-path';

describe('safeReturnPath', () => {
  it('keeps paths of this site, with their query and hash', () => {
    expect(safeReturnPath('/kerja/laporan/12?tab=bukti#butir-2')).toBe('/kerja/laporan/12?tab=bukti#butir-2');
  });

  it('refuses anything that could lead off the site or loop back to sign-in', () => {
    for (const raw of [
      null,
      '',
      'kerja',
      '//evil.example/x',
      'https://evil.example',
      '/\\evil.example',
      '/masuk',
      '/masuk?kembali=/x',
      '/a\u0000b',
    ]) {
      expect(safeReturnPath(raw)).toBe(WORKSPACE_HOME);
    }
  });
});

describe('signInHref', () => {
  it('remembers where to come back to, and leaves out the default', () => {
    expect(signInHref('/kerja/laporan/5')).toBe('/masuk?kembali=%2Fkerja%2Flaporan%2F5');
    expect(signInHref('/kerja')).toBe('/masuk');
    expect(signInHref(null)).toBe('/masuk');
  });
});
