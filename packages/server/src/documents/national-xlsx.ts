/**
 * The national report as XLSX, one sheet per part: Ringkasan, Fokus & Aksi, Instansi per band, Provinsi,
 * Peringatan dini, Kualitas, Verifikasi lapangan. Figures are numbers (not text), rows are written
 * and committed one by one through exceljs's streaming writer.
 */
import type { Writable } from 'node:stream';
import {
  FIGURE_NAMES,
  type FigureRowDto,
  gradeWeightLabel,
  INSTITUTION_TYPE_NAMES,
  QUALITY_GRADES,
} from '@pantau/core';
import { exceljs } from '../heavy-libraries.js';
import type { NationalDocument, ProgressListener } from '../services/documents/document.service.js';
import { bandName, FIELD_RESULT_NAMES, GRADE_NAMES } from './document-text.js';

/** Sheet names, in order. */
export const SHEETS = [
  'Ringkasan',
  'Fokus & Aksi',
  'Instansi per band',
  'Provinsi',
  'Peringatan dini',
  'Kualitas',
  'Verifikasi lapangan',
  'Pendampingan',
] as const;

type Value = string | number | null;

const FIGURE_HEADERS = [
  'Capaian',
  'Kategori',
  'Instansi',
  'Diharapkan',
  'Terkirim',
  'Tepat waktu',
  'Lengkap',
  'Terverifikasi',
  'Tidak berlaku',
  'Terkirim (%)',
  'Kepatuhan tepat waktu (%)',
  'Lengkap (%)',
  'Terverifikasi (%)',
];

function figureValues(row: Omit<FigureRowDto, 'code' | 'name' | 'parent' | 'drill'>): Value[] {
  return [
    row.achievement,
    bandName(row.band),
    row.institutions,
    row.expected,
    row.submitted,
    row.onTime,
    row.complete,
    row.verified,
    row.notApplicable,
    row.rates.submitted,
    row.rates.onTime,
    row.rates.complete,
    row.rates.verified,
  ];
}

/** Writes the national report as XLSX into `out`; resolves when it is complete. */
export async function renderNationalXlsx(
  data: NationalDocument,
  out: Writable,
  options: { onProgress?: ProgressListener } = {},
): Promise<void> {
  const progress = options.onProgress ?? (() => {});
  const workbook = new (exceljs().stream.xlsx.WorkbookWriter)({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Pantau';
  workbook.created = new Date(data.generatedAt);
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
  const sheet = (name: (typeof SHEETS)[number], headers: string[], widths: number[]) => {
    const worksheet = workbook.addWorksheet(name);
    worksheet.columns = headers.map((header, i) => ({ header, width: widths[i] ?? 14 }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.getRow(1).commit();
    return {
      add: async (values: Value[]) => {
        worksheet.addRow(values).commit();
        if (out.writableNeedDrain) await new Promise((resolve) => out.once('drain', resolve));
      },
      done: () => worksheet.commit(),
    };
  };
  const quarterOf = (label: string) => `${label} ${data.period.code}`;

  const summary = sheet('Ringkasan', ['Bagian', 'Triwulan', 'Ukuran', 'Nilai'], [22, 26, 36, 14]);
  await summary.add(['Judul', null, data.title, null]);
  await summary.add(['Data per', null, data.today, null]);
  for (const s of data.sections) {
    const h = s.national.headline;
    const rows: [string, Value][] = [
      ['Capaian nasional', h.achievement],
      ['Bobot mutu pada capaian', gradeWeightLabel(s.national.gradeWeight, 'id') ?? 'tidak ada'],
      ['Kategori capaian', bandName(h.band)],
      ['Instansi dihitung (target jatuh tempo)', h.institutions],
      ['Laporan diharapkan', h.expected],
      ['Laporan terkirim', h.submitted],
      ['Laporan tepat waktu', h.onTime],
      ['Laporan dengan data dukung lengkap', h.complete],
      ['Laporan terverifikasi', h.verified],
      ['Terkirim (%)', h.rates.submitted],
      ['Kepatuhan tepat waktu (%)', h.rates.onTime],
      ['Data dukung lengkap (%)', h.rates.complete],
      ['Terverifikasi (%)', h.rates.verified],
      ['Instansi kategori Baik', h.bands.baik],
      ['Instansi kategori Cukup', h.bands.cukup],
      ['Instansi kategori Kurang', h.bands.kurang],
      ...QUALITY_GRADES.map((g): [string, Value] => [`Mutu: ${GRADE_NAMES[g]} (laporan terverifikasi)`, h.grades[g]]),
      [FIGURE_NAMES.impactJudged.id, h.impact.judged],
      [`${FIGURE_NAMES.impactReached.id} (%)`, h.impact.reachedRate],
      [`${FIGURE_NAMES.impactShare.id} (%)`, h.impact.meanShare],
    ];
    for (const [label, value] of rows) await summary.add(['Ringkasan', quarterOf(s.label), label, value]);
    for (const type of s.national.byType) {
      await summary.add(['Per jenis instansi', quarterOf(s.label), `${type.name}: capaian`, type.achievement]);
    }
  }
  const last = data.sections[data.sections.length - 1];
  for (const point of last?.national.trend ?? []) {
    await summary.add(['Tren: capaian', quarterOf(point.label), 'Capaian', point.achievement]);
    await summary.add(['Tren: tepat waktu (%)', quarterOf(point.label), 'Tepat waktu (%)', point.rates.onTime]);
    await summary.add(['Tren: terverifikasi (%)', quarterOf(point.label), 'Terverifikasi (%)', point.rates.verified]);
  }
  summary.done();
  progress('xlsx', 1, SHEETS.length);

  const catalogue = sheet(
    'Fokus & Aksi',
    ['Triwulan', 'Tingkat', 'Kode', 'Nama', 'Induk', ...FIGURE_HEADERS],
    [18, 8, 8, 48, 8],
  );
  for (const s of data.sections) {
    for (const fokus of s.national.byFokus) {
      await catalogue.add([quarterOf(s.label), 'fokus', fokus.code, fokus.name, null, ...figureValues(fokus)]);
      for (const aksi of s.aksi.filter((a) => a.parent === fokus.code)) {
        await catalogue.add([quarterOf(s.label), 'aksi', aksi.code, aksi.name, aksi.parent, ...figureValues(aksi)]);
      }
    }
  }
  catalogue.done();
  progress('xlsx', 2, SHEETS.length);

  const institutions = sheet(
    'Instansi per band',
    ['Triwulan', 'Kode', 'Instansi', 'Jenis', 'Provinsi', ...FIGURE_HEADERS],
    [18, 12, 40, 20, 10],
  );
  for (const s of data.sections) {
    const ordered = [...s.institutions].sort(
      (a, b) => (b.achievement ?? -1) - (a.achievement ?? -1) || a.code.localeCompare(b.code),
    );
    for (const i of ordered) {
      await institutions.add([
        quarterOf(s.label),
        i.code,
        i.name,
        INSTITUTION_TYPE_NAMES[i.type],
        i.provinceCode,
        ...figureValues(i),
      ]);
    }
  }
  institutions.done();
  progress('xlsx', 3, SHEETS.length);

  const provinces = sheet('Provinsi', ['Triwulan', 'Kode', 'Provinsi', ...FIGURE_HEADERS], [18, 8, 36]);
  for (const s of data.sections) {
    for (const p of s.provinces) await provinces.add([quarterOf(s.label), p.code, p.name, ...figureValues(p)]);
  }
  provinces.done();
  progress('xlsx', 4, SHEETS.length);

  const warnings = sheet(
    'Peringatan dini',
    ['Triwulan', 'Temuan', 'Instansi', 'Nama instansi', 'Rincian', 'Nilai'],
    [18, 30, 12, 36, 40, 10],
  );
  for (const s of data.sections) {
    const w = s.warnings;
    const q = quarterOf(s.label);
    await warnings.add([
      q,
      'Jumlah: target belum dimulai',
      null,
      null,
      `tenggat ${w.notStarted.deadline}`,
      w.notStarted.total,
    ]);
    await warnings.add([
      q,
      'Jumlah: terlambat berulang',
      null,
      null,
      `triwulan ${w.lateRepeatedly.quarters.join(', ')}`,
      w.lateRepeatedly.total,
    ]);
    await warnings.add([
      q,
      'Jumlah: menunggu verifikasi',
      null,
      null,
      `> ${w.stuckInReview.verificationDays} hari`,
      w.stuckInReview.total,
    ]);
    await warnings.add([
      q,
      'Jumlah: cenderung formalitas',
      null,
      null,
      `>= ${w.formality.minimumGraded} dinilai`,
      w.formality.total,
    ]);
    for (const i of w.notStarted.items) {
      await warnings.add([
        q,
        'Target belum dimulai',
        i.institution.code,
        i.institution.name,
        `${i.target.code} (tenggat ${i.deadline})`,
        i.daysLeft,
      ]);
    }
    for (const i of w.lateRepeatedly.items) {
      await warnings.add([
        q,
        'Terlambat berulang',
        i.institution.code,
        i.institution.name,
        `triwulan ${i.lateQuarters.join(', ')}`,
        i.missing,
      ]);
    }
    for (const i of w.stuckInReview.items) {
      await warnings.add([
        q,
        'Menunggu verifikasi',
        i.institution.code,
        i.institution.name,
        `${i.target.code} (dikirim ${i.submittedAt})`,
        i.ageDays,
      ]);
    }
    for (const i of w.formality.items) {
      await warnings.add([
        q,
        'Cenderung formalitas',
        i.institution.code,
        i.institution.name,
        `${i.reason} Target: ${i.targets.map((t) => `${t.code} (TW ${t.quarter})`).join(', ')}`,
        i.share,
      ]);
    }
  }
  warnings.done();
  progress('xlsx', 5, SHEETS.length);

  const quality = sheet(
    'Kualitas',
    [
      'Triwulan',
      'Tingkat',
      'Kode',
      'Nama',
      ...QUALITY_GRADES.map((g) => GRADE_NAMES[g]),
      'Dinilai',
      ...QUALITY_GRADES.map((g) => `${GRADE_NAMES[g]} (%)`),
    ],
    [18, 10, 10, 48],
  );
  const gradeValues = (grades: FigureRowDto['grades']): Value[] => [
    ...QUALITY_GRADES.map((g) => grades[g]),
    grades.graded,
    ...QUALITY_GRADES.map((g) => grades.shares[g]),
  ];
  for (const s of data.sections) {
    const q = quarterOf(s.label);
    await quality.add([q, 'Nasional', 'ID', 'Nasional', ...gradeValues(s.national.headline.grades)]);
    for (const a of s.aksi) await quality.add([q, 'Aksi', a.code, a.name, ...gradeValues(a.grades)]);
    for (const p of s.provinces) await quality.add([q, 'Provinsi', p.code, p.name, ...gradeValues(p.grades)]);
    for (const i of s.institutions) await quality.add([q, 'Instansi', i.code, i.name, ...gradeValues(i.grades)]);
  }
  quality.done();
  progress('xlsx', 6, SHEETS.length);

  const field = sheet(
    'Verifikasi lapangan',
    ['Triwulan', 'No', 'Instansi', 'Nama instansi', 'Target', 'Status', 'Hasil', 'Skor awal', 'Skor akhir'],
    [18, 6, 12, 36, 10, 12, 18, 10, 10],
  );
  for (const s of data.sections) {
    const f = s.field;
    if (!f.drawn) {
      await field.add([
        quarterOf(s.label),
        null,
        null,
        'Sampel belum ditarik (triwulan belum ditutup)',
        null,
        null,
        null,
        null,
        null,
      ]);
      continue;
    }
    for (const i of f.items) {
      await field.add([
        quarterOf(s.label),
        i.position,
        i.institution.code,
        i.institution.name,
        i.target,
        i.status === 'done' ? 'diperiksa' : 'menunggu',
        i.result ? (FIELD_RESULT_NAMES[i.result] ?? i.result) : null,
        i.originalScore,
        i.adjustedScore,
      ]);
    }
  }
  field.done();
  progress('xlsx', 7, SHEETS.length);

  const support = sheet(
    'Pendampingan',
    ['Triwulan', 'Kode', 'Provinsi', 'Kegiatan', 'Instansi yang mencatat', 'Tindak lanjut terbuka'],
    [18, 8, 36, 12, 14, 14],
  );
  for (const s of data.sections) {
    for (const p of s.support.provinces) {
      await support.add([quarterOf(s.label), p.code, p.name, p.entries, p.institutions, p.openFollowUps]);
    }
  }
  support.done();
  progress('xlsx', 8, SHEETS.length);
  await workbook.commit();
  await finished;
}
