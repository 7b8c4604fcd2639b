import { gradeDistribution } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import { type CardData, renderCardSvg } from './card.js';

const data: CardData = {
  institutionName: 'Kota <Semarang> & "Co"',
  institutionCode: '33.74',
  periodCode: '2025-2026',
  quarterLabel: 'Triwulan I',
  achievement: 82.5,
  band: 'baik',
  verifiedRate: 75,
  verified: 3,
  expected: 4,
  lastVerifiedAt: '2025-04-10T03:00:00.000Z',
  grades: gradeDistribution({ administratif: 1, terlaksana: 1, berdampak: 2 }),
  gradeWeight: null,
  impact: { judged: 3, reached: 1, reachedRate: 33.3, meanShare: 61.2 },
  topResults: [
    { label: 'Output 1.1', score: 95 },
    { label: 'Output 2.1', score: 90 },
    { label: 'Output 3.1', score: 85 },
    { label: 'Output 4.1', score: 80 },
  ],
};

describe('renderCardSvg', () => {
  it('shows the quality grades as a bar with their values in text, in both sizes', () => {
    for (const size of ['square', 'preview'] as const) {
      const svg = renderCardSvg(data, size);
      expect(svg).toContain('Mutu laporan terverifikasi');
      expect(svg).toContain('Administratif 1 (25,0 %) · Terlaksana 1 (25,0 %) · Berdampak 2 (50,0 %)');
      expect(svg.match(/fill="#(d4a72c|54aeff|116329)"/g)).toHaveLength(3);
    }
    const none = renderCardSvg({ ...data, grades: null }, 'square');
    expect(none).toContain('belum ada yang dinilai');
  });

  it('shows the judged impact of the quarter, or a dash when none could be judged', () => {
    for (const size of ['square', 'preview'] as const) {
      expect(renderCardSvg(data, size)).toContain('Dampak tercapai: 33,3% (1 dari 3)');
    }
    const none = { judged: 0, reached: 0, reachedRate: null, meanShare: null };
    expect(renderCardSvg({ ...data, impact: none }, 'square')).toContain('Dampak tercapai: –');
  });

  it('says when the achievement is quality-weighted, and only then', () => {
    expect(renderCardSvg(data, 'square')).not.toContain('bobot mutu');
    for (const size of ['square', 'preview'] as const) {
      expect(renderCardSvg({ ...data, gradeWeight: { administratif: 0.5 } }, size)).toContain(
        'Capaian dengan bobot mutu: administratif × 0,5',
      );
    }
  });

  it('draws the square and preview sizes with escaped text in Indonesian', () => {
    const square = renderCardSvg(data, 'square');
    expect(square).toMatch(/^<svg [^>]*width="1080" height="1080"/);
    expect(square).toContain('Kota &lt;Semarang&gt; &amp; &quot;Co&quot;');
    expect(square).not.toContain('<Semarang>');
    expect(square).toContain('82,5%');
    expect(square).toContain('Baik');
    expect(square).toContain('Terverifikasi 75,0% (3/4 target)');
    expect(square).toContain('Output 3.1');
    expect(square).not.toContain('Output 4.1');
    expect(square).toContain('terakhir 2025-04-10');
    expect(renderCardSvg(data, 'preview')).toMatch(/^<svg [^>]*width="1200" height="630"/);
  });

  it('dates the last verification in Western Indonesian Time, as the pages do', () => {
    // 20:00 UTC on 10 April is 03:00 on 11 April in Jakarta.
    const svg = renderCardSvg({ ...data, lastVerifiedAt: '2025-04-10T20:00:00.000Z' }, 'square');
    expect(svg).toContain('terakhir 2025-04-11');
  });

  it('shows a dash and no band when nothing is verified', () => {
    const svg = renderCardSvg(
      { ...data, achievement: null, band: null, verifiedRate: null, topResults: [], lastVerifiedAt: null },
      'preview',
    );
    expect(svg).toContain('–');
    expect(svg).toContain('Belum ada');
    expect(svg).not.toContain('Hasil terbaik');
  });
});
