/**
 * The open-data tables as downloads: the same content as the JSON answers, flattened to one row per
 * fact, with stable snake_case column names and codes (region, aksi, output, target) as keys.
 */
import type {
  PeriodDto,
  PublicAksiDto,
  PublicInstitutionDetailDto,
  PublicInstitutionListDto,
  PublicQuarterFigures,
  publicFeedbackItemSchema,
} from '@pantau/core';
import type { z } from 'zod';
import type { Table, TableColumn } from '../export/table-writer.js';
import type { HolidayView } from '../periods/holiday.service.js';

type InstitutionRow = PublicInstitutionListDto['items'][number] & { period: string };
type InstitutionQuarterRow = InstitutionRow & { figures: PublicQuarterFigures };

async function* perQuarter(rows: AsyncIterable<InstitutionRow>): AsyncGenerator<InstitutionQuarterRow> {
  for await (const row of rows) for (const figures of row.quarters) yield { ...row, figures };
}

const INSTITUTION_COLUMNS: TableColumn<InstitutionQuarterRow>[] = [
  { header: 'period', value: (r) => r.period },
  { header: 'institution_code', value: (r) => r.code },
  { header: 'institution_name', value: (r) => r.name },
  { header: 'type', value: (r) => r.type },
  { header: 'province_code', value: (r) => r.provinceCode },
  { header: 'quarter', value: (r) => r.figures.quarter },
  { header: 'quarter_label', value: (r) => r.figures.label },
  { header: 'achievement', value: (r) => r.figures.achievement },
  { header: 'band', value: (r) => r.figures.band },
  { header: 'weight_due', value: (r) => r.figures.weightDue },
  { header: 'weighted_score', value: (r) => r.figures.weightedScore },
  { header: 'expected', value: (r) => r.figures.expected },
  { header: 'on_time', value: (r) => r.figures.onTime },
  { header: 'on_time_rate', value: (r) => r.figures.onTimeRate },
  { header: 'verified', value: (r) => r.figures.verified },
  { header: 'verified_on_time', value: (r) => r.figures.verifiedOnTime },
  { header: 'not_applicable', value: (r) => r.figures.notApplicable },
  { header: 'verified_rate', value: (r) => r.figures.verifiedRate },
  { header: 'last_verified_at', value: (r) => r.figures.lastVerifiedAt },
];

/** Institutions × quarters with verified figures. */
export function institutionsTable(period: string, rows: AsyncIterable<InstitutionRow>): Table<InstitutionQuarterRow> {
  return {
    fileName: `pantau-instansi-${period}`,
    sheet: 'Instansi',
    columns: INSTITUTION_COLUMNS,
    rows: perQuarter(rows),
  };
}

type TargetRow = PublicInstitutionDetailDto['targets'][number];

/** One institution's targets with the verified result of each. */
export function institutionTargetsTable(detail: PublicInstitutionDetailDto): Table<TargetRow> {
  const v = (r: TargetRow) => r.verified;
  return {
    fileName: `pantau-${detail.institution.code}-${detail.period}`,
    sheet: 'Target',
    columns: [
      { header: 'period', value: () => detail.period },
      { header: 'institution_code', value: () => detail.institution.code },
      { header: 'aksi_code', value: (r) => r.aksi.code },
      { header: 'output_code', value: (r) => r.output.code },
      { header: 'target_code', value: (r) => r.target.code },
      { header: 'quarter', value: (r) => r.target.quarter },
      { header: 'target_version', value: (r) => r.target.version },
      { header: 'success_measure', value: (r) => r.target.successMeasure },
      { header: 'weight', value: (r) => r.target.weight },
      { header: 'verified', value: (r) => v(r) !== null },
      { header: 'score', value: (r) => v(r)?.score ?? null },
      { header: 'quality_grade', value: (r) => v(r)?.qualityGrade ?? null },
      { header: 'verified_at', value: (r) => v(r)?.verifiedAt ?? null },
      { header: 'not_applicable', value: (r) => v(r)?.notApplicable ?? null },
      { header: 'narrative', value: (r) => v(r)?.narrative ?? null },
      { header: 'impact_value', value: (r) => v(r)?.impact?.value ?? null },
      { header: 'impact_baseline', value: (r) => v(r)?.impact?.baseline ?? null },
      { header: 'impact_target', value: (r) => v(r)?.impact?.target ?? null },
      { header: 'impact_direction', value: (r) => v(r)?.impact?.direction ?? null },
      { header: 'impact_share', value: (r) => v(r)?.impact?.share ?? null },
      { header: 'public_evidence', value: (r) => v(r)?.evidence.length ?? 0 },
    ],
    rows: detail.targets,
  };
}

type AksiResult = PublicAksiDto['results'][number] & { period: string; aksiCode: string };

/** Every verified result of an aksi. */
export function aksiResultsTable(period: string, aksiCode: string, rows: AsyncIterable<AksiResult>): Table<AksiResult> {
  return {
    fileName: `pantau-aksi-${aksiCode}-${period}`,
    sheet: `Aksi ${aksiCode}`,
    columns: [
      { header: 'period', value: (r) => r.period },
      { header: 'aksi_code', value: (r) => r.aksiCode },
      { header: 'output_code', value: (r) => r.outputCode },
      { header: 'target_code', value: (r) => r.targetCode },
      { header: 'quarter', value: (r) => r.quarter },
      { header: 'institution_code', value: (r) => r.institution.code },
      { header: 'institution_name', value: (r) => r.institution.name },
      { header: 'type', value: (r) => r.institution.type },
      { header: 'province_code', value: (r) => r.institution.provinceCode },
      { header: 'score', value: (r) => r.score },
      { header: 'quality_grade', value: (r) => r.qualityGrade },
      { header: 'not_applicable', value: (r) => r.notApplicable },
      { header: 'verified_at', value: (r) => r.verifiedAt },
      { header: 'impact_value', value: (r) => r.impact?.value ?? null },
      { header: 'impact_target', value: (r) => r.impact?.target ?? null },
      { header: 'impact_share', value: (r) => r.impact?.share ?? null },
    ],
    rows,
  };
}

type QuarterRow = PeriodDto['quarters'][number] & { period: PeriodDto };

/** Periods × quarters with their deadlines. */
export function periodsTable(periods: PeriodDto[]): Table<QuarterRow> {
  return {
    fileName: 'pantau-periode',
    sheet: 'Periode',
    columns: [
      { header: 'period', value: (r) => r.period.code },
      { header: 'period_name', value: (r) => r.period.name },
      { header: 'period_status', value: (r) => r.period.status },
      { header: 'quarter', value: (r) => r.number },
      { header: 'quarter_label', value: (r) => r.label },
      { header: 'starts_on', value: (r) => r.startsOn },
      { header: 'ends_on', value: (r) => r.endsOn },
      { header: 'deadline', value: (r) => r.deadline },
      { header: 'verification_ends_on', value: (r) => r.verificationEndsOn },
      { header: 'status', value: (r) => r.status },
    ],
    rows: periods.flatMap((period) => period.quarters.map((q) => ({ ...q, period }))),
  };
}

type FeedbackItem = z.infer<typeof publicFeedbackItemSchema>;

/** Published answers to citizen feedback. */
export function feedbackTable(institution: string | undefined, rows: AsyncIterable<FeedbackItem>): Table<FeedbackItem> {
  return {
    fileName: `pantau-aduan-dijawab${institution ? `-${institution}` : ''}`,
    sheet: 'Aduan dijawab',
    columns: [
      { header: 'id', value: (r) => r.id },
      { header: 'kind', value: (r) => r.kind },
      { header: 'institution_code', value: (r) => r.institution.code },
      { header: 'institution_name', value: (r) => r.institution.name },
      { header: 'aksi_code', value: (r) => r.aksiCode },
      { header: 'output_code', value: (r) => r.outputCode },
      { header: 'message', value: (r) => r.message },
      { header: 'submitted_on', value: (r) => r.submittedOn },
      { header: 'forwarded_on', value: (r) => r.forwardedOn },
      { header: 'due_on', value: (r) => r.dueOn },
      { header: 'answered_on', value: (r) => r.answeredOn },
      { header: 'answered_on_time', value: (r) => r.answeredOnTime },
      { header: 'answer', value: (r) => r.answer },
    ],
    rows,
  };
}

/** Public holidays. */
export function holidaysTable(year: number | undefined, rows: HolidayView[]): Table<HolidayView> {
  return {
    fileName: `pantau-hari-libur${year ? `-${year}` : ''}`,
    sheet: 'Hari libur',
    columns: [
      { header: 'date', value: (r) => r.date },
      { header: 'name', value: (r) => r.name },
      { header: 'kind', value: (r) => r.kind },
    ],
    rows,
  };
}
