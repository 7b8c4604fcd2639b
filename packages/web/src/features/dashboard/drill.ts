/**
 * Links behind the dashboard numbers: which reports make a figure (the drill-down page and the
 * API filters it passes on), the URLs of table downloads, and the period/quarter in the address.
 */

/** The period and quarter a view shows; absent values let the API choose (today's). */
export interface ViewFrame {
  period?: string;
  quarter?: number;
}

/** Drill-down filters of a row, as the API gives them. */
export interface DrillFilters {
  institution?: string;
  province?: string;
  type?: string;
  fokus?: string;
  aksi?: string;
  output?: string;
}

/** The figures that have reports behind them. */
export const DRILL_MEASURES = ['achievement', 'submitted', 'onTime', 'complete', 'verified', 'notApplicable'] as const;
export type DrillMeasure = (typeof DRILL_MEASURES)[number];

const MEASURE_FILTERS: Record<DrillMeasure, (q: number) => Record<string, string>> = {
  achievement: (q) => ({ through: String(q), state: 'accepted' }),
  submitted: (q) => ({ quarter: String(q), submitted: 'true' }),
  onTime: (q) => ({ quarter: String(q), onTime: 'true' }),
  complete: (q) => ({ quarter: String(q), complete: 'true' }),
  verified: (q) => ({ quarter: String(q), state: 'accepted' }),
  notApplicable: (q) => ({ quarter: String(q), notApplicable: 'true' }),
};

/** Query parameters the report list (and its export) accepts from the drill-down page's address. */
export const REPORT_FILTER_KEYS = [
  'period',
  'quarter',
  'through',
  'institution',
  'province',
  'type',
  'fokus',
  'aksi',
  'output',
  'state',
  'submitted',
  'onTime',
  'complete',
  'notApplicable',
  'grade',
] as const;
export type ReportFilterKey = (typeof REPORT_FILTER_KEYS)[number];
export type ReportFilters = Partial<Record<ReportFilterKey, string>>;

function search(entries: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(entries)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The report filters behind `measure` of a row at quarter `quarter` of `period`. */
export function drillFilters(
  period: string,
  quarter: number,
  drill: DrillFilters,
  measure: DrillMeasure,
): ReportFilters {
  return { period, ...drill, ...MEASURE_FILTERS[measure](quarter) };
}

/** The drill-down page listing the reports behind `measure` of a row. */
export function drillHref(period: string, quarter: number, drill: DrillFilters, measure: DrillMeasure): string {
  return `/pantauan/laporan${search({ ...drillFilters(period, quarter, drill, measure) })}`;
}

/** The report filters in a drill-down page's address (unknown parameters are dropped). */
export function readReportFilters(params: URLSearchParams): ReportFilters {
  const filters: ReportFilters = {};
  for (const key of REPORT_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** The period and quarter chosen in a view's address (`?periode=2025-2026&triwulan=7`). */
export function readViewFrame(params: URLSearchParams): ViewFrame {
  const period = params.get('periode')?.trim() || undefined;
  const quarterText = params.get('triwulan')?.trim();
  const quarter = quarterText && /^[1-8]$/.test(quarterText) ? Number(quarterText) : undefined;
  return { ...(period ? { period } : {}), ...(quarter ? { quarter } : {}) };
}

/** `?periode=…&triwulan=…` for links between views, keeping the chosen frame. */
export function viewSearch(frame: ViewFrame): string {
  return search({ periode: frame.period, triwulan: frame.quarter });
}

export type TableFormat = 'csv' | 'xlsx';

/** The streamed download of a dashboard table. */
export function exportHref(
  table: string,
  format: TableFormat,
  params: Record<string, string | number | undefined>,
): string {
  return `/api/dashboard/export/${table}.${format}${search(params)}`;
}
