/**
 * Escalating overdue citizen feedback: every forwarded item past its answer date and still
 * unanswered is told to its institution's focal points once. The notice is recorded as a feedback
 * event (`overdue_notice`) and in the audit log, so a later run never notifies the same item again.
 */
import { actorLabel, type SystemActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { feedbackIdsWithEvent, insertFeedbackEvent } from '../../db/repositories/feedback.repository.js';
import { notifyFeedbackOverdue } from '../../notifications/events.js';
import { listOverdueFeedback, type OverdueFeedback } from './feedback-moderation.service.js';

/** The feedback event that records an overdue notice. */
export const OVERDUE_NOTICE_EVENT = 'overdue_notice';

/** Overdue items on `today` (WIB date) whose focal points have not been told yet, oldest due first. */
export async function unnoticedOverdueFeedback(db: Executor, today: string): Promise<OverdueFeedback[]> {
  const overdue = await listOverdueFeedback(db, today);
  const noticed = await feedbackIdsWithEvent(
    db,
    OVERDUE_NOTICE_EVENT,
    overdue.map((item) => item.id),
  );
  return overdue.filter((item) => !noticed.has(item.id));
}

/**
 * Notifies, inside `trx`, each item overdue on `today` (WIB date) that was not noticed before;
 * returns how many items and people.
 */
export async function escalateOverdueFeedback(
  trx: Executor,
  context: Pick<AppContext, 'clock' | 'config'>,
  actor: SystemActor,
  today: string,
): Promise<{ items: number; people: number }> {
  const at = context.clock.now().toISOString();
  const items = await unnoticedOverdueFeedback(trx, today);
  let people = 0;
  for (const item of items) {
    const notified = await notifyFeedbackOverdue(trx, context, {
      id: item.id,
      institutionId: item.institutionId,
      institutionName: item.institutionName,
      ticket: item.ticket,
      summary: item.summary,
      answerBy: item.dueOn,
    });
    people += notified;
    await insertFeedbackEvent(trx, {
      feedback_id: item.id,
      action: OVERDUE_NOTICE_EVENT,
      from_status: 'forwarded',
      to_status: 'forwarded',
      actor_id: null,
      actor_label: actorLabel(actor),
      reason: null,
      at,
    });
    await recordAudit(trx, context.clock, actor, {
      action: 'feedback.overdue_notice',
      entity: 'feedback',
      entityId: item.id,
      change: { ticket: item.ticket, institution: item.institutionCode, dueOn: item.dueOn, notified },
    });
  }
  return { items: items.length, people };
}
