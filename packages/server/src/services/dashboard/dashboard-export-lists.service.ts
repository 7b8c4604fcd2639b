/**
 * The dashboard lists as downloadable tables: unstarted targets, repeated lateness, reports stuck
 * in review, formality, and the reports behind a figure. Long lists are walked from the database a
 * thousand rows at a time, so a national list is never held in memory.
 */
import { type Cell, type ExportQuery, romanQuarter } from '@pantau/core';
import type { AppContext } from '../../context.js';
import {
  listAdministratifTargets,
  listFormality,
  listStuck,
  listUnstarted,
} from '../../db/repositories/dashboard-warning.repository.js';
import { gridTable, type Table } from '../export/table-writer.js';
import { resolveFrame } from './dashboard-frame.service.js';
import { reportFilter, reportItem, walkReports } from './dashboard-reports.service.js';
import {
  FORMALITY_MINIMUM_GRADED,
  FORMALITY_TARGETS_SHOWN,
  formalityItem,
  lateInstitutions,
  stuckItem,
  stuckSince,
  unstartedItem,
  warningHorizon,
} from './dashboard-warning.service.js';

/** A dashboard table ready to write: rows of cells under Indonesian headers. */
export type ExportedTable = Table<Cell[]>;

export const INSTITUTION_HEADERS = ['Kode instansi', 'Nama instansi', 'Jenis', 'Provinsi'];

export const institutionCells = (i: {
  code: string;
  name: string;
  type: string;
  provinceCode: string | null;
}): Cell[] => [i.code, i.name, i.type, i.provinceCode];

/** Rows of a list already in memory (aggregates: at most one per institution). */
export async function* each<T>(items: Iterable<T>, cells: (item: T) => Cell[]): AsyncGenerator<Cell[]> {
  for (const item of items) yield cells(item);
}

async function frameOf(context: AppContext, query: ExportQuery) {
  const frame = await resolveFrame(context, { period: query.period, quarter: query.quarter });
  return { frame, stem: `${frame.period.code}-q${frame.quarter}` };
}

/** The list tables, by name. */
export const LIST_TABLES = {
  async 'not-started'(context: AppContext, query: ExportQuery): Promise<ExportedTable> {
    const { db } = context.database;
    const { frame, stem } = await frameOf(context, query);
    const horizon = warningHorizon(frame, query.days);
    return gridTable({
      fileName: `pantau-belum-dimulai-${stem}`,
      sheet: 'Target belum dimulai',
      headers: [...INSTITUTION_HEADERS, 'Kode target', 'Aksi', 'Output', 'Nama output', 'Batas waktu', 'Sisa hari'],
      rows: (async function* () {
        let after: { institutionCode: string; targetCode: string } | undefined;
        for (;;) {
          const rows = await listUnstarted(db, frame.period.id, frame.quarter, horizon, {
            limit: 1000,
            ...(after ? { after } : {}),
          });
          for (const row of rows) {
            const item = unstartedItem(frame, row);
            yield [
              ...institutionCells(item.institution),
              item.target.code,
              item.target.aksi,
              item.target.output,
              item.target.outputName,
              item.deadline,
              item.daysLeft,
            ];
          }
          const last = rows.at(-1);
          if (!last || rows.length < 1000) return;
          after = { institutionCode: last.institution_code, targetCode: last.target_code };
        }
      })(),
    });
  },
  async 'late-repeatedly'(context: AppContext, query: ExportQuery): Promise<ExportedTable> {
    const { frame, stem } = await frameOf(context, query);
    const late = await lateInstitutions(context, frame);
    return gridTable({
      fileName: `pantau-terlambat-berulang-${stem}`,
      sheet: 'Terlambat berulang',
      headers: [...INSTITUTION_HEADERS, 'Triwulan terlambat', 'Laporan terlambat atau belum ada'],
      rows: each(late.items, (i) => [
        ...institutionCells(i.institution),
        i.lateQuarters.map(romanQuarter).join(' '),
        i.missing,
      ]),
    });
  },
  async 'stuck-in-review'(context: AppContext, query: ExportQuery): Promise<ExportedTable> {
    const { db } = context.database;
    const { frame, stem } = await frameOf(context, query);
    const since = stuckSince(frame);
    return gridTable({
      fileName: `pantau-tertahan-verifikasi-${stem}`,
      sheet: 'Tertahan di verifikasi',
      headers: ['ID laporan', ...INSTITUTION_HEADERS, 'Kode target', 'Status', 'Dikirim', 'Menunggu (hari)'],
      rows: (async function* () {
        for (let offset = 0; ; offset += 1000) {
          const rows = await listStuck(db, frame.period.id, frame.quarter, since, { limit: 1000, offset });
          for (const row of rows) {
            const item = stuckItem(frame, row);
            yield [
              item.reportId,
              ...institutionCells(item.institution),
              item.target.code,
              item.state,
              item.submittedAt,
              item.ageDays,
            ];
          }
          if (rows.length < 1000) return;
        }
      })(),
    });
  },
  async formality(context: AppContext, query: ExportQuery): Promise<ExportedTable> {
    const { db } = context.database;
    const { frame, stem } = await frameOf(context, query);
    return gridTable({
      fileName: `pantau-formalitas-${stem}`,
      sheet: 'Mayoritas administratif',
      headers: [
        ...INSTITUTION_HEADERS,
        'Laporan dinilai',
        'Administratif',
        'Administratif (%)',
        'Terlaksana',
        'Berdampak',
        'Target administratif',
        'Alasan',
      ],
      rows: (async function* () {
        for (let offset = 0; ; offset += 1000) {
          const rows = await listFormality(db, frame.period.id, frame.quarter, FORMALITY_MINIMUM_GRADED, {
            limit: 1000,
            offset,
          });
          const targets = await listAdministratifTargets(
            db,
            frame.period.id,
            frame.quarter,
            rows.map((r) => r.institution_code),
            FORMALITY_TARGETS_SHOWN,
          );
          for (const row of rows) {
            const item = formalityItem(row, targets);
            yield [
              ...institutionCells(item.institution),
              item.graded,
              item.administratif,
              item.share,
              item.terlaksana,
              item.berdampak,
              item.targets.map((t) => `${t.code} (TW ${t.quarter})`).join(', '),
              item.reason,
            ];
          }
          if (rows.length < 1000) return;
        }
      })(),
    });
  },
  async reports(context: AppContext, query: ExportQuery): Promise<ExportedTable> {
    const { db } = context.database;
    const { period, filter } = await reportFilter(context, query);
    return gridTable({
      fileName: `pantau-laporan-${period}`,
      sheet: 'Laporan',
      headers: [
        'ID laporan',
        'Triwulan',
        ...INSTITUTION_HEADERS,
        'Kode target',
        'Aksi',
        'Output',
        'Status',
        'Putaran revisi',
        'Dikirim pertama',
        'Tepat waktu',
        'Bukti lengkap',
        'Bobot',
        'Skor',
        'Mutu',
        'Tidak berlaku',
      ],
      rows: (async function* () {
        for await (const row of walkReports(db, filter)) {
          const r = reportItem(row);
          yield [
            r.id,
            r.quarter,
            ...institutionCells(r.institution),
            r.target.code,
            r.target.aksi,
            r.target.output,
            r.state,
            r.round,
            r.submittedAt,
            r.onTime,
            r.complete,
            r.weight,
            r.score,
            r.qualityGrade,
            r.notApplicable,
          ];
        }
      })(),
    });
  },
} as const;
