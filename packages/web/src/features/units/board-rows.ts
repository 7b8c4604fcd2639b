/** Sorting the unit board's rows by a count (or by unit name); rows without a unit stay last. */
import type { UnitBoardDto, UnitBoardMeasure } from '@pantau/core';

export type BoardRow = UnitBoardDto['rows'][number];
export type BoardSortKey = UnitBoardMeasure | 'unit';
export type SortDirection = 'ascending' | 'descending';

export function sortBoardRows(rows: readonly BoardRow[], key: BoardSortKey, direction: SortDirection): BoardRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const name = (row: BoardRow) => row.unit?.name ?? '';
  return [...rows].sort((a, b) => {
    if (a.unit === null || b.unit === null) return a.unit === null ? 1 : -1;
    const primary = key === 'unit' ? name(a).localeCompare(name(b), 'id') : a.counts[key] - b.counts[key];
    return sign * primary || name(a).localeCompare(name(b), 'id');
  });
}

/** The next direction when a column header is pressed: counts start with the largest first. */
export function nextDirection(current: { key: BoardSortKey; direction: SortDirection }, key: BoardSortKey) {
  if (current.key === key) return current.direction === 'ascending' ? 'descending' : 'ascending';
  return key === 'unit' ? 'ascending' : 'descending';
}
