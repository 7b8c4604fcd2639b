/**
 * The monitoring dashboards (issue #6): national view, breakdowns, provinces, and the province,
 * institution and aksi views. Figures of institutions, types and provinces are sums of the live
 * per-institution figures; figures of fokus, aksi and outputs come from the reports (see
 * `dashboard-outputs.service.ts`). Both follow the same rules, and the tests hold them equal.
 */
import {
  type AksiViewDto,
  type Breakdown,
  type BreakdownDto,
  type DashboardQuery,
  DEFAULT_BAND_THRESHOLDS,
  EMPTY_SUMS,
  type FigureRowDto,
  figuresOf,
  INSTITUTION_TYPE_NAMES,
  INSTITUTION_TYPES,
  type InstitutionType,
  type InstitutionViewDto,
  type NationalViewDto,
  type ProvincesDto,
  type ProvinceViewDto,
  triwulanLabel,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { findAksiWithFokus } from '../../db/repositories/dashboard-outputs.repository.js';
import {
  bandCounts,
  type FigureFilter,
  figureTrend,
  groupedFigureSums,
  institutionFigureSums,
  listProvinceInstitutions,
} from '../../db/repositories/figure-sums.repository.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import type { Institution } from '../../db/schema.js';
import { NotFoundError } from '../../errors.js';
import { impactFiguresAt } from '../figures/impact-figures.js';
import {
  type DashboardFrame,
  figureRow,
  frameDto,
  frameOf,
  resolveFrame,
  resolveShown,
  sumsOf,
} from './dashboard-frame.service.js';
import { freshWithin } from './dashboard-memo.js';
import { catalogueRows, typeRowsFromReports } from './dashboard-outputs.service.js';
import { offloaded } from './figures-offload.js';

/** Trend of quarters 1..`through` from the stored figures (quarters without rows are empty). */
async function trend(db: Executor, frame: DashboardFrame, through: number, filter: FigureFilter) {
  const rows = await figureTrend(db, frame.period.id, through, filter);
  return Array.from({ length: through }, (_, i) => {
    const quarter = i + 1;
    const sums = sumsOf(rows.find((r) => r.quarter_number === quarter));
    return { ...figuresOf(sums), quarter, label: triwulanLabel(quarter) };
  });
}

/** One row per institution type, every type listed. */
async function typeRows(db: Executor, frame: DashboardFrame, filter: FigureFilter): Promise<FigureRowDto[]> {
  const rows = await groupedFigureSums(db, frame.period.id, frame.quarter, 'type', filter);
  const types = filter.provinceCode ? INSTITUTION_TYPES.filter((t) => t !== 'kl') : INSTITUTION_TYPES;
  return types.map((type: InstitutionType) => {
    const row = rows.find((r) => r.key === type);
    const drill = filter.provinceCode ? { type, province: filter.provinceCode } : { type };
    return figureRow(
      { code: type, name: INSTITUTION_TYPE_NAMES[type] },
      Number(row?.institutions ?? 0),
      sumsOf(row),
      drill,
    );
  });
}

/**
 * The national view: headline figures, trend and the breakdown by type (sums of the live
 * per-institution figures: cost grows with institutions), and by fokus (from the reports). The
 * answer is kept until the next write, and while writes stream in it is served up to
 * `figuresMaxStaleMs` old while the next one is computed off the request path (see
 * `dashboard-memo.ts`, `figures-offload.ts`); `figuresAt` says when its figures were read. Between
 * writes a request costs two indexed reads.
 */
export async function nationalView(context: AppContext, query: DashboardQuery): Promise<NationalViewDto> {
  const shown = await resolveShown(context, query);
  return keptView(context, ['national', shown.period.id, shown.quarter, shown.today], () =>
    offloaded(context, { kind: 'national', shown }, async () =>
      computeNationalView(context, await frameOf(context, shown)),
    ),
  );
}

/**
 * A view kept within the staleness bound (`freshWithin`): while reports stream in, the observers
 * polling it share one recomputation every few seconds instead of one each. Says when its figures
 * were read (`figuresAt`), which the screens show.
 */
async function keptView<T>(
  context: AppContext,
  key: readonly unknown[],
  compute: () => Promise<T>,
): Promise<T & { figuresAt: string }> {
  const fresh = await freshWithin(context.database.db, JSON.stringify(key), context.config.figuresMaxStaleMs, compute);
  return { ...fresh.value, figuresAt: new Date(fresh.at).toISOString() };
}

/** The national view computed from the stored figures and the reports (exported for the worker thread). */
export async function computeNationalView(context: AppContext, frame: DashboardFrame): Promise<NationalViewDto> {
  const { db } = context.database;
  const [headline, bands, trendRows, byType, byFokus, impact] = await Promise.all([
    groupedFigureSums(db, frame.period.id, frame.quarter, 'all', {}),
    bandCounts(db, frame.period.id, frame.quarter, DEFAULT_BAND_THRESHOLDS, {}),
    trend(db, frame, frame.quarter, {}),
    typeRows(db, frame, {}),
    catalogueRows(db, frame.period.id, frame.quarter, 'fokus', {}),
    impactFiguresAt(db, frame.period.id, frame.quarter, {}),
  ]);
  const total = headline[0];
  return {
    ...frameDto(frame),
    headline: {
      ...figureRow({ code: 'ID', name: 'Nasional' }, Number(total?.institutions ?? 0), sumsOf(total), {}),
      bands,
      impact,
    },
    trend: trendRows,
    byType,
    byFokus,
  };
}

/** Figures of every province: the aggregate of its government with its kabupaten/kota, and its government alone. */
async function provinceRows(db: Executor, frame: DashboardFrame, provinceCode?: string) {
  const filter = { provinceCode };
  const [provinces, aggregates, own] = await Promise.all([
    listProvinceInstitutions(db),
    groupedFigureSums(db, frame.period.id, frame.quarter, 'province', filter),
    institutionFigureSums(db, frame.period.id, frame.quarter, { ...filter, type: 'provinsi' }),
  ]);
  const names = new Map(provinces.map((p) => [p.province_code ?? p.code, p]));
  const codes = new Set([...names.keys(), ...aggregates.map((a) => a.key)]);
  return [...codes]
    .filter((code) => provinceCode === undefined || code === provinceCode)
    .sort()
    .map((code) => {
      const government = names.get(code);
      const aggregate = aggregates.find((a) => a.key === code);
      const ownRow = government ? own.find((o) => o.key === government.code) : undefined;
      return {
        ...figureRow(
          { code, name: government?.name ?? code },
          Number(aggregate?.institutions ?? 0),
          sumsOf(aggregate),
          { province: code },
        ),
        own: government ? figuresOf(ownRow ? sumsOf(ownRow) : { ...EMPTY_SUMS }) : null,
      };
    });
}

/** Every province's figures (the map colours them by `band`). */
export async function provincesView(context: AppContext, query: DashboardQuery): Promise<ProvincesDto> {
  const frame = await resolveFrame(context, query);
  return { ...frameDto(frame), rows: await provinceRows(context.database.db, frame) };
}

const PROVINCE_NOT_FOUND = { id: 'Provinsi tidak ditemukan.', en: 'Province not found.' };

/** One province: its figures, trend, types and each of its institutions. */
export async function provinceView(context: AppContext, code: string, query: DashboardQuery): Promise<ProvinceViewDto> {
  const shown = await resolveShown(context, query);
  return keptView(context, ['province', code, shown.period.id, shown.quarter, shown.today], () =>
    offloaded(context, { kind: 'province', shown, code }, async () =>
      computeProvinceView(context.database.db, await frameOf(context, shown), code),
    ),
  );
}

/** One province's view computed from the stored figures (exported for the worker thread). */
export async function computeProvinceView(db: Executor, frame: DashboardFrame, code: string): Promise<ProvinceViewDto> {
  const [province] = await provinceRows(db, frame, code);
  if (!province) throw new NotFoundError(PROVINCE_NOT_FOUND);
  const filter = { provinceCode: code };
  const [trendRows, byType, institutions] = await Promise.all([
    trend(db, frame, frame.quarter, filter),
    typeRows(db, frame, filter),
    institutionFigureSums(db, frame.period.id, frame.quarter, filter),
  ]);
  return {
    ...frameDto(frame),
    province,
    trend: trendRows,
    byType,
    institutions: institutions.map((row) =>
      figureRow({ code: row.key, name: row.name, parent: code }, Number(row.institutions), sumsOf(row), {
        institution: row.key,
      }),
    ),
  };
}

/** A breakdown of the national figures by fokus, aksi, output, institution type or province. */
export async function breakdown(context: AppContext, query: DashboardQuery & { by: Breakdown }): Promise<BreakdownDto> {
  const { db } = context.database;
  const frame = await resolveFrame(context, query);
  let rows: FigureRowDto[];
  if (query.by === 'type') rows = await typeRows(db, frame, {});
  else if (query.by === 'province') rows = await provinceRows(db, frame);
  else rows = await catalogueRows(db, frame.period.id, frame.quarter, query.by, {});
  // Province rows carry their government's own figures; a breakdown lists the aggregates only.
  return {
    ...frameDto(frame),
    by: query.by,
    rows: rows.map(({ own: _own, ...row }: FigureRowDto & { own?: unknown }) => row),
  };
}

const INSTITUTION_NOT_FOUND = { id: 'Instansi tidak ditemukan.', en: 'Institution not found.' };

/** One institution: its figures in every quarter of the period, and per output at quarter q. */
export async function institutionView(
  context: AppContext,
  code: string,
  query: DashboardQuery,
): Promise<InstitutionViewDto> {
  const { db } = context.database;
  const institution = await findInstitutionByCode(db, code);
  if (!institution) throw new NotFoundError(INSTITUTION_NOT_FOUND);
  const shown = await resolveShown(context, query);
  return keptView(context, ['institution', institution.id, shown.period.id, shown.quarter, shown.today], () =>
    offloaded(context, { kind: 'institution', shown, institution }, async () =>
      computeInstitutionView(db, await frameOf(context, shown), institution),
    ),
  );
}

/** One institution's view computed from the stored figures and the reports (exported for the worker thread). */
export async function computeInstitutionView(
  db: Executor,
  frame: DashboardFrame,
  institution: Institution,
): Promise<InstitutionViewDto> {
  const [quarters, outputs] = await Promise.all([
    trend(db, frame, 8, { institutionId: institution.id }),
    catalogueRows(db, frame.period.id, frame.quarter, 'output', { institutionId: institution.id }),
  ]);
  return {
    ...frameDto(frame),
    institution: {
      code: institution.code,
      name: institution.name,
      type: institution.type as InstitutionType,
      provinceCode: institution.province_code,
    },
    quarters,
    outputs: outputs.map((row) => ({ ...row, drill: { ...row.drill, institution: institution.code } })),
  };
}

const AKSI_NOT_FOUND = { id: 'Aksi tidak ditemukan pada periode ini.', en: 'No such aksi in this period.' };

/** One aksi: its figures, per output and per institution type. */
export async function aksiView(context: AppContext, code: string, query: DashboardQuery): Promise<AksiViewDto> {
  const { db } = context.database;
  const frame = await resolveFrame(context, query);
  const aksi = await findAksiWithFokus(db, frame.period.id, code);
  if (!aksi) throw new NotFoundError(AKSI_NOT_FOUND);
  const filter = { aksiId: aksi.id };
  const [aksiRows, outputs, byType] = await Promise.all([
    catalogueRows(db, frame.period.id, frame.quarter, 'aksi', filter),
    catalogueRows(db, frame.period.id, frame.quarter, 'output', filter),
    typeRowsFromReports(db, frame.period.id, frame.quarter, { ...filter, aksiCode: code }),
  ]);
  const row =
    aksiRows[0] ?? figureRow({ code, name: aksi.name, parent: aksi.fokus_code }, 0, { ...EMPTY_SUMS }, { aksi: code });
  return {
    ...frameDto(frame),
    aksi: { ...row, fokusName: aksi.fokus_name },
    outputs,
    byType,
  };
}
