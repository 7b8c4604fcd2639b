import { describe, expect, it } from 'vitest';
import { type CardData, renderCardSvg } from './card.js';
import { renderCardPng } from './card-png.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which follows the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const data: CardData = {
  institutionName: 'Kota Semarang',
  institutionCode: '33.74',
  periodCode: '2025-2026',
  quarterLabel: 'Triwulan II',
  achievement: 82.5,
  band: 'baik',
  verifiedRate: 75,
  verified: 3,
  expected: 4,
  lastVerifiedAt: '2025-07-01T03:00:00.000Z',
  grades: null,
  gradeWeight: null,
  impact: { judged: 0, reached: 0, reachedRate: null, meanShare: null },
  topResults: [{ label: '1.1 Output', score: 95 }],
};

describe('renderCardPng', () => {
  it('rasterises both sizes as PNG at the card’s dimensions', () => {
    const square = renderCardPng(renderCardSvg(data, 'square'));
    expect(square.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(square)).toEqual({ width: 1080, height: 1080 });
    expect(pngSize(renderCardPng(renderCardSvg(data, 'preview')))).toEqual({ width: 1200, height: 630 });
  });

  it('draws the text with the bundled font (another name gives another image)', () => {
    const semarang = renderCardPng(renderCardSvg(data, 'preview'));
    const solo = renderCardPng(renderCardSvg({ ...data, institutionName: 'Kota Surakarta' }, 'preview'));
    const untitled = renderCardPng(renderCardSvg({ ...data, institutionName: '' }, 'preview'));
    expect(semarang.equals(solo)).toBe(false);
    // Text adds ink: the image with a name compresses worse than the one without.
    expect(semarang.length).toBeGreaterThan(untitled.length);
  });
});
