/**
 * Quality that counts (issue #18): how the verified reports of a group divide over the verifier's
 * grades — administratif (documents only), terlaksana (implemented), berdampak (impact shown). The
 * counts are additive sums (`FigureSums`), so a province, a type, an aksi or the nation adds its
 * members' counts and only then divides, like every other figure.
 */
import { type FigureSums, percent } from './figures.js';
import { formatFixed, type Lang } from './format.js';
import { QUALITY_GRADES, type QualityGrade } from './reports.js';
import { z } from './zod.js';

/** The one name of each grade and of the distribution, in both languages. */
export const GRADE_NAMES = {
  administratif: { id: 'Administratif', en: 'Administrative' },
  terlaksana: { id: 'Terlaksana', en: 'Implemented' },
  berdampak: { id: 'Berdampak', en: 'With impact' },
} as const satisfies Record<QualityGrade, { id: string; en: string }>;

/** What each grade means, as the help and the bar's legend say it. */
export const GRADE_MEANINGS = {
  administratif: {
    id: 'hanya dokumen atau formalitas; belum ada perubahan nyata',
    en: 'documents or formalities only; no real change yet',
  },
  terlaksana: { id: 'kegiatan benar-benar dilaksanakan', en: 'the activity was actually carried out' },
  berdampak: {
    id: 'ada perubahan terukur bagi publik',
    en: 'a measurable change for the public',
  },
} as const satisfies Record<QualityGrade, { id: string; en: string }>;

/** A group's verified reports by grade: counts, how many are graded, and each grade's share in %. */
export interface GradeDistribution {
  administratif: number;
  terlaksana: number;
  berdampak: number;
  /** Verified reports with a grade (not-applicable claims have none). */
  graded: number;
  /** Each grade ÷ graded, in % (one decimal); null when nothing is graded. */
  shares: Record<QualityGrade, number | null>;
}

/** The grade distribution of a group from its sums. */
export function gradeDistribution(sums: Pick<FigureSums, QualityGrade>): GradeDistribution {
  const graded = sums.administratif + sums.terlaksana + sums.berdampak;
  return {
    administratif: sums.administratif,
    terlaksana: sums.terlaksana,
    berdampak: sums.berdampak,
    graded,
    shares: {
      administratif: percent(sums.administratif, graded),
      terlaksana: percent(sums.terlaksana, graded),
      berdampak: percent(sums.berdampak, graded),
    },
  };
}

/** The stacked bar's segments: each grade with a count, its start and width in % of the bar. */
export function gradeSegments(distribution: GradeDistribution): { grade: QualityGrade; x: number; width: number }[] {
  if (distribution.graded === 0) return [];
  let x = 0;
  return QUALITY_GRADES.filter((grade) => distribution[grade] > 0).map((grade) => {
    const width = (100 * distribution[grade]) / distribution.graded;
    const segment = { grade, x, width };
    x += width;
    return segment;
  });
}

/**
 * One line saying a distribution in words, for a screen reader, a PDF and a card:
 * "Administratif 3 (30,0 %) · Terlaksana 5 (50,0 %) · Berdampak 2 (20,0 %)", or that nothing is graded.
 */
export function gradeDistributionText(distribution: GradeDistribution, lang: Lang = 'id'): string {
  if (distribution.graded === 0)
    return lang === 'id' ? 'Belum ada laporan terverifikasi yang dinilai' : 'No graded verified report yet';
  return QUALITY_GRADES.map(
    (grade) =>
      `${GRADE_NAMES[grade][lang]} ${distribution[grade]} (${formatFixed(distribution.shares[grade] ?? 0, lang)} %)`,
  ).join(' · ');
}

/** The verified reports of quarter q by the verifier's quality grade (issue #18). */
export const gradeDistributionSchema = z
  .object({
    administratif: z.number().int(),
    terlaksana: z.number().int(),
    berdampak: z.number().int(),
    graded: z.number().int().describe('Verified reports with a grade (not-applicable claims have none)'),
    shares: z
      .object({
        administratif: z.number().nullable(),
        terlaksana: z.number().nullable(),
        berdampak: z.number().nullable(),
      })
      .describe('Each grade ÷ graded, in % (one decimal); null when nothing is graded'),
  })
  .describe('Quality of the verified reports of targets due in quarter q (administratif / terlaksana / berdampak)');

/** An institution's graded reports in quarters 1..q, as the "formality" warning weighs them. */
export interface FormalityCounts {
  graded: number;
  administratif: number;
  terlaksana: number;
  berdampak: number;
}

/**
 * Whether an institution's reports look like a formality: at least `minimumGraded` graded
 * verified reports in quarters 1..q, more than half of them administratif.
 */
export function isFormality(counts: FormalityCounts, minimumGraded: number): boolean {
  return counts.graded >= minimumGraded && 2 * counts.administratif > counts.graded;
}

/** Why an institution is on the "formality" list, in words (Bahasa Indonesia and English). */
export function formalityReason(counts: FormalityCounts, minimumGraded: number): { id: string; en: string } {
  const share = percent(counts.administratif, counts.graded) ?? 0;
  return {
    id:
      `${counts.administratif} dari ${counts.graded} laporan terverifikasi (${formatFixed(share, 'id')} %) hanya ` +
      `administratif — lebih dari separuh, dengan sedikitnya ${minimumGraded} laporan dinilai; ` +
      `terlaksana ${counts.terlaksana}, berdampak ${counts.berdampak}.`,
    en:
      `${counts.administratif} of ${counts.graded} verified reports (${formatFixed(share, 'en')}%) are administrative ` +
      `only — more than half, with at least ${minimumGraded} graded; ` +
      `implemented ${counts.terlaksana}, with impact ${counts.berdampak}.`,
  };
}
