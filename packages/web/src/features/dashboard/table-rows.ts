/** API rows → the rows the figure tables draw, with the link to the view one level down. */
import type { DrillFilters, ViewFrame } from './drill';
import { viewSearch } from './drill';
import type { FigureCounts, FigureTableRow } from './FigureTable';

export interface ApiRow extends FigureCounts {
  code: string;
  name: string;
  institutions: number;
  drill: DrillFilters;
}

interface ApiTrendPoint extends FigureCounts {
  quarter: number;
  label: string;
}

export type ViewKind = 'province' | 'institution' | 'aksi';

const VIEW_PATHS: Record<ViewKind, string> = {
  province: '/pantauan/provinsi/',
  institution: '/pantauan/instansi/',
  aksi: '/pantauan/aksi/',
};

/** The address of a view one level down, keeping the period and quarter. */
export function viewHref(kind: ViewKind, code: string, frame: ViewFrame): string {
  return `${VIEW_PATHS[kind]}${encodeURIComponent(code)}${viewSearch(frame)}`;
}

/** Breakdown rows at `quarter`; `linkTo` names the view each row opens, if any. */
export function figureRows(
  rows: readonly ApiRow[],
  quarter: number,
  frame: ViewFrame,
  linkTo?: ViewKind,
): FigureTableRow[] {
  return rows.map((row) => ({
    key: row.code,
    name: row.name,
    href: linkTo ? viewHref(linkTo, row.code, frame) : null,
    figures: row,
    drill: row.drill,
    quarter,
    institutions: row.institutions,
  }));
}

/** A province row with its own government's figures (the government's reports: institution = province code). */
export function provinceRows(
  rows: readonly (ApiRow & { own: FigureCounts | null })[],
  quarter: number,
  frame: ViewFrame,
): FigureTableRow[] {
  return figureRows(rows, quarter, frame, 'province').map((row, index) => {
    const own = rows[index]?.own ?? null;
    return { ...row, own: own ? { figures: own, drill: { institution: row.key } } : null };
  });
}

/** Trend points as rows, one per quarter, each counted at its own quarter. */
export function trendRows(points: readonly ApiTrendPoint[], drill: DrillFilters): FigureTableRow[] {
  return points.map((point) => ({
    key: String(point.quarter),
    name: point.label,
    figures: point,
    drill,
    quarter: point.quarter,
  }));
}
