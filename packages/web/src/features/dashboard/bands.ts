/**
 * How a band looks on the dashboards: a fill, a text colour with at least 4.5:1 contrast on it,
 * and a letter, so the band reads without colour too (map tiles, legend, badges).
 */
import type { Band } from '@pantau/core';

export type BandOrNone = Band | 'none';

export interface BandStyle {
  fill: string;
  text: string;
  letter: string;
}

export const BAND_STYLES: Readonly<Record<BandOrNone, BandStyle>> = {
  baik: { fill: '#116329', text: '#ffffff', letter: 'B' }, // 7.5:1
  cukup: { fill: '#f4c542', text: '#1f2328', letter: 'C' }, // 10.6:1
  kurang: { fill: '#a40e26', text: '#ffffff', letter: 'K' }, // 7.7:1
  none: { fill: '#eaeef2', text: '#424a53', letter: '–' }, // 7.9:1
};

/** The legend's order: best first, "no figure" last. */
export const LEGEND_BANDS: readonly BandOrNone[] = ['baik', 'cukup', 'kurang', 'none'];

/** The band to draw for a figure that may have none (nothing due yet). */
export function bandOrNone(band: Band | null | undefined): BandOrNone {
  return band ?? 'none';
}

/** The style of a band, or of "no figure". */
export function bandStyle(band: Band | null | undefined): BandStyle {
  return BAND_STYLES[bandOrNone(band)];
}
