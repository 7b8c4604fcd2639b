/**
 * The infographic card of an institution's quarter (Indonesian): achievement, band, share verified,
 * the quality grades of its verified reports (a stacked bar with its values in text) and its top
 * verified results, as an SVG string built on the server. Two sizes: `square` (1080×1080,
 * for social posts) and `preview` (1200×630, the link-preview image). Every text is escaped.
 */
import {
  dateInZone,
  FIGURE_NAMES,
  type GradeDistribution,
  type GradeWeightRule,
  gradeDistributionText,
  gradeSegments,
  gradeWeightLabel,
  type ImpactFigures,
} from '@pantau/core';
import { escapeHtml } from './html.js';

export type CardSize = 'square' | 'preview';
export const CARD_SIZES: Record<CardSize, { width: number; height: number }> = {
  square: { width: 1080, height: 1080 },
  preview: { width: 1200, height: 630 },
};

/** What the card shows; figures are verified data only. */
export interface CardData {
  institutionName: string;
  institutionCode: string;
  periodCode: string;
  quarterLabel: string;
  /** Percent 0–100, or null when nothing is due yet. */
  achievement: number | null;
  band: 'baik' | 'cukup' | 'kurang' | null;
  /** Terverifikasi: verified / expected, in percent, or null. */
  verifiedRate: number | null;
  verified: number;
  expected: number;
  lastVerifiedAt: string | null;
  /** The quarter's verified reports by quality grade. */
  grades: GradeDistribution | null;
  /** Dampak tercapai of the quarter (judged impact of its verified results). */
  impact: ImpactFigures;
  /** The grade-weight rule the achievement was computed with (null: off); the card says so when on. */
  gradeWeight: GradeWeightRule | null;
  /** Best verified results, at most three are shown. */
  topResults: { label: string; score: number }[];
}

/** The card's typeface: the PNG export embeds DejaVu Sans; browsers showing the SVG fall back to any sans-serif. */
export const CARD_FONT_FAMILY = 'DejaVu Sans';

export const BAND_COLOURS = { baik: '#1b7f3b', cukup: '#b35c00', kurang: '#b3261e', none: '#5f6368' } as const;
/** The grades' colours, as the site's stacked bar (core design/site-style.ts). */
export const GRADE_COLOURS = { administratif: '#d4a72c', terlaksana: '#54aeff', berdampak: '#116329' } as const;
const BAND_NAMES = { baik: 'Baik', cukup: 'Cukup', kurang: 'Kurang' } as const;

const percent = (value: number | null) => (value === null ? '–' : `${value.toFixed(1).replace('.', ',')}%`);
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The card as a standalone SVG document. */
export function renderCardSvg(data: CardData, size: CardSize): string {
  const { width, height } = CARD_SIZES[size];
  const square = size === 'square';
  const pad = square ? 72 : 56;
  const colour = data.band ? BAND_COLOURS[data.band] : BAND_COLOURS.none;
  const t = (x: number, y: number, fontSize: number, text: string, extra = '') =>
    `<text x="${x}" y="${y}" font-size="${fontSize}"${extra}>${escapeHtml(text)}</text>`;
  const bigY = square ? 420 : 300;
  const resultsY = square ? 720 : 490;
  const weightLabel = gradeWeightLabel(data.gradeWeight, 'id');
  const results = data.topResults.slice(0, square || !weightLabel ? 3 : 2).map((result, i) => {
    const y = resultsY + i * (square ? 72 : 40);
    return (
      t(pad, y, square ? 34 : 26, `${clip(result.label, square ? 48 : 62)}`) +
      t(width - pad, y, square ? 34 : 26, `${result.score}`, ' text-anchor="end" font-weight="700"')
    );
  });
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(`Capaian ${data.institutionName}: ${percent(data.achievement)}`)}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="${square ? 24 : 18}" fill="${colour}"/>`,
    `<g font-family="'${CARD_FONT_FAMILY}', Verdana, sans-serif" fill="#1f1f1f">`,
    t(
      pad,
      pad + 40,
      square ? 30 : 24,
      `Stranas PK · Periode ${data.periodCode} · ${data.quarterLabel}`,
      ' fill="#444"',
    ),
    t(
      pad,
      pad + (square ? 110 : 90),
      square ? 54 : 44,
      clip(data.institutionName, square ? 34 : 44),
      ' font-weight="700"',
    ),
    t(pad, bigY, square ? 180 : 132, percent(data.achievement), ` font-weight="800" fill="${colour}"`),
    t(pad, bigY + (square ? 60 : 46), square ? 34 : 26, 'Capaian terverifikasi'),
    `<rect x="${width - pad - (square ? 300 : 260)}" y="${bigY - (square ? 110 : 86)}" width="${square ? 300 : 260}" height="${square ? 96 : 76}" rx="12" fill="${colour}"/>`,
    t(
      width - pad - (square ? 150 : 130),
      bigY - (square ? 48 : 37),
      square ? 44 : 34,
      data.band ? BAND_NAMES[data.band] : 'Belum ada',
      ' text-anchor="middle" fill="#ffffff" font-weight="700"',
    ),
    t(
      width - pad,
      bigY + (square ? 60 : 46),
      square ? 30 : 24,
      `${FIGURE_NAMES.verifiedRate.id} ${percent(data.verifiedRate)} (${data.verified}/${data.expected} target)`,
      ' text-anchor="end"',
    ),
    gradesPart(data.grades, { x: pad, y: square ? 540 : 368, width: width - 2 * pad, square }),
    t(
      width - pad,
      square ? 540 : 368,
      square ? 24 : 20,
      `${FIGURE_NAMES.impactReached.id}: ${
        data.impact.judged > 0
          ? `${percent(data.impact.reachedRate)} (${data.impact.reached} dari ${data.impact.judged})`
          : '–'
      }`,
      ' text-anchor="end" fill="#444"',
    ),
    data.topResults.length
      ? t(pad, resultsY - (square ? 70 : 42), square ? 32 : 24, 'Hasil terbaik (skor verifikasi)', ' fill="#444"')
      : '',
    ...results,
    weightLabel
      ? t(pad, height - pad / 2 - (square ? 40 : 28), square ? 24 : 18, `Capaian ${weightLabel}`, ' fill="#444"')
      : '',
    t(
      pad,
      height - pad / 2,
      square ? 26 : 20,
      `Data terverifikasi${data.lastVerifiedAt ? `, terakhir ${dateInZone(new Date(data.lastVerifiedAt), 'WIB')}` : ''} · pantau · ${data.institutionCode}`,
      ' fill="#444"',
    ),
    '</g></svg>',
  ];
  return parts.join('');
}

/** The grades row of the card: its name, a stacked bar and the values in text. */
function gradesPart(
  grades: GradeDistribution | null,
  at: { x: number; y: number; width: number; square: boolean },
): string {
  const label = `${FIGURE_NAMES.grades.id}: `;
  const text = grades && grades.graded > 0 ? gradeDistributionText(grades, 'id') : 'belum ada yang dinilai';
  const fontSize = at.square ? 24 : 20;
  const barHeight = at.square ? 22 : 16;
  const bar =
    grades && grades.graded > 0
      ? gradeSegments(grades)
          .map(
            (segment) =>
              `<rect x="${(at.x + (segment.x / 100) * at.width).toFixed(1)}" y="${at.y + 12}" width="${((segment.width / 100) * at.width).toFixed(1)}" height="${barHeight}" fill="${GRADE_COLOURS[segment.grade]}"/>`,
          )
          .join('')
      : '';
  return (
    `<text x="${at.x}" y="${at.y}" font-size="${fontSize}" fill="#444">${escapeHtml(label)}</text>` +
    bar +
    `<text x="${at.x}" y="${at.y + barHeight + 12 + fontSize + 8}" font-size="${fontSize}">${escapeHtml(text)}</text>`
  );
}
