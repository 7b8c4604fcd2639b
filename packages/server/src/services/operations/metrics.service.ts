/** The application's own gauges: the database pool and the depth of its queues. */
import type { AppContext } from '../../context.js';
import { countJobsByStatus, countOutboxByStatus, countReviewQueue } from '../../db/repositories/metrics.repository.js';

/** A gauge's current samples: one value, or one per label set. */
export type GaugeSamples = number | { labels: Record<string, string>; value: number }[];

/** Where gauges are registered (the HTTP layer's metrics registry). */
export interface GaugeRegistry {
  gauge(name: string, help: string, collect: () => GaugeSamples | Promise<GaugeSamples>): void;
}

/** Registers the gauges that need the database. */
export function registerApplicationGauges(registry: GaugeRegistry, { database }: AppContext): void {
  const pool = database.dialect.pgPool;
  registry.gauge('pantau_db_pool_connections', 'Database connections of this process, by state.', () =>
    pool
      ? [
          { labels: { state: 'total' }, value: pool.totalCount },
          { labels: { state: 'idle' }, value: pool.idleCount },
        ]
      : // SQLite: one connection, shared by every request of the process.
        [{ labels: { state: 'total' }, value: 1 }],
  );
  registry.gauge(
    'pantau_db_pool_waiting',
    'Queries queued for a free database connection (PostgreSQL; always 0 on SQLite).',
    () => pool?.waitingCount ?? 0,
  );
  registry.gauge(
    'pantau_queue_depth',
    'Work waiting, by queue: reports of active periods waiting for verification (review_submitted, ' +
      'review_in_review), scheduled job runs (jobs_pending, jobs_running, jobs_failed) and e-mails ' +
      '(outbox_pending, outbox_sending, outbox_failed).',
    async () => {
      const [review, jobs, outbox] = await Promise.all([
        countReviewQueue(database.db),
        countJobsByStatus(database.db),
        countOutboxByStatus(database.db),
      ]);
      const depth = (prefix: string, states: string[], rows: { status: string; n: number }[]) => {
        const counts = new Map(rows.map((row) => [row.status, row.n]));
        return states.map((state) => ({ labels: { queue: `${prefix}_${state}` }, value: counts.get(state) ?? 0 }));
      };
      return [
        ...depth(
          'review',
          ['submitted', 'in_review'],
          review.map((r) => ({ status: r.state, n: Number(r.reports) })),
        ),
        ...depth(
          'jobs',
          ['pending', 'running', 'failed'],
          jobs.map((r) => ({ status: r.status, n: Number(r.runs) })),
        ),
        ...depth(
          'outbox',
          ['pending', 'sending', 'failed'],
          outbox.map((r) => ({ status: r.status, n: Number(r.mails) })),
        ),
      ];
    },
  );
}
