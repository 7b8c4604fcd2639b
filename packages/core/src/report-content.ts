/**
 * What a report must hold before it leaves the contributor: something to judge. A report with no
 * narrative and no evidence (and no "not applicable" claim) is empty and cannot be marked ready
 * or submitted.
 */

/** The parts of a report that make it judgeable. */
export interface ReportContent {
  narrative: string;
  evidenceCount: number;
  notApplicable: boolean;
}

/** Whether the report holds nothing a verifier could judge. */
export function isEmptyReport(content: ReportContent): boolean {
  return !content.notApplicable && content.narrative.trim() === '' && content.evidenceCount === 0;
}

/** The message shown when an empty report is marked ready or submitted. */
export const EMPTY_REPORT_MESSAGE = {
  id: 'Laporan masih kosong: tulis uraian capaian atau unggah bukti dukung sebelum menandai siap atau mengirim.',
  en: 'The report is empty: write a narrative or upload evidence before marking it ready or submitting it.',
} as const;
