/**
 * An institution's report card (rapor instansi) for one quarter as PDF: its achievement and
 * compliance beside the national figures, its trend over the period, its outputs, each target's
 * report, and its field-verification results.
 */
import type { Writable } from 'node:stream';
import { gradeWeightLabel, INSTITUTION_TYPE_NAMES } from '@pantau/core';
import type { ReportCardData } from '../services/documents/document.service.js';
import {
  BAND_COLOURS,
  bandName,
  count,
  decimal,
  FIELD_RESULT_NAMES,
  GRADE_NAMES,
  gradesText,
  longDate,
  percentText,
  STATE_NAMES,
} from './document-text.js';
import { type PdfOptions, PdfWriter } from './pdf-layout.js';

type Shown = Pick<ReportCardData['national'], 'achievement' | 'band' | 'expected' | 'rates'>;

/** Rows of the comparison table: label, and how a group's figures read. */
export const CARD_ROWS: { label: string; value: (f: Shown) => string }[] = [
  { label: 'Capaian', value: (f) => decimal(f.achievement) },
  { label: 'Kategori', value: (f) => bandName(f.band) },
  { label: 'Laporan diharapkan', value: (f) => count(f.expected) },
  { label: 'Terkirim (% diharapkan)', value: (f) => percentText(f.rates.submitted) },
  { label: 'Kepatuhan tepat waktu (% diharapkan)', value: (f) => percentText(f.rates.onTime) },
  { label: 'Data dukung lengkap (% diharapkan)', value: (f) => percentText(f.rates.complete) },
  { label: 'Terverifikasi (% diharapkan)', value: (f) => percentText(f.rates.verified) },
];

/** Writes the report card as PDF into `out`; resolves when it is complete. */
export async function renderReportCardPdf(
  data: ReportCardData,
  out: Writable,
  options: PdfOptions = {},
): Promise<void> {
  const pdf = new PdfWriter(out, data.title, { ...options, created: new Date(data.generatedAt) });
  const { institution } = data;
  const current = data.view.quarters.find((q) => q.quarter === data.quarter);
  pdf.heading(`Rapor Instansi ${data.label} ${data.period}`);
  pdf.heading(`${institution.name} (${institution.code})`, 2);
  pdf.paragraph(
    `${INSTITUTION_TYPE_NAMES[institution.type]}${institution.provinceCode ? `, provinsi ${institution.provinceCode}` : ''}. ` +
      `Data per ${longDate(data.today)}; angka sama dengan dasbor Pantau.`,
    { muted: true },
  );
  if (current) {
    pdf.keyFigures([
      { label: `Capaian ${data.label}`, value: decimal(current.achievement) },
      { label: 'Kategori', value: bandName(current.band) },
      { label: 'Kepatuhan tepat waktu', value: percentText(current.rates.onTime) },
      { label: 'Terverifikasi', value: percentText(current.rates.verified) },
    ]);
    pdf.table(
      [
        { header: 'Ukuran', width: 215 },
        { header: 'Instansi', width: 140, align: 'right' },
        { header: 'Nasional', width: 140.28, align: 'right' },
      ],
      CARD_ROWS.map((row) => [row.label, row.value(current), row.value(data.national)]),
      { fontSize: 9 },
    );
    const weightLabel = gradeWeightLabel(data.view.gradeWeight, 'id');
    if (weightLabel) pdf.paragraph(`Capaian ${weightLabel}.`, { muted: true });
    if (current.grades.graded > 0)
      pdf.paragraph(`Mutu laporan terverifikasi ${data.label}: ${gradesText(current.grades)}`);
  }

  const quarters = data.view.quarters.filter((q) => q.quarter <= data.quarter);
  pdf.lineChart(
    'Tren capaian dan ketepatan waktu (%)',
    quarters.map((q) => q.label.replace('Triwulan', 'TW')),
    [
      { name: 'Capaian', values: quarters.map((q) => q.achievement), colour: '#0b5394' },
      { name: 'Tepat waktu', values: quarters.map((q) => q.rates.onTime), colour: '#e69138' },
    ],
  );

  pdf.heading('Capaian per output', 2);
  pdf.barChart(
    `Capaian output sampai ${data.label}`,
    data.view.outputs.map((o) => ({
      label: `${o.code} ${o.name}`,
      value: o.achievement,
      colour: o.band ? BAND_COLOURS[o.band] : undefined,
    })),
    decimal,
  );

  pdf.heading(`Laporan target ${data.label}`, 2);
  pdf.table(
    [
      { header: 'Target', width: 50 },
      { header: 'Output', width: 110 },
      { header: 'Unit', width: 55 },
      { header: 'Status', width: 65 },
      { header: 'Dikirim', width: 65 },
      { header: 'Tepat waktu', width: 45 },
      { header: 'Skor', width: 35, align: 'right' },
      { header: 'Kualitas', width: 70.28 },
    ],
    data.targets.map((t) => [
      t.target,
      t.output,
      t.unit ?? '–',
      t.state ? (STATE_NAMES[t.state] ?? t.state) : 'Belum dibuat',
      t.submittedAt ? longDate(t.submittedAt) : '–',
      t.onTime === null ? '–' : t.onTime ? 'Ya' : 'Tidak',
      t.notApplicable ? 'T/B' : t.score === null ? '–' : String(t.score),
      t.qualityGrade ? (GRADE_NAMES[t.qualityGrade as keyof typeof GRADE_NAMES] ?? t.qualityGrade) : '–',
    ]),
    { fontSize: 7.5 },
  );
  pdf.paragraph('T/B: klaim "tidak berlaku" diterima; target tidak dihitung dalam capaian.', { muted: true, size: 7 });

  pdf.heading('Verifikasi lapangan', 2);
  if (data.field.length === 0) {
    pdf.paragraph('Tidak ada laporan instansi ini dalam sampel verifikasi lapangan triwulan ini.');
  } else {
    pdf.table(
      [
        { header: 'Target', width: 100 },
        { header: 'Hasil', width: 195 },
        { header: 'Skor awal', width: 100, align: 'right' },
        { header: 'Skor akhir', width: 100.28, align: 'right' },
      ],
      data.field.map((f) => [
        f.target,
        f.result ? (FIELD_RESULT_NAMES[f.result] ?? f.result) : 'Belum diperiksa',
        f.originalScore === null ? '–' : String(f.originalScore),
        f.adjustedScore === null ? '–' : String(f.adjustedScore),
      ]),
    );
  }
  await pdf.end(out);
}
