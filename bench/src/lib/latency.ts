/**
 * Dashboard latency: the figures API over HTTP, and beside it the same aggregate by a plain
 * GROUP BY over the base tables, each repeated, in the same run.
 */
import { institutionGroupBy, nationalGroupBy } from './baseline.js';
import type { Client } from './http.js';
import type { Database } from './server.js';
import { summarizeRepetitions } from './stats.js';

/** `repetitions` rounds of `requests` sequential calls each, after a warm-up; milliseconds. */
export async function timeRounds(
  call: () => Promise<unknown>,
  repetitions: number,
  requests: number,
): Promise<number[][]> {
  for (let i = 0; i < Math.min(20, requests); i++) await call();
  const rounds: number[][] = [];
  for (let r = 0; r < repetitions; r++) {
    const round: number[] = [];
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      await call();
      round.push(performance.now() - started);
    }
    rounds.push(round);
  }
  return rounds;
}

export interface DashboardTarget {
  /** What is measured, e.g. `GET /api/dashboard/national?period=2025-2026`. */
  endpoint: string;
  /** The GROUP BY it is compared with. */
  baseline: string;
  path: string;
  groupBy: (database: Database) => Promise<unknown>;
}

/** The national dashboard when the server has it, else one institution's performance figures. */
export async function dashboardTarget(
  client: Client,
  period: string,
  quarter: number,
  institution: string,
): Promise<DashboardTarget> {
  const spec = await client.request<{ paths: Record<string, unknown> }>('GET', '/api/openapi.json');
  const paths = Object.keys(spec.body.paths ?? {});
  if (paths.includes('/api/dashboard/national')) {
    const path = `/api/dashboard/national?period=${period}&quarter=${quarter}`;
    return {
      endpoint: `GET ${path}`,
      baseline: 'GROUP BY quarter, institution type over assignments × targets × reports of the period',
      path,
      groupBy: (database) => nationalGroupBy(database, period),
    };
  }
  const path = `/api/institutions/${institution}/performance?period=${period}`;
  return {
    endpoint: `GET ${path} (no /api/dashboard/national in this build)`,
    baseline: `GROUP BY quarter over assignments × targets × reports of ${institution}`,
    path,
    groupBy: (database) => institutionGroupBy(database, period, institution),
  };
}

/** Measures the API and the GROUP BY; ratio = GROUP BY p50 ÷ API p50. */
export async function measureDashboard(
  client: Client,
  database: Database,
  target: DashboardTarget,
  options: { repetitions: number; requests: number },
) {
  const api = summarizeRepetitions(
    await timeRounds(
      async () => {
        const response = await client.request('GET', target.path);
        if (response.status !== 200) throw new Error(`${target.endpoint}: ${response.status}`);
      },
      options.repetitions,
      options.requests,
    ),
  );
  const groupBy = summarizeRepetitions(
    await timeRounds(
      () => target.groupBy(database),
      options.repetitions,
      Math.max(5, Math.ceil(options.requests / 10)),
    ),
  );
  return {
    endpoint: target.endpoint,
    baseline: target.baseline,
    api,
    groupBy,
    speedup: Math.round((groupBy.p50 / api.p50) * 10) / 10,
  };
}
