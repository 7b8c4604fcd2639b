/**
 * Every figure that has a goal (issue "Deadline day with people watching"), printed against it:
 * measured value, goal, and whether it is met. Figures not measured in this run show as such.
 */
import type { EngineResult } from './summary.js';

interface Goal {
  label: string;
  goal: string;
  /** The measured value as text and whether it meets the goal; undefined when not measured. */
  check(result: EngineResult): { value: string; met: boolean } | undefined;
}

const MB_GOAL = 300;
const OBSERVER_KINDS = ['national', 'province', 'institution'];
const CITIZEN_KINDS = ['portal home', 'portal institution'];

/** The worst p99 among the reads of `kinds`. */
function worstP99(result: EngineResult, kinds: string[]) {
  const reads = kinds.map((kind) => result.watchers?.reads[kind]).filter((read) => read !== undefined);
  if (reads.length === 0) return undefined;
  return Math.max(...reads.map((read) => read.latency.p99));
}

const GOALS: Goal[] = [
  {
    label: 'dashboard p99 during the watched rush (worst of national, province, institution)',
    goal: '≤ 50 ms',
    check: (r) => {
      const p99 = worstP99(r, OBSERVER_KINDS);
      return p99 === undefined ? undefined : { value: `${p99.toFixed(1)} ms`, met: p99 <= 50 };
    },
  },
  {
    label: 'portal p99 during the watched rush (worst of home, institution page)',
    goal: '≤ 100 ms',
    check: (r) => {
      const p99 = worstP99(r, CITIZEN_KINDS);
      return p99 === undefined ? undefined : { value: `${p99.toFixed(1)} ms`, met: p99 <= 100 };
    },
  },
  {
    label: 'submission p99 during the watched rush',
    goal: '≤ 300 ms',
    check: (r) =>
      r.watchers && r.rush
        ? { value: `${r.rush.submissionLatency.p99.toFixed(0)} ms`, met: r.rush.submissionLatency.p99 <= 300 }
        : undefined,
  },
  {
    label: 'watched rush: errors (rush and watchers) and lost submissions',
    goal: '0 and 0',
    check: (r) => {
      if (!r.watchers || !r.rush) return undefined;
      const readErrors = Object.values(r.watchers.reads).reduce((n, read) => n + read.errors, 0);
      const lost = r.rush.submissions - r.rush.acknowledged;
      return {
        value: `${r.rush.errors + readErrors} errors, ${lost} lost`,
        met: r.rush.errors + readErrors === 0 && lost === 0,
      };
    },
  },
  {
    label: 'figures after the rush equal a full recomputation',
    goal: 'equal',
    check: (r) =>
      r.watchers
        ? { value: r.watchers.figures.equal ? 'equal' : 'DIFFERENT', met: r.watchers.figures.equal }
        : undefined,
  },
  ...[0, 1].map(
    (i): Goal => ({
      label: `public API ${i === 0 ? '/api/public/periods' : '/api/public/institutions?limit=20'} vs bare Fastify`,
      goal: '≥ 60 % (SQLite), ≥ 50 % (PostgreSQL)',
      check: (r) => {
        const route = r.throughput?.publicApi[i];
        if (!route) return undefined;
        const goal = r.engine === 'postgres' ? 0.5 : 0.6;
        return { value: `${(route.ratio * 100).toFixed(1)} %`, met: route.ratio >= goal };
      },
    }),
  ),
  {
    label: 'server peak RSS over every phase',
    goal: `≤ ${MB_GOAL} MB`,
    check: (r) => {
      if (r.serverPeakRssMb === undefined) return undefined;
      const phases = Object.entries(r.peakRssMbAfter ?? {})
        .map(([phase, mb]) => `${phase} ${mb}`)
        .join(', ');
      return { value: `${r.serverPeakRssMb} MB (${phases})`, met: r.serverPeakRssMb <= MB_GOAL };
    },
  },
  {
    label: 'sign-in page over the wire (Brotli, HTML + scripts + styles)',
    goal: '≤ 100 KB',
    check: (r) =>
      r.signInPage
        ? { value: `${(r.signInPage.bytes / 1024).toFixed(1)} KB`, met: r.signInPage.bytes <= 100 * 1024 }
        : undefined,
  },
];

/** One line per goal and engine. */
export function goalsTable(results: readonly EngineResult[]): string {
  const lines = ['goals:'];
  for (const goal of GOALS) {
    for (const result of results) {
      const checked = goal.check(result);
      const verdict = checked === undefined ? 'not measured' : `${checked.value} — ${checked.met ? 'met' : 'NOT met'}`;
      lines.push(`  [${result.engine}] ${goal.label} (goal ${goal.goal}): ${verdict}`);
    }
  }
  return lines.join('\n');
}
