/**
 * How figures and names read in the generated reports (Bahasa Indonesia, the programme's official
 * language): decimal comma, thousands dot, "–" for a figure that does not exist yet.
 */
import {
  type Band,
  GRADE_NAMES as CORE_GRADE_NAMES,
  dateInZone,
  formatCivilDate,
  type GradeDistribution,
  gradeDistributionText,
  type QualityGrade,
} from '@pantau/core';

/** "72,5" for 72.5; "–" for null. One decimal, as every figure is stored. */
export function decimal(value: number | null): string {
  if (value === null) return '–';
  const [whole, fraction] = (Math.round(value * 10) / 10).toFixed(1).split('.') as [string, string];
  return `${count(Number(whole))},${fraction}`;
}

/** "62,5 %" for 62.5; "–" for null. */
export function percentText(value: number | null): string {
  return value === null ? '–' : `${decimal(value)} %`;
}

/** "1.234" for 1234. */
export function count(value: number): string {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(value))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export const BAND_NAMES: Record<Band, string> = { baik: 'Baik', cukup: 'Cukup', kurang: 'Kurang' };

/** The band's name, or "Belum dinilai" when there is no achievement yet. */
export function bandName(band: Band | null): string {
  return band === null ? 'Belum dinilai' : BAND_NAMES[band];
}

export const BAND_COLOURS: Record<Band, string> = { baik: '#2e7d32', cukup: '#f9a825', kurang: '#c62828' };

export const GRADE_NAMES: Record<QualityGrade, string> = {
  administratif: CORE_GRADE_NAMES.administratif.id,
  terlaksana: CORE_GRADE_NAMES.terlaksana.id,
  berdampak: CORE_GRADE_NAMES.berdampak.id,
};

export const STATE_NAMES: Record<string, string> = {
  draft: 'Draf',
  ready: 'Siap ditinjau',
  submitted: 'Terkirim',
  in_review: 'Diverifikasi',
  accepted: 'Diterima',
  revision_requested: 'Perlu perbaikan',
};

export const FIELD_RESULT_NAMES: Record<string, string> = {
  confirmed: 'Sesuai',
  adjusted: 'Skor disesuaikan',
  not_found: 'Tidak ditemukan',
};

/** "27 November 2026" for an ISO date, or for an instant (its date in WIB). */
export function longDate(value: string): string {
  return formatCivilDate(value.length > 10 ? dateInZone(new Date(value), 'WIB') : value, 'id');
}

/** A grade distribution in one line: "Administratif 3 (30,0 %) · Terlaksana 5 (50,0 %) · Berdampak 2 (20,0 %)". */
export function gradesText(grades: GradeDistribution): string {
  return gradeDistributionText(grades, 'id');
}
