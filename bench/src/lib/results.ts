/** Benchmark results as JSON files under bench/results/, named by what ran and when. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR } from './targets.js';

/** Writes `result` to bench/results/<kind>-<timestamp>.json (or over `file`) and returns the path. */
export function writeResult(kind: string, result: unknown, file?: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  file ??= join(RESULTS_DIR, `${kind}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

/** Seconds since `start` (a `performance.now()` value), to two decimals. */
export function secondsSince(start: number): number {
  return Math.round((performance.now() - start) / 10) / 100;
}
