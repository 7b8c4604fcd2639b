/**
 * Once the rush stops, the national dashboard must equal a full recomputation: its headline is
 * compared with the stored per-institution figures summed by a plain query, and the number of
 * submitted targets must have grown by exactly the submissions the rush had acknowledged.
 */
import { sql } from 'kysely';
import type { Client } from './http.js';
import type { Database } from './server.js';

interface Headline {
  expected: number;
  submitted: number;
  onTime: number;
  verified: number;
}

interface NationalAnswer {
  headline: Headline;
  figuresAt?: string;
}

export interface FiguresCheck {
  /** Whether the dashboard's headline equals the plain sum, and the growth equals the acknowledged submissions. */
  equal: boolean;
  dashboard: Headline;
  recomputed: Headline;
  submittedGrowth: number;
  acknowledged: number;
  /** Milliseconds from the end of the writes until the dashboard showed figures read after them. */
  settledMs: number;
}

const pick = (h: Headline): Headline => ({
  expected: Number(h.expected),
  submitted: Number(h.submitted),
  onTime: Number(h.onTime),
  verified: Number(h.verified),
});

/** The national headline as the dashboard answers it now. */
export async function nationalHeadline(client: Client, path: string): Promise<NationalAnswer> {
  const response = await client.request<NationalAnswer>('GET', path);
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  return response.body;
}

/** The headline summed from the stored figures of every institution by one plain query. */
async function recompute(database: Database, period: string, quarter: number): Promise<Headline> {
  const result = await sql<Headline>`
    select coalesce(sum(f.expected), 0) as "expected", coalesce(sum(f.submitted), 0) as "submitted",
      coalesce(sum(f.on_time), 0) as "onTime", coalesce(sum(f.verified), 0) as "verified"
    from institution_figures f join periods p on p.id = f.period_id
    where p.code = ${period} and f.quarter_number = ${quarter}`.execute(database.db);
  return pick(result.rows[0] as Headline);
}

/** Waits for figures read after `writesEnded` (ms since epoch), then compares. */
export async function checkFigures(
  client: Client,
  database: Database,
  options: {
    path: string;
    period: string;
    quarter: number;
    before: Headline;
    acknowledged: number;
    writesEnded: number;
  },
): Promise<FiguresCheck> {
  let answer = await nationalHeadline(client, options.path);
  const deadline = Date.now() + 60_000;
  while (answer.figuresAt !== undefined && Date.parse(answer.figuresAt) < options.writesEnded) {
    if (Date.now() > deadline) throw new Error('the dashboard did not catch up within 60 s of the last write');
    await new Promise((resolve) => setTimeout(resolve, 200));
    answer = await nationalHeadline(client, options.path);
  }
  const settledMs = Math.max(0, Date.now() - options.writesEnded);
  const dashboard = pick(answer.headline);
  const recomputed = await recompute(database, options.period, options.quarter);
  const submittedGrowth = dashboard.submitted - pick(options.before).submitted;
  return {
    equal: JSON.stringify(dashboard) === JSON.stringify(recomputed) && submittedGrowth === options.acknowledged,
    dashboard,
    recomputed,
    submittedGrowth,
    acknowledged: options.acknowledged,
    settledMs,
  };
}
