/** The benchmark's figures as a plain-text table, one column per database engine. */

import type { FiguresCheck } from './figures-check.js';
import type { ImportExportResult } from './import-export.js';
import type { measureDashboard } from './latency.js';
import type { RushOutcome } from './rush.js';
import type { summarize } from './stats.js';
import type { compareWithBare, Throughput } from './throughput.js';
import type { WatchedFigures } from './watchers.js';
import type { WorkersRun } from './workers.js';

type Latency = ReturnType<typeof summarize>;

/** Everything measured on one engine. */
export interface EngineResult {
  engine: string;
  dashboard?: Awaited<ReturnType<typeof measureDashboard>>;
  throughput?: {
    duration: number;
    connections: number;
    bareFastify: Throughput;
    publicApi: (Throughput & ReturnType<typeof compareWithBare>)[];
  };
  rush?: Omit<RushOutcome, 'submissionMs' | 'requestMs' | 'stepMs'> & {
    clients: number;
    period: string;
    quarter: number;
    fileKb: number;
    rate: number | string;
    submissionLatency: Latency;
    requestLatency: Latency;
    stepLatency: Record<string, Latency>;
    peakRssMb: number;
  };
  /** Reads by observers and citizens during the rush (`--watchers`), and the final figures check. */
  watchers?: {
    observers: number;
    citizens: number;
    observerIntervalMs: number;
    citizenIntervalMs: number;
    reads: Record<string, WatchedFigures>;
    figures: FiguresCheck;
  };
  /** Bytes over the wire (Brotli) of the officials' app's first page (the sign-in page). */
  signInPage?: { bytes: number; files: number };
  import?: ImportExportResult;
  export?: ImportExportResult;
  serverPeakRssMb?: number;
  /** The same measurements with `pantau serve --workers N`, per worker count. */
  workers?: WorkersRun[];
  /** The server's peak RSS so far, after each measurement. */
  peakRssMbAfter?: Record<string, number>;
  /** Measurements that failed, with the error. */
  failed?: Record<string, string>;
}

const fixed = (value: number | undefined, digits = 1) => (value === undefined ? '—' : value.toFixed(digits));

/** Rows of label → value per engine. */
export function summaryTable(results: readonly EngineResult[]): string {
  const rows: [string, ...string[]][] = [['', ...results.map((r) => r.engine)]];
  const add = (label: string, cell: (r: EngineResult) => string) => rows.push([label, ...results.map(cell)]);
  add('dashboard API p50 / p99 (ms)', (r) =>
    r.dashboard ? `${fixed(r.dashboard.api.p50)} / ${fixed(r.dashboard.api.p99)}` : '—',
  );
  add('same aggregate by GROUP BY p50 / p99 (ms)', (r) =>
    r.dashboard ? `${fixed(r.dashboard.groupBy.p50)} / ${fixed(r.dashboard.groupBy.p99)}` : '—',
  );
  add('dashboard speed-up over GROUP BY', (r) => (r.dashboard ? `${r.dashboard.speedup}×` : '—'));
  const cpu = (t: Throughput) => (t.serverCpuPerRequestUs === undefined ? '' : `, ${t.serverCpuPerRequestUs} µs CPU`);
  add('bare Fastify hello (req/s, server CPU per request)', (r) =>
    r.throughput ? `${r.throughput.bareFastify.requestsPerSecond}${cpu(r.throughput.bareFastify)}` : '—',
  );
  for (let i = 0; i < 2; i++) {
    add(`public API ${i + 1} (req/s, % of bare; CPU per request, % of bare's capacity)`, (r) => {
      const route = r.throughput?.publicApi?.[i];
      if (!route) return '—';
      const capacity = route.capacityRatio === undefined ? '' : ` (${fixed(route.capacityRatio * 100)} %)`;
      return `${route.requestsPerSecond} (${fixed(route.ratio * 100)} %)${cpu(route)}${capacity} ${new URL(route.url).pathname}`;
    });
    add(`… bare Fastify sending its answer (req/s; route's % of it)`, (r) => {
      const route = r.throughput?.publicApi?.[i];
      if (!route?.sameAnswer) return '—';
      return `${route.sameAnswer.requestsPerSecond}${cpu(route.sameAnswer)} (${fixed(route.sameAnswerRatio * 100)} %)`;
    });
  }
  add('rush: acknowledged / submissions, errors', (r) =>
    r.rush ? `${r.rush.acknowledged} / ${r.rush.submissions}, ${r.rush.errors} errors` : '—',
  );
  add('rush: pace', (r) => {
    if (!r.rush) return '—';
    return typeof r.rush.rate === 'number' ? `${r.rush.rate} submissions/s (open loop)` : 'as fast as possible';
  });
  add('rush: submissions/s, MB/s', (r) =>
    r.rush ? `${r.rush.submissionsPerSecond}, ${r.rush.megabytesPerSecond}` : '—',
  );
  add('rush: per request p50 / p99 (ms)', (r) =>
    r.rush ? `${fixed(r.rush.requestLatency.p50, 0)} / ${fixed(r.rush.requestLatency.p99, 0)}` : '—',
  );
  add('rush: per submission p50 / p99 (ms)', (r) =>
    r.rush ? `${fixed(r.rush.submissionLatency.p50, 0)} / ${fixed(r.rush.submissionLatency.p99, 0)}` : '—',
  );
  const kinds = [...new Set(results.flatMap((r) => Object.keys(r.watchers?.reads ?? {})))];
  for (const kind of kinds) {
    add(`watching: ${kind} p50 / p99 (ms), errors`, (r) => {
      const read = r.watchers?.reads[kind];
      return read
        ? `${fixed(read.latency.p50)} / ${fixed(read.latency.p99)}, ${read.errors} errors of ${read.requests}`
        : '—';
    });
  }
  add('watching: figures after the rush = full recomputation', (r) => {
    const check = r.watchers?.figures;
    if (!check) return '—';
    return `${check.equal ? 'yes' : 'NO'} (submitted +${check.submittedGrowth} for ${check.acknowledged} acknowledged; caught up ${check.settledMs} ms after the last write)`;
  });
  add('sign-in page over the wire (KB, files)', (r) =>
    r.signInPage ? `${fixed(r.signInPage.bytes / 1024)} KB, ${r.signInPage.files} files` : '—',
  );
  add('import (s, rows)', (r) =>
    r.import?.available ? `${fixed(r.import.seconds)} s, ${r.import.rows} rows (HTTP ${r.import.status})` : '—',
  );
  add('CSV export of all reports (s, rows, MB)', (r) =>
    r.export?.available
      ? `${fixed(r.export.seconds)} s, ${r.export.rows} rows, ${fixed((r.export.bytes ?? 0) / 1_048_576, 0)} MB`
      : '—',
  );
  add('server peak RSS (MB)', (r) => String(r.serverPeakRssMb ?? '—'));
  add('  … after each measurement', (r) =>
    Object.entries(r.peakRssMbAfter ?? {})
      .map(([phase, mb]) => `${phase} ${mb}`)
      .join(', '),
  );
  const counts = [...new Set(results.flatMap((r) => (r.workers ?? []).map((w) => w.workers)))];
  for (const count of counts) {
    const run = (r: EngineResult) => r.workers?.find((w) => w.workers === count);
    add(`--workers ${count}: public API 1 / 2 (req/s)`, (r) => {
      const w = run(r);
      return w ? w.publicApi.map((t) => t.requestsPerSecond).join(' / ') : '—';
    });
    add(`--workers ${count}: rush submissions/s, errors`, (r) => {
      const w = run(r);
      return w
        ? `${w.rush.submissionsPerSecond}, ${w.rush.errors} errors (${w.rush.acknowledged}/${w.rush.submissions})`
        : '—';
    });
    add(`--workers ${count}: rush per request p50 / p99 (ms)`, (r) => {
      const w = run(r);
      return w ? `${fixed(w.rush.requestLatency.p50, 0)} / ${fixed(w.rush.requestLatency.p99, 0)}` : '—';
    });
    add(`--workers ${count}: peak RSS, all processes (MB)`, (r) => String(run(r)?.peakRssMb ?? '—'));
  }
  add('failed measurements', (r) => Object.keys(r.failed ?? {}).join(', ') || 'none');
  const widths = (rows[0] as string[]).map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
