/** Where each downloadable file lives in the API, and the name to save it under if the server gives none. */

export type DocumentFormat = 'pdf' | 'xlsx';
export type ListFormat = 'csv' | 'xlsx';
/** The lists an official can take away as a spreadsheet. */
export type ExportList = 'reports' | 'institutions' | 'users' | 'feedback' | 'publicFeedback';
export type ImportKind = 'institutions' | 'units' | 'catalogue' | 'assignments' | 'users' | 'all';

export interface FileLink {
  url: string;
  fallbackName: string;
}

function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** The semester (1–4) a quarter (1–8) of a period falls in. */
export function semesterOf(quarter: number): number {
  return Math.ceil(quarter / 2);
}

export function quarterlyReportLink(period: string, quarter: number, format: DocumentFormat): FileLink {
  return {
    url: withQuery('/api/documents/quarterly', { period, quarter, format }),
    fallbackName: `pantau-laporan-${period}-triwulan-${quarter}.${format}`,
  };
}

export function semesterReportLink(period: string, semester: number, format: DocumentFormat): FileLink {
  return {
    url: withQuery('/api/documents/semester', { period, semester, format }),
    fallbackName: `pantau-laporan-${period}-semester-${semester}.${format}`,
  };
}

export function reportCardLink(institution: string, period: string, quarter: number): FileLink {
  const code = institution.trim();
  return {
    url: withQuery('/api/documents/report-card', { institution: code, period, quarter }),
    fallbackName: `pantau-rapor-${code}-${period}-triwulan-${quarter}.pdf`,
  };
}

/**
 * A list as a file. Reports are those of the chosen quarter; feedback is the staff list as the caller
 * sees it (admin, observer, focal point); public feedback is what institutions answered and published.
 */
export function listExportLink(
  list: ExportList,
  format: ListFormat,
  scope: { period?: string; quarter?: number } = {},
): FileLink {
  switch (list) {
    case 'reports':
      return {
        url: withQuery(`/api/exports/reports.${format}`, { period: scope.period, quarter: scope.quarter }),
        fallbackName: `laporan.${format}`,
      };
    case 'institutions':
      return { url: `/api/exports/institutions.${format}`, fallbackName: `instansi.${format}` };
    case 'users':
      return { url: `/api/exports/users.${format}`, fallbackName: `pengguna.${format}` };
    case 'feedback':
      return { url: `/api/exports/feedback.${format}`, fallbackName: `aduan.${format}` };
    case 'publicFeedback':
      return { url: withQuery('/api/public/feedback', { format }), fallbackName: `aduan-publik.${format}` };
  }
}

/** The template of an import kind; CSV holds one sheet, so "all" comes only as XLSX. */
export function importTemplateUrl(kind: ImportKind, format: ListFormat): string | null {
  if (kind === 'all' && format === 'csv') return null;
  return `/api/import/templates/${kind}.${format}`;
}

/** The upload address of an import: a check (dry run) or the commit. */
export function importUrl(kind: ImportKind, dryRun: boolean): string {
  return `/api/import/${kind}?dryRun=${dryRun ? 'true' : 'false'}`;
}
