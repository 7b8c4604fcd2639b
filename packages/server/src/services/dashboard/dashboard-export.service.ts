/**
 * Every dashboard table as rows for CSV or XLSX, with Indonesian headers. Aggregate tables come
 * from the same functions as the JSON endpoints, so the numbers are the same; the lists are in
 * `dashboard-export-lists.service.ts`.
 */
import {
  BREAKDOWNS,
  type Breakdown,
  type Cell,
  type ExportQuery,
  type ExportTable,
  type FigureRowDto,
  type Figures,
  RANKING_MEASURES,
  type RankingMeasure,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import { ValidationError } from '../../errors.js';
import { gridTable } from '../export/table-writer.js';
import {
  aksiView,
  breakdown,
  institutionView,
  nationalView,
  provincesView,
  provinceView,
} from './dashboard.service.js';
import {
  type ExportedTable,
  each,
  INSTITUTION_HEADERS,
  institutionCells,
  LIST_TABLES,
} from './dashboard-export-lists.service.js';
import { rankings } from './dashboard-rankings.service.js';

export type { ExportedTable } from './dashboard-export-lists.service.js';

const FIGURE_HEADERS = [
  'Capaian (%)',
  'Predikat',
  'Bobot jatuh tempo',
  'Skor tertimbang',
  'Target triwulan',
  'Dikirim',
  'Tepat waktu',
  'Bukti lengkap',
  'Terverifikasi',
  'Tidak berlaku',
  'Dikirim (%)',
  'Tepat waktu (%)',
  'Bukti lengkap (%)',
  'Terverifikasi (%)',
  'Mutu: administratif',
  'Mutu: terlaksana',
  'Mutu: berdampak',
];

function figureCells(f: Figures): Cell[] {
  return [
    f.achievement,
    f.band,
    f.weightDue,
    f.weightedScore,
    f.expected,
    f.submitted,
    f.onTime,
    f.complete,
    f.verified,
    f.notApplicable,
    f.rates.submitted,
    f.rates.onTime,
    f.rates.complete,
    f.rates.verified,
    f.grades.administratif,
    f.grades.terlaksana,
    f.grades.berdampak,
  ];
}

const ROW_HEADERS = ['Kode', 'Nama', 'Induk', 'Instansi', ...FIGURE_HEADERS];
const rowCells = (row: FigureRowDto): Cell[] => [row.code, row.name, row.parent, row.institutions, ...figureCells(row)];
function need<T>(value: T | undefined, name: string): T {
  if (value === undefined || value === '') {
    throw new ValidationError(
      { id: `Parameter "${name}" wajib untuk tabel ini.`, en: `Parameter "${name}" is required for this table.` },
      [{ path: name, message: 'required' }],
    );
  }
  return value;
}

function measure<T extends string>(value: string | undefined, allowed: readonly T[], fallback?: T): T {
  if (value === undefined && fallback) return fallback;
  if (!allowed.includes(value as T)) {
    throw new ValidationError(
      { id: `"by" harus salah satu dari: ${allowed.join(', ')}.`, en: `"by" must be one of: ${allowed.join(', ')}.` },
      [{ path: 'by', message: allowed.join('|') }],
    );
  }
  return value as T;
}

/** The rows and headers of `table` for the filters in `query`. */
export async function exportTable(context: AppContext, table: ExportTable, query: ExportQuery): Promise<ExportedTable> {
  const view = { period: query.period, quarter: query.quarter };
  switch (table) {
    case 'trend': {
      const national = await nationalView(context, view);
      return gridTable({
        fileName: `pantau-tren-nasional-${national.period}`,
        sheet: 'Tren nasional',
        headers: ['Triwulan', 'Label', ...FIGURE_HEADERS],
        rows: each(national.trend, (p) => [p.quarter, p.label, ...figureCells(p)]),
      });
    }
    case 'types': {
      const national = await nationalView(context, view);
      return gridTable({
        fileName: `pantau-jenis-instansi-${national.period}-q${national.quarter}`,
        sheet: 'Jenis instansi',
        headers: ROW_HEADERS,
        rows: each(national.byType, rowCells),
      });
    }
    case 'breakdown': {
      const by = measure<Breakdown>(query.by, BREAKDOWNS);
      const result = await breakdown(context, { ...view, by });
      return gridTable({
        fileName: `pantau-rincian-${by}-${result.period}-q${result.quarter}`,
        sheet: `Rincian per ${by}`,
        headers: ROW_HEADERS,
        rows: each(result.rows, rowCells),
      });
    }
    case 'provinces': {
      const result = await provincesView(context, view);
      return gridTable({
        fileName: `pantau-provinsi-${result.period}-q${result.quarter}`,
        sheet: 'Provinsi',
        headers: [...ROW_HEADERS, ...FIGURE_HEADERS.map((h) => `Pemprov: ${h}`)],
        rows: each(result.rows, (row) => [
          ...rowCells(row),
          ...(row.own ? figureCells(row.own) : FIGURE_HEADERS.map(() => null)),
        ]),
      });
    }
    case 'province-institutions':
    case 'province-types': {
      const result = await provinceView(context, need(query.province, 'province'), view);
      const types = table === 'province-types';
      return gridTable({
        fileName: `pantau-provinsi-${result.province.code}${types ? '-jenis' : ''}-${result.period}-q${result.quarter}`,
        sheet: `Provinsi ${result.province.code}`,
        headers: ROW_HEADERS,
        rows: each(types ? result.byType : result.institutions, rowCells),
      });
    }
    case 'province-trend': {
      const result = await provinceView(context, need(query.province, 'province'), view);
      return gridTable({
        fileName: `pantau-tren-provinsi-${result.province.code}-${result.period}`,
        sheet: `Tren provinsi ${result.province.code}`,
        headers: ['Triwulan', 'Label', ...FIGURE_HEADERS],
        rows: each(result.trend, (p) => [p.quarter, p.label, ...figureCells(p)]),
      });
    }
    case 'rankings': {
      const by = measure<RankingMeasure>(query.by, RANKING_MEASURES, 'achievement');
      const result = await rankings(context, { ...view, by, limit: query.limit, type: query.type });
      const rank = (list: string) => (r: (typeof result.best)[number]) => [
        list,
        r.rank,
        ...institutionCells(r.institution),
        r.value,
        r.achievement,
        r.band,
        r.expected,
        r.onTime,
        null,
        null,
      ];
      const move = (list: string) => (m: (typeof result.movers.up)[number]) => [
        list,
        null,
        ...institutionCells(m.institution),
        m.current,
        null,
        m.band,
        null,
        null,
        m.previous,
        m.change,
      ];
      return gridTable({
        fileName: `pantau-peringkat-${by}-${result.period}-q${result.quarter}`,
        sheet: `Peringkat ${by}`,
        headers: [
          'Daftar',
          'Peringkat',
          ...INSTITUTION_HEADERS,
          'Nilai',
          'Capaian (%)',
          'Predikat',
          'Target triwulan',
          'Tepat waktu',
          'Sebelumnya',
          'Perubahan',
        ],
        rows: (async function* () {
          yield* each(result.best, rank('terbaik'));
          yield* each(result.worst, rank('terburuk'));
          yield* each(result.movers.up, move('naik'));
          yield* each(result.movers.down, move('turun'));
        })(),
      });
    }
    case 'institution-quarters':
    case 'institution-outputs': {
      const result = await institutionView(context, need(query.institution, 'institution'), view);
      const stem = `${result.institution.code}-${result.period}`;
      return table === 'institution-quarters'
        ? gridTable({
            fileName: `pantau-instansi-${stem}`,
            sheet: result.institution.name,
            headers: ['Triwulan', 'Label', ...FIGURE_HEADERS],
            rows: each(result.quarters, (p) => [p.quarter, p.label, ...figureCells(p)]),
          })
        : gridTable({
            fileName: `pantau-instansi-output-${stem}-q${result.quarter}`,
            sheet: 'Output',
            headers: ROW_HEADERS,
            rows: each(result.outputs, rowCells),
          });
    }
    case 'aksi-outputs':
    case 'aksi-types': {
      const result = await aksiView(context, need(query.aksi, 'aksi'), view);
      return gridTable({
        fileName: `pantau-aksi-${result.aksi.code}-${table === 'aksi-outputs' ? 'output' : 'jenis'}-${result.period}-q${result.quarter}`,
        sheet: `Aksi ${result.aksi.code}`,
        headers: ROW_HEADERS,
        rows: each(table === 'aksi-outputs' ? result.outputs : result.byType, rowCells),
      });
    }
    default:
      return LIST_TABLES[table](context, query);
  }
}
