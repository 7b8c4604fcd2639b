import { describe, expect, it } from 'vitest';
import { type CardData, renderCardSvg } from './card.js';

const data: CardData = {
  institutionName: 'Kota <Semarang> & "Co"',
  institutionCode: '33.74',
  periodCode: '2025-2026',
  quarterLabel: 'Triwulan I',
  achievement: 82.5,
  band: 'baik',
  compliance: 75,
  verified: 3,
  expected: 4,
  lastVerifiedAt: '2025-04-10T03:00:00.000Z',
  topResults: [
    { label: 'Output 1.1', score: 95 },
    { label: 'Output 2.1', score: 90 },
    { label: 'Output 3.1', score: 85 },
    { label: 'Output 4.1', score: 80 },
  ],
};

describe('renderCardSvg', () => {
  it('draws the square and preview sizes with escaped text in Indonesian', () => {
    const square = renderCardSvg(data, 'square');
    expect(square).toMatch(/^<svg [^>]*width="1080" height="1080"/);
    expect(square).toContain('Kota &lt;Semarang&gt; &amp; &quot;Co&quot;');
    expect(square).not.toContain('<Semarang>');
    expect(square).toContain('82,5%');
    expect(square).toContain('Baik');
    expect(square).toContain('Kepatuhan 75,0% (3/4 target)');
    expect(square).toContain('Output 3.1');
    expect(square).not.toContain('Output 4.1');
    expect(square).toContain('terakhir 2025-04-10');
    expect(renderCardSvg(data, 'preview')).toMatch(/^<svg [^>]*width="1200" height="630"/);
  });

  it('shows a dash and no band when nothing is verified', () => {
    const svg = renderCardSvg(
      { ...data, achievement: null, band: null, compliance: null, topResults: [], lastVerifiedAt: null },
      'preview',
    );
    expect(svg).toContain('–');
    expect(svg).toContain('Belum ada');
    expect(svg).not.toContain('Hasil terbaik');
  });
});
