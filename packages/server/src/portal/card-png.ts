/**
 * PNG export of the infographic cards: the SVG from `card.ts` rasterised by resvg with the DejaVu
 * Sans fonts shipped in `dejavu-fonts-ttf` (system fonts are never loaded, so the image is the same
 * on every machine, including servers without fonts).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { CARD_FONT_FAMILY } from './card.js';

const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => join(FONT_DIR, file));

/** Rasterises a card SVG at its own size (width and height come from the SVG). */
export function renderCardPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: CARD_FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
