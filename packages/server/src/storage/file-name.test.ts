import { describe, expect, it } from 'vitest';
import { contentDisposition, sanitizeFileName } from './file-name.js';

describe('sanitizeFileName', () => {
  it.each([
    ['strips Unix paths', '/home/budi/laporan.pdf', 'pdf', 'laporan.pdf'],
    ['strips Windows paths', 'C:\\Users\\Budi\\Dokumen\\laporan.pdf', 'pdf', 'laporan.pdf'],
    ['strips parent-directory steps', '../../etc/passwd', 'txt', 'passwd.txt'],
    ['strips leading dots', '..laporan.pdf', 'pdf', 'laporan.pdf'],
    ['collapses runs of dots', 'laporan..final.pdf', 'pdf', 'laporan.final.pdf'],
    ['removes control characters', 'lap\u0000or\u0007an\n2024.pdf', 'pdf', 'laporan 2024.pdf'],
    ['removes direction overrides', 'laporan\u202Efdp.exe', 'pdf', 'laporanfdp.pdf'],
    [
      'keeps Unicode letters and turns dashes into hyphens',
      'Laporan Triwulan – Kota Bogor.pdf',
      'pdf',
      'Laporan Triwulan - Kota Bogor.pdf',
    ],
    ['keeps letters of any script', 'Bukti 証拠 Ñandú.png', 'png', 'Bukti 証拠 Ñandú.png'],
    ['normalises to NFC', 'Kec. Ciawi e\u0301.pdf', 'pdf', 'Kec. Ciawi \u00e9.pdf'],
    ['replaces other characters and collapses spaces', 'SK <Bupati>:  No*12?.pdf', 'pdf', 'SK Bupati No 12.pdf'],
    ['keeps parentheses, hyphens and underscores', 'Notulen_rapat-(final).docx', 'docx', 'Notulen_rapat-(final).docx'],
    ['keeps a matching extension in any case', 'FOTO.JPG', 'jpg', 'FOTO.JPG'],
    ['accepts a synonym of the extension', 'foto.jpeg', 'jpg', 'foto.jpeg'],
    ['replaces a wrong last extension', 'laporan.pdf.exe', 'pdf', 'laporan.pdf'],
    ['replaces a misleading extension', 'laporan.docx', 'pdf', 'laporan.pdf'],
    ['appends a missing extension', 'laporan', 'pdf', 'laporan.pdf'],
    ['does not take a number for an extension', 'Laporan 1.2024', 'pdf', 'Laporan 1.2024.pdf'],
    ['names an empty name', '', 'pdf', 'berkas.pdf'],
    ['names a name of dots and spaces', ' . .. ', 'csv', 'berkas.csv'],
    ['names a name of only symbols', '***.pdf', 'pdf', 'berkas.pdf'],
    ['names a bare extension', '.pdf', 'pdf', 'berkas.pdf'],
  ])('%s', (_, name, extension, expected) => {
    expect(sanitizeFileName(name, extension)).toBe(expected);
  });

  it('cuts long names to 120 characters, keeping the extension', () => {
    const long = 'Laporan pelaksanaan aksi '.repeat(10);
    const name = sanitizeFileName(`${long}.pdf`, 'pdf');
    expect(name).toBe(`${long.slice(0, 116)}.pdf`);
    expect(Array.from(name)).toHaveLength(120);
    // A cut that ends on a space drops it rather than leave "… .pdf".
    expect(sanitizeFileName(`${'a'.repeat(115)} ${'b'.repeat(20)}.pdf`, 'pdf')).toBe(`${'a'.repeat(115)}.pdf`);
    const letters = sanitizeFileName(`${'證'.repeat(200)}.xlsx`, 'xlsx');
    expect(Array.from(letters)).toHaveLength(120);
    expect(letters.endsWith('證.xlsx')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('sends an ASCII name as is', () => {
    expect(contentDisposition('laporan.pdf')).toBe(`attachment; filename="laporan.pdf"; filename*=UTF-8''laporan.pdf`);
  });

  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Laporan Triwulan – Kota Bogor (final).pdf')).toBe(
      'attachment; filename="Laporan Triwulan - Kota Bogor (final).pdf"; ' +
        "filename*=UTF-8''Laporan%20Triwulan%20%E2%80%93%20Kota%20Bogor%20%28final%29.pdf",
    );
    expect(contentDisposition('Ñandú 証拠.png')).toBe(
      `attachment; filename="Nandu __.png"; filename*=UTF-8''%C3%91and%C3%BA%20%E8%A8%BC%E6%8B%A0.png`,
    );
  });

  it('cannot be broken out of by quotes or line breaks', () => {
    const value = contentDisposition('a"b\\c\r\nSet-Cookie: x.pdf');
    expect(value).not.toMatch(/[\r\n]/);
    expect(value.split('"')).toHaveLength(3);
  });
});
