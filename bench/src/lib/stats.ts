/** Percentiles and summaries of latency samples. */

/** The `p`-th percentile (0–100) of `values` by nearest rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** Milliseconds rounded to a hundredth. */
export function ms(value: number): number {
  return Math.round(value * 100) / 100;
}

/** p50, p99 and max of millisecond samples. */
export function summarize(samples: readonly number[]): { n: number; p50: number; p99: number; max: number } {
  return {
    n: samples.length,
    p50: ms(percentile(samples, 50)),
    p99: ms(percentile(samples, 99)),
    max: ms(samples.length === 0 ? Number.NaN : Math.max(...samples)),
  };
}

/** The median of each repetition's p50 and p99: steadier than one long series. */
export function summarizeRepetitions(rounds: readonly (readonly number[])[]) {
  const p50s = rounds.map((r) => percentile(r, 50));
  const p99s = rounds.map((r) => percentile(r, 99));
  return {
    repetitions: rounds.length,
    requestsPerRepetition: rounds[0]?.length ?? 0,
    p50: ms(percentile(p50s, 50)),
    p99: ms(percentile(p99s, 50)),
    p50ByRepetition: p50s.map(ms),
    p99ByRepetition: p99s.map(ms),
  };
}
