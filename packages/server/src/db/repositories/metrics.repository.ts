/** Counts read when metrics are scraped. */
import type { Executor } from '../database.js';

/** Reports of active periods waiting for a verifier, per state (`submitted`, `in_review`). */
export function countReviewQueue(db: Executor) {
  return db
    .selectFrom('reports')
    .select((eb) => ['state', eb.fn.countAll<number>().as('reports')])
    .where('period_id', 'in', (eb) => eb.selectFrom('periods').select('id').where('status', '=', 'active'))
    .where('state', 'in', ['submitted', 'in_review'])
    .groupBy('state')
    .execute();
}

/** Scheduled job runs not yet done, per status (`pending`, `running`, `failed`). */
export function countJobsByStatus(db: Executor) {
  return db
    .selectFrom('jobs')
    .select((eb) => ['status', eb.fn.countAll<number>().as('runs')])
    .where('status', 'in', ['pending', 'running', 'failed'])
    .groupBy('status')
    .execute();
}

/** E-mails not yet sent, per status (`pending`, `sending`, `failed`). */
export function countOutboxByStatus(db: Executor) {
  return db
    .selectFrom('outbox')
    .select((eb) => ['status', eb.fn.countAll<number>().as('mails')])
    .where('status', 'in', ['pending', 'sending', 'failed'])
    .groupBy('status')
    .execute();
}
