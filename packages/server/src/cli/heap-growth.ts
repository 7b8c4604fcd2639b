/**
 * How far V8 lets the heap grow past what survived the last full collection. Left to itself it
 * grows up to fourfold while collections are quick, and a process that allocates fast (a national
 * CSV export, a deadline rush with people watching) then holds hundreds of megabytes of garbage:
 * on the national dataset the export's peak RSS was 322 MB with V8's choice and 184 MB at 1.5×,
 * for about 4 % more time (docs/performance.md#memory). A `--heap-growing-percent` given to Node
 * itself (on the command line or in NODE_OPTIONS) wins. Imported first by the command line, so it
 * holds for every command and for the worker threads, which share the process's V8 flags.
 */
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

/** The flag to set, or null when Node was already given one. */
export function heapGrowthFlag(execArgv: readonly string[], nodeOptions = ''): string | null {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) =>
    /^--heap[-_]growing[-_]percent(=|$)/.test(arg),
  );
  return given ? null : `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;
}

const flag = heapGrowthFlag(process.execArgv, process.env.NODE_OPTIONS);
if (flag) setFlagsFromString(flag);
