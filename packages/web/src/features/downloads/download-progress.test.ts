import { describe, expect, it } from 'vitest';
import {
  announcedLength,
  downloadFraction,
  downloadPercent,
  fileNameFromDisposition,
  formatBytes,
} from './download-progress';

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 name, then the plain one', () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="rapor-kab-_.pdf"; filename*=UTF-8''rapor-kab-%C3%A9.pdf`,
        'berkas',
      ),
    ).toBe('rapor-kab-é.pdf');
    expect(fileNameFromDisposition('attachment; filename="pantau-laporan-2025-2026-triwulan-2.pdf"', 'x')).toBe(
      'pantau-laporan-2025-2026-triwulan-2.pdf',
    );
    expect(fileNameFromDisposition('attachment; filename=laporan.csv', 'x')).toBe('laporan.csv');
    expect(fileNameFromDisposition('attachment; filename="a \\"b\\".csv"', 'x')).toBe('a "b".csv');
  });

  it('falls back when there is no usable name, and never keeps a path', () => {
    expect(fileNameFromDisposition(null, 'unduhan.pdf')).toBe('unduhan.pdf');
    expect(fileNameFromDisposition('attachment', 'unduhan.pdf')).toBe('unduhan.pdf');
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A`, 'unduhan.pdf')).toBe('unduhan.pdf');
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"', 'x')).toBe('.._.._etc_passwd');
  });
});

describe('announcedLength', () => {
  it('reads a positive length and ignores a missing or broken one', () => {
    expect(announcedLength('2048')).toBe(2048);
    expect(announcedLength(null)).toBeNull();
    expect(announcedLength('0')).toBeNull();
    expect(announcedLength('12abc')).toBeNull();
  });
});

describe('formatBytes', () => {
  it('scales to the largest fitting unit, in the language', () => {
    expect(formatBytes(512, 'id')).toBe('512 B');
    expect(formatBytes(1536, 'id')).toBe('1,5 KB');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024, 'en')).toBe('5 MB');
    expect(formatBytes(-3, 'en')).toBe('0 B');
  });
});

describe('download progress', () => {
  it('is a fraction of the announced total, or indeterminate without one', () => {
    expect(downloadFraction(250, 1000)).toBe(0.25);
    expect(downloadPercent(999, 1000)).toBe(99);
    expect(downloadPercent(1000, 1000)).toBe(100);
    // A server that sends more than it announced does not push the bar past the end.
    expect(downloadFraction(1200, 1000)).toBe(1);
    expect(downloadFraction(250, null)).toBeNull();
    expect(downloadPercent(250, null)).toBeNull();
  });
});
