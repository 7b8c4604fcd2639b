import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from './csv.js';

describe('CSV', () => {
  it('quotes fields with commas, quotes or line breaks', () => {
    expect(csvLine(['Kota Semarang', 'a,b', 'kata "kunci"', 'dua\nbaris'])).toBe(
      'Kota Semarang,"a,b","kata ""kunci""","dua\nbaris"\r\n',
    );
  });

  it('writes numbers plainly, yes/no in Indonesian, and nothing for empty', () => {
    expect(csvLine([13.1, -8.7, 0, true, false, null])).toBe('13.1,-8.7,0,ya,tidak,\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+62 812')).toBe("'+62 812");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
