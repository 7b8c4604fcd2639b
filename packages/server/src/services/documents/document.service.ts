/**
 * The data of the generated reports: the quarterly and semester national reports ("Laporan
 * Pelaksanaan Aksi Pencegahan Korupsi") and an institution's report card. Every figure comes from
 * the dashboard services, so a report and the dashboard of the same quarter cannot disagree (the
 * quality grades too: they are the figures' grade counts); only field-verification results, which
 * no dashboard shows, are read here.
 */
import {
  type EarlyWarningDto,
  type FigureRowDto,
  type InstitutionType,
  type InstitutionViewDto,
  type NationalViewDto,
  type Scope,
  type SupportActivityDto,
  triwulanLabel,
} from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import type { AppContext } from '../../context.js';
import {
  fieldChecksOfQuarter,
  findSampleOfQuarter,
  institutionQuarterReports,
} from '../../db/repositories/document.repository.js';
import { institutionFigureSums } from '../../db/repositories/figure-sums.repository.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import { NotFoundError } from '../../errors.js';
import { breakdown, institutionView, nationalView } from '../dashboard/dashboard.service.js';
import { figureRow, resolveFrame, sumsOf } from '../dashboard/dashboard-frame.service.js';
import { earlyWarning } from '../dashboard/dashboard-warning.service.js';
import { supportActivity } from '../support/support-activity.service.js';

/** Warnings listed per list; the totals always count all. */
export const WARNING_ITEMS = 500;
/** Days before the deadline from which unstarted targets are warned about (as on the dashboard). */
export const WARNING_DAYS = 14;

/** Steps of building a document, for progress shown to whoever waits for it. */
export type ProgressListener = (step: string, done: number, total: number) => void;

/** The quarter's field-verification sample and results. */
export interface FieldSummary {
  drawn: boolean;
  seed: string | null;
  population: number;
  size: number;
  checked: number;
  results: { confirmed: number; adjusted: number; not_found: number };
  items: {
    position: number;
    institution: { code: string; name: string };
    target: string;
    status: string;
    result: string | null;
    originalScore: number | null;
    adjustedScore: number | null;
  }[];
}

/** An institution's figures at the quarter, with its type. */
export type InstitutionFigures = FigureRowDto & { type: InstitutionType; provinceCode: string | null };

/** Everything the national report shows about one quarter. */
export interface QuarterSection {
  quarter: number;
  label: string;
  national: NationalViewDto;
  aksi: FigureRowDto[];
  /** Each province: its government with its kabupaten/kota, as the dashboard's provinces view. */
  provinces: FigureRowDto[];
  institutions: InstitutionFigures[];
  warnings: EarlyWarningDto;
  field: FieldSummary;
  /** The Inspektorat's support activity per province in the quarter. */
  support: SupportActivityDto;
}

/** A national report: one quarter, or the two quarters of a semester. */
export interface NationalDocument {
  kind: 'quarterly' | 'semester';
  title: string;
  period: { code: string; name: string };
  /** 1–4 for a semester report. */
  semester: number | null;
  sections: QuarterSection[];
  /** Civil date (WIB) the figures were read on. */
  today: string;
  generatedAt: string;
}

async function field(context: AppContext, periodId: number, quarter: number): Promise<FieldSummary> {
  const { db } = context.database;
  const [sample, checks] = await Promise.all([
    findSampleOfQuarter(db, periodId, quarter),
    fieldChecksOfQuarter(db, periodId, quarter),
  ]);
  const results = { confirmed: 0, adjusted: 0, not_found: 0 };
  for (const check of checks)
    if (check.result && check.result in results) results[check.result as keyof typeof results]++;
  return {
    drawn: Boolean(sample),
    seed: sample?.seed ?? null,
    population: sample ? (JSON.parse(sample.population) as unknown[]).length : 0,
    size: sample?.size ?? 0,
    checked: checks.filter((c) => c.status === 'done').length,
    results,
    items: checks.map((c) => ({
      position: c.position,
      institution: { code: c.institution_code, name: c.institution_name },
      target: c.target_code,
      status: c.status,
      result: c.result,
      originalScore: c.original_score,
      adjustedScore: c.adjusted_score,
    })),
  };
}

async function section(context: AppContext, period: string, quarter: number): Promise<QuarterSection> {
  const query = { period, quarter };
  const national = await nationalView(context, query);
  const frame = await resolveFrame(context, query);
  const [aksi, provinces, stats, warnings, checks, support] = await Promise.all([
    breakdown(context, { ...query, by: 'aksi' }),
    breakdown(context, { ...query, by: 'province' }),
    institutionFigureSums(context.database.db, frame.period.id, quarter, {}),
    earlyWarning(context, { ...query, days: WARNING_DAYS, limit: WARNING_ITEMS }),
    field(context, frame.period.id, quarter),
    supportActivity(context, query),
  ]);
  return {
    quarter,
    label: triwulanLabel(quarter),
    national,
    aksi: aksi.rows,
    provinces: provinces.rows,
    institutions: stats.map((row) => ({
      ...figureRow({ code: row.key, name: row.name }, Number(row.institutions), sumsOf(row), { institution: row.key }),
      type: row.type as InstitutionType,
      provinceCode: row.province_code,
    })),
    warnings,
    field: checks,
    support,
  };
}

async function nationalDocument(
  context: AppContext,
  kind: NationalDocument['kind'],
  periodCode: string,
  quarters: number[],
  semester: number | null,
  onProgress: ProgressListener,
): Promise<NationalDocument> {
  const frame = await resolveFrame(context, { period: periodCode, quarter: quarters[0] });
  const sections: QuarterSection[] = [];
  for (const [index, quarter] of quarters.entries()) {
    onProgress(`data ${triwulanLabel(quarter)}`, index, quarters.length);
    sections.push(await section(context, frame.period.code, quarter));
  }
  onProgress('data', quarters.length, quarters.length);
  const subject = kind === 'quarterly' ? triwulanLabel(quarters[0] as number) : `Semester ${semester}`;
  return {
    kind,
    title: `Laporan Pelaksanaan Aksi Pencegahan Korupsi ${subject} Periode ${frame.period.code}`,
    period: { code: frame.period.code, name: frame.period.name },
    semester,
    sections,
    today: frame.today,
    generatedAt: context.clock.now().toISOString(),
  };
}

/** The quarterly national report's data. */
export function quarterlyDocument(
  context: AppContext,
  periodCode: string,
  quarter: number,
  onProgress: ProgressListener = () => {},
): Promise<NationalDocument> {
  return nationalDocument(context, 'quarterly', periodCode, [quarter], null, onProgress);
}

/** The semester report's data: quarters 2s−1 and 2s of the period. */
export function semesterDocument(
  context: AppContext,
  periodCode: string,
  semester: number,
  onProgress: ProgressListener = () => {},
): Promise<NationalDocument> {
  return nationalDocument(context, 'semester', periodCode, [2 * semester - 1, 2 * semester], semester, onProgress);
}

/** One target of the institution's quarter on its report card. */
export interface CardTarget {
  target: string;
  aksi: string;
  output: string;
  /** The work unit responsible (its short name, or code), if any. */
  unit: string | null;
  state: string | null;
  score: number | null;
  qualityGrade: string | null;
  notApplicable: boolean;
  onTime: boolean | null;
  submittedAt: string | null;
}

/** An institution's report card for one quarter. */
export interface ReportCardData {
  title: string;
  institution: InstitutionViewDto['institution'];
  period: string;
  quarter: number;
  label: string;
  /** Every quarter of the period (the trend) and the outputs at this quarter, as the dashboard shows them. */
  view: InstitutionViewDto;
  /** The national figures of the same quarter, for comparison. */
  national: NationalViewDto['headline'];
  targets: CardTarget[];
  field: FieldSummary['items'];
  today: string;
  generatedAt: string;
}

const INSTITUTION_NOT_FOUND = { id: 'Instansi tidak ditemukan.', en: 'Institution not found.' };

/** The report card's data; a focal point gets only its own institution's (others: 404). */
export async function reportCardDocument(
  context: AppContext,
  actor: UserActor | null,
  scope: Scope,
  input: { institution: string; period: string; quarter: number },
): Promise<ReportCardData> {
  const { db } = context.database;
  const institution = await findInstitutionByCode(db, input.institution);
  if (!institution || (scope !== 'all' && actor?.institutionId !== institution.id)) {
    throw new NotFoundError(INSTITUTION_NOT_FOUND);
  }
  const query = { period: input.period, quarter: input.quarter };
  const view = await institutionView(context, institution.code, query);
  const frame = await resolveFrame(context, query);
  const [national, targets, checks] = await Promise.all([
    nationalView(context, query),
    institutionQuarterReports(db, institution.id, frame.period.id, input.quarter),
    field(context, frame.period.id, input.quarter),
  ]);
  return {
    title: `Rapor Instansi ${institution.name} ${triwulanLabel(input.quarter)} Periode ${frame.period.code}`,
    institution: view.institution,
    period: frame.period.code,
    quarter: input.quarter,
    label: triwulanLabel(input.quarter),
    view,
    national: national.headline,
    targets: targets.map((t) => ({
      target: t.target_code,
      aksi: t.aksi_code,
      output: `${t.output_code} ${t.output_name}`,
      unit: t.unit_short_name ?? t.unit_code,
      state: t.state,
      score: t.state === 'accepted' && t.na_accepted !== 1 ? (t.field_score ?? t.score) : null,
      qualityGrade: t.state === 'accepted' ? t.quality_grade : null,
      notApplicable: t.state === 'accepted' && t.na_accepted === 1,
      onTime: t.first_submitted_at === null ? null : t.on_time === 1,
      submittedAt: t.first_submitted_at,
    })),
    field: checks.items.filter((item) => item.institution.code === institution.code),
    today: frame.today,
    generatedAt: context.clock.now().toISOString(),
  };
}
