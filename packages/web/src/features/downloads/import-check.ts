/** Rules of the import screen that need no browser: when a commit is allowed, how problems are grouped. */
import type { ImportProblemDto, ImportResultDto } from '@pantau/core';

/** A checked file may be committed only when the check found nothing wrong and nothing is saved yet. */
export function canCommit(checked: ImportResultDto | null): boolean {
  return checked?.dryRun === true && checked.problemCount === 0 && !checked.committed;
}

/** Problems in the order of the file: by sheet as first met, then row (whole-file problems first). */
export function sortedProblems(problems: readonly ImportProblemDto[]): ImportProblemDto[] {
  const sheets = new Map<string, number>();
  for (const problem of problems) if (!sheets.has(problem.sheet)) sheets.set(problem.sheet, sheets.size);
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        (sheets.get(a.problem.sheet) ?? 0) - (sheets.get(b.problem.sheet) ?? 0) ||
        (a.problem.row ?? 0) - (b.problem.row ?? 0) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}
