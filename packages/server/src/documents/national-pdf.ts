/**
 * The quarterly (or semester) national report as PDF: summary figures, trend, achievement and
 * compliance by fokus and aksi, institutions by band, early-warning findings, quality grades and
 * field verification. Written section by section into `out`.
 */
import type { Writable } from 'node:stream';
import {
  BANDS,
  type Band,
  FIGURE_NAMES,
  type FigureRowDto,
  gradeWeightLabel,
  INSTITUTION_TYPE_NAMES,
  INSTITUTION_TYPES,
  QUALITY_GRADES,
} from '@pantau/core';
import type { NationalDocument, ProgressListener, QuarterSection } from '../services/documents/document.service.js';
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
} from './document-text.js';
import { type Column, type PdfOptions, PdfWriter } from './pdf-layout.js';

/** Rows of the summary table: label and the value for one quarter. */
export const SUMMARY_ROWS: { label: string; value: (s: QuarterSection) => string }[] = [
  { label: 'Capaian nasional', value: (s) => decimal(s.national.headline.achievement) },
  { label: 'Kategori capaian', value: (s) => bandName(s.national.headline.band) },
  { label: 'Instansi dihitung (target jatuh tempo)', value: (s) => count(s.national.headline.institutions) },
  { label: 'Laporan diharapkan', value: (s) => count(s.national.headline.expected) },
  { label: 'Laporan terkirim', value: (s) => count(s.national.headline.submitted) },
  { label: 'Terkirim (% diharapkan)', value: (s) => percentText(s.national.headline.rates.submitted) },
  { label: 'Kepatuhan tepat waktu (% diharapkan)', value: (s) => percentText(s.national.headline.rates.onTime) },
  { label: 'Data dukung lengkap (% diharapkan)', value: (s) => percentText(s.national.headline.rates.complete) },
  { label: 'Terverifikasi (% diharapkan)', value: (s) => percentText(s.national.headline.rates.verified) },
  { label: 'Instansi kategori Baik', value: (s) => count(s.national.headline.bands.baik) },
  { label: 'Instansi kategori Cukup', value: (s) => count(s.national.headline.bands.cukup) },
  { label: 'Instansi kategori Kurang', value: (s) => count(s.national.headline.bands.kurang) },
  ...QUALITY_GRADES.map((g) => ({
    label: `Mutu: ${GRADE_NAMES[g]} (laporan terverifikasi)`,
    value: (s: QuarterSection) => {
      const grades = s.national.headline.grades;
      return `${count(grades[g])} (${percentText(grades.shares[g])})`;
    },
  })),
  { label: FIGURE_NAMES.impactJudged.id, value: (s) => count(s.national.headline.impact.judged) },
  {
    label: `${FIGURE_NAMES.impactReached.id} (% dampak terukur)`,
    value: (s) => percentText(s.national.headline.impact.reachedRate),
  },
  { label: `${FIGURE_NAMES.impactShare.id} (%)`, value: (s) => percentText(s.national.headline.impact.meanShare) },
];

const FIGURE_COLUMNS: Column[] = [
  { header: 'Kode', width: 30 },
  { header: 'Nama', width: 127.28 },
  { header: 'Instansi', width: 38, align: 'right' },
  { header: 'Capaian', width: 40, align: 'right' },
  { header: 'Kategori', width: 42 },
  { header: 'Diharapkan', width: 50, align: 'right' },
  { header: 'Terkirim', width: 44, align: 'right' },
  { header: 'Tepat waktu', width: 56, align: 'right' },
  { header: 'Terverifikasi', width: 68, align: 'right' },
];

function figureCells(row: FigureRowDto): string[] {
  return [
    row.code,
    row.name,
    count(row.institutions),
    decimal(row.achievement),
    bandName(row.band),
    count(row.expected),
    percentText(row.rates.submitted),
    percentText(row.rates.onTime),
    percentText(row.rates.verified),
  ];
}

function summary(pdf: PdfWriter, data: NationalDocument): void {
  const last = data.sections[data.sections.length - 1] as QuarterSection;
  pdf.heading('1. Ringkasan');
  const h = last.national.headline;
  pdf.keyFigures([
    { label: `Capaian nasional ${last.label}`, value: decimal(h.achievement) },
    { label: 'Kepatuhan tepat waktu', value: percentText(h.rates.onTime) },
    { label: 'Terverifikasi', value: percentText(h.rates.verified) },
    { label: 'Instansi dihitung', value: count(h.institutions) },
  ]);
  const width = (pdf.width - 200) / data.sections.length;
  pdf.table(
    [
      { header: 'Ukuran', width: 200 },
      ...data.sections.map((s) => ({ header: s.label, width, align: 'right' as const })),
    ],
    SUMMARY_ROWS.map((row) => [row.label, ...data.sections.map(row.value)]),
    { fontSize: 9 },
  );
  const weightLabel = gradeWeightLabel(last.national.gradeWeight, 'id');
  if (weightLabel)
    pdf.paragraph(`Capaian ${weightLabel}: skor laporan yang dinilai administratif dikalikan faktor itu.`);
  pdf.paragraph(
    'Capaian = jumlah (bobot x skor) laporan diterima dibagi jumlah bobot target yang jatuh tempo sampai triwulan ini ' +
      '(target yang belum diterima dihitung 0). Kategori: Baik 80 ke atas, Cukup 60-79, Kurang di bawah 60. ' +
      'Kepatuhan dihitung atas target yang jatuh tempo pada triwulan ini.',
    { muted: true, size: 7.5 },
  );
}

function trend(pdf: PdfWriter, data: NationalDocument): void {
  const last = data.sections[data.sections.length - 1] as QuarterSection;
  const points = last.national.trend;
  pdf.heading('2. Tren per triwulan', 2);
  pdf.lineChart(
    'Capaian dan kepatuhan nasional (%)',
    points.map((p) => p.label.replace('Triwulan', 'TW')),
    [
      { name: 'Capaian', values: points.map((p) => p.achievement), colour: '#0b5394' },
      { name: 'Tepat waktu', values: points.map((p) => p.rates.onTime), colour: '#e69138' },
      { name: 'Terverifikasi', values: points.map((p) => p.rates.verified), colour: '#6aa84f' },
    ],
  );
  pdf.table(
    [
      { header: 'Triwulan', width: 95 },
      { header: 'Capaian', width: 80, align: 'right' },
      { header: 'Diharapkan', width: 80, align: 'right' },
      { header: 'Terkirim', width: 80, align: 'right' },
      { header: 'Tepat waktu', width: 80, align: 'right' },
      { header: 'Terverifikasi', width: 80.28, align: 'right' },
    ],
    points.map((p) => [
      p.label,
      decimal(p.achievement),
      count(p.expected),
      percentText(p.rates.submitted),
      percentText(p.rates.onTime),
      percentText(p.rates.verified),
    ]),
  );
}

function byFokusAndAksi(pdf: PdfWriter, section: QuarterSection): void {
  pdf.heading(`3. Capaian dan kepatuhan per fokus dan aksi - ${section.label}`, 2);
  pdf.barChart(
    'Capaian per fokus',
    section.national.byFokus.map((f) => ({
      label: `${f.code}. ${f.name}`,
      value: f.achievement,
      colour: f.band ? BAND_COLOURS[f.band] : undefined,
    })),
    decimal,
  );
  const rows: string[][] = [];
  for (const fokus of section.national.byFokus) {
    rows.push(figureCells({ ...fokus, name: `FOKUS: ${fokus.name}` }));
    for (const aksi of section.aksi.filter((a) => a.parent === fokus.code)) rows.push(figureCells(aksi));
  }
  pdf.table(FIGURE_COLUMNS, rows, { fontSize: 7 });
  if (section.provinces.length) {
    pdf.heading(`Capaian dan kepatuhan per provinsi - ${section.label}`, 3);
    pdf.table(FIGURE_COLUMNS, section.provinces.map(figureCells), { fontSize: 7 });
  }
}

function byBand(pdf: PdfWriter, section: QuarterSection): void {
  pdf.heading(`4. Instansi per kategori capaian - ${section.label}`, 2);
  const groups: (Band | null)[] = [...BANDS, null];
  const bandWidth = (pdf.width - 135) / groups.length;
  pdf.table(
    [
      { header: 'Jenis instansi', width: 135 },
      ...groups.map((band) => ({ header: bandName(band), width: bandWidth, align: 'right' as const })),
    ],
    INSTITUTION_TYPES.map((type) => [
      INSTITUTION_TYPE_NAMES[type],
      ...groups.map((band) => count(section.institutions.filter((i) => i.type === type && i.band === band).length)),
    ]),
  );
  for (const band of groups) {
    const members = section.institutions.filter((i) => i.band === band);
    if (members.length === 0) continue;
    pdf.heading(`${bandName(band)} (${count(members.length)} instansi)`, 3);
    pdf.table(
      [
        { header: 'Kode', width: 50 },
        { header: 'Instansi', width: 175 },
        { header: 'Jenis', width: 60 },
        { header: 'Capaian', width: 45, align: 'right' },
        { header: 'Terkirim', width: 45, align: 'right' },
        { header: 'Tepat waktu', width: 56, align: 'right' },
        { header: 'Terverifikasi', width: 64.28, align: 'right' },
      ],
      members.map((i) => [
        i.code,
        i.name,
        INSTITUTION_TYPE_NAMES[i.type],
        decimal(i.achievement),
        percentText(i.rates.submitted),
        percentText(i.rates.onTime),
        percentText(i.rates.verified),
      ]),
      { fontSize: 7 },
    );
  }
}

function warnings(pdf: PdfWriter, section: QuarterSection): void {
  const w = section.warnings;
  pdf.heading(`5. Temuan peringatan dini - ${section.label}`, 2);
  pdf.table(
    [
      { header: 'Temuan', width: 395 },
      { header: 'Jumlah', width: 100.28, align: 'right' },
    ],
    [
      [
        `Target belum dimulai menjelang tenggat ${longDate(w.notStarted.deadline)} (${w.notStarted.days} hari)`,
        count(w.notStarted.total),
      ],
      [`Instansi terlambat pada ${w.lateRepeatedly.minimum} triwulan atau lebih`, count(w.lateRepeatedly.total)],
      [`Laporan menunggu verifikasi lebih dari ${w.stuckInReview.verificationDays} hari`, count(w.stuckInReview.total)],
      ['Instansi dengan laporan diterima sebagian besar administratif', count(w.formality.total)],
    ],
    { fontSize: 8 },
  );
  const shown = (total: number, listed: number) =>
    listed < total ? ` (ditampilkan ${count(listed)} dari ${count(total)})` : '';
  if (w.lateRepeatedly.items.length > 0) {
    pdf.heading(`Terlambat berulang${shown(w.lateRepeatedly.total, w.lateRepeatedly.items.length)}`, 3);
    pdf.table(
      [
        { header: 'Instansi', width: 255 },
        { header: 'Triwulan terlambat', width: 140 },
        { header: 'Laporan terlambat/belum', width: 100.28, align: 'right' },
      ],
      w.lateRepeatedly.items.map((i) => [
        `${i.institution.code} ${i.institution.name}`,
        i.lateQuarters.join(', '),
        count(i.missing),
      ]),
      { fontSize: 7 },
    );
  }
  if (w.notStarted.items.length > 0) {
    pdf.heading(`Target belum dimulai${shown(w.notStarted.total, w.notStarted.items.length)}`, 3);
    pdf.table(
      [
        { header: 'Instansi', width: 215 },
        { header: 'Target', width: 70 },
        { header: 'Tenggat', width: 110 },
        { header: 'Sisa hari', width: 100.28, align: 'right' },
      ],
      w.notStarted.items.map((i) => [
        `${i.institution.code} ${i.institution.name}`,
        i.target.code,
        longDate(i.deadline),
        String(i.daysLeft),
      ]),
      { fontSize: 7 },
    );
  }
  if (w.stuckInReview.items.length > 0) {
    pdf.heading(`Menunggu verifikasi${shown(w.stuckInReview.total, w.stuckInReview.items.length)}`, 3);
    pdf.table(
      [
        { header: 'Instansi', width: 215 },
        { header: 'Target', width: 70 },
        { header: 'Dikirim', width: 110 },
        { header: 'Umur (hari)', width: 100.28, align: 'right' },
      ],
      w.stuckInReview.items.map((i) => [
        `${i.institution.code} ${i.institution.name}`,
        i.target.code,
        longDate(i.submittedAt),
        String(i.ageDays),
      ]),
      { fontSize: 7 },
    );
  }
  if (w.formality.items.length > 0) {
    pdf.heading(`Laporan cenderung formalitas${shown(w.formality.total, w.formality.items.length)}`, 3);
    pdf.paragraph(
      `Terdaftar bila sedikitnya ${count(w.formality.minimumGraded)} laporan terverifikasi sampai triwulan ini ` +
        'dinilai dan lebih dari separuhnya hanya administratif.',
      { muted: true, size: 7.5 },
    );
    pdf.table(
      [
        { header: 'Instansi', width: 150 },
        { header: 'Dinilai', width: 40, align: 'right' },
        { header: 'Administratif', width: 75, align: 'right' },
        { header: 'Terlaksana / Berdampak', width: 60, align: 'right' },
        { header: 'Target administratif', width: 170.28 },
      ],
      w.formality.items.map((i) => [
        `${i.institution.code} ${i.institution.name}`,
        count(i.graded),
        `${count(i.administratif)} (${percentText(i.share)})`,
        `${count(i.terlaksana)} / ${count(i.berdampak)}`,
        i.targets.map((t) => `${t.code} (TW ${t.quarter})`).join(', '),
      ]),
      { fontSize: 7 },
    );
  }
}

function quality(pdf: PdfWriter, section: QuarterSection): void {
  const national = section.national.headline.grades;
  pdf.heading(`6. Mutu laporan terverifikasi - ${section.label}`, 2);
  pdf.paragraph(
    'Laporan terverifikasi dari target yang jatuh tempo pada triwulan ini (tidak termasuk klaim tidak berlaku), ' +
      'menurut mutu: administratif (hanya dokumen), terlaksana (dilaksanakan), berdampak (ada perubahan terukur).',
  );
  pdf.paragraph(`Nasional: ${gradesText(national)}`);
  pdf.barChart(
    'Mutu laporan terverifikasi (% laporan dinilai)',
    QUALITY_GRADES.map((g) => ({ label: GRADE_NAMES[g], value: national.shares[g] })),
    percentText,
  );
  const gradeColumns: Column[] = [
    { header: 'Kode', width: 40 },
    { header: 'Nama', width: 175 },
    ...QUALITY_GRADES.map((g) => ({ header: GRADE_NAMES[g], width: 70, align: 'right' as const })),
    { header: 'Dinilai', width: 70.28, align: 'right' },
  ];
  const gradeCells = (code: string, name: string, row: FigureRowDto['grades']) => [
    code,
    name,
    ...QUALITY_GRADES.map((g) => `${count(row[g])} (${percentText(row.shares[g])})`),
    count(row.graded),
  ];
  pdf.heading('Per aksi', 3);
  pdf.table(
    gradeColumns,
    [...section.aksi.map((a) => gradeCells(a.code, a.name, a.grades)), gradeCells('ID', 'Nasional', national)],
    { fontSize: 7 },
  );
  pdf.heading('Per provinsi (pemerintah provinsi beserta kabupaten/kotanya)', 3);
  pdf.table(
    gradeColumns,
    section.provinces.map((p) => gradeCells(p.code, p.name, p.grades)),
    { fontSize: 7 },
  );
}

function fieldVerification(pdf: PdfWriter, section: QuarterSection): void {
  const f = section.field;
  pdf.heading(`7. Verifikasi lapangan - ${section.label}`, 2);
  if (!f.drawn) {
    pdf.paragraph('Sampel verifikasi lapangan ditarik saat triwulan ditutup; triwulan ini belum ditutup.');
    return;
  }
  pdf.table(
    [
      { header: 'Ukuran', width: 295 },
      { header: 'Nilai', width: 200.28, align: 'right' },
    ],
    [
      ['Populasi laporan diterima', count(f.population)],
      ['Sampel', count(f.size)],
      ['Sudah diperiksa', count(f.checked)],
      ['Sesuai', count(f.results.confirmed)],
      ['Skor disesuaikan', count(f.results.adjusted)],
      ['Tidak ditemukan', count(f.results.not_found)],
    ],
  );
  pdf.paragraph(`Benih (seed) penarikan sampel: ${f.seed}`, { muted: true, size: 7 });
  if (f.items.length > 0) {
    pdf.table(
      [
        { header: 'No', width: 25, align: 'right' },
        { header: 'Instansi', width: 190 },
        { header: 'Target', width: 60 },
        { header: 'Hasil', width: 100 },
        { header: 'Skor awal', width: 60, align: 'right' },
        { header: 'Skor akhir', width: 60.28, align: 'right' },
      ],
      f.items.map((i) => [
        String(i.position),
        `${i.institution.code} ${i.institution.name}`,
        i.target,
        i.result ? (FIELD_RESULT_NAMES[i.result] ?? i.result) : 'Belum diperiksa',
        i.originalScore === null ? '–' : String(i.originalScore),
        i.adjustedScore === null ? '–' : String(i.adjustedScore),
      ]),
      { fontSize: 7 },
    );
  }
}

function supportActivity(pdf: PdfWriter, section: QuarterSection): void {
  const s = section.support;
  pdf.heading(`8. Pendampingan Inspektorat - ${section.label}`, 2);
  pdf.paragraph(
    `${count(s.total)} kegiatan pendampingan (kunjungan, rapat, reviu, pelatihan) tercatat ${longDate(s.from)} sampai ${longDate(s.to)}.`,
  );
  if (s.provinces.length === 0) return;
  pdf.table(
    [
      { header: 'Provinsi', width: 235 },
      { header: 'Kegiatan', width: 85, align: 'right' },
      { header: 'Instansi yang mencatat', width: 95, align: 'right' },
      { header: 'Tindak lanjut terbuka', width: 80.28, align: 'right' },
    ],
    s.provinces.map((p) => [`${p.code} ${p.name}`, count(p.entries), count(p.institutions), count(p.openFollowUps)]),
    { fontSize: 7.5 },
  );
}

/** Writes the national report as PDF into `out`; resolves when it is complete. */
export async function renderNationalPdf(
  data: NationalDocument,
  out: Writable,
  options: PdfOptions & { onProgress?: ProgressListener } = {},
): Promise<void> {
  const progress = options.onProgress ?? (() => {});
  const pdf = new PdfWriter(out, data.title, { ...options, created: new Date(data.generatedAt) });
  pdf.heading(data.title);
  pdf.paragraph(data.period.name);
  pdf.paragraph(
    `Data per ${longDate(data.today)} (angka langsung dari dasbor Pantau). Dokumen dihasilkan ${longDate(data.generatedAt)}.`,
    { muted: true },
  );
  summary(pdf, data);
  trend(pdf, data);
  const steps = [byFokusAndAksi, byBand, warnings, quality, fieldVerification, supportActivity];
  const total = steps.length * data.sections.length;
  let done = 0;
  for (const section of data.sections) {
    pdf.newPage();
    pdf.heading(`${section.label} ${data.period.code}`);
    for (const step of steps) {
      step(pdf, section);
      progress('pdf', ++done, total);
      await pdf.breathe();
    }
  }
  await pdf.end(out);
}
