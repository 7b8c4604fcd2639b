import { describe, expect, it } from 'vitest';
import { BAND_STYLES, bandOrNone, bandStyle, LEGEND_BANDS } from './bands';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('band styles', () => {
  it('gives every band text with at least 4.5:1 contrast on its fill', () => {
    for (const style of Object.values(BAND_STYLES))
      expect(contrast(style.fill, style.text)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every band its own letter, so the map reads without colour', () => {
    const letters = LEGEND_BANDS.map((band) => BAND_STYLES[band].letter);
    expect(new Set(letters).size).toBe(LEGEND_BANDS.length);
    expect(letters).toEqual(['B', 'C', 'K', '–']);
  });

  it('draws a missing band as "no figure"', () => {
    expect(bandOrNone(null)).toBe('none');
    expect(bandOrNone(undefined)).toBe('none');
    expect(bandOrNone('cukup')).toBe('cukup');
    expect(bandStyle(null)).toBe(BAND_STYLES.none);
    expect(bandStyle('baik').letter).toBe('B');
  });
});
