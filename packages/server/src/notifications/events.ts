/**
 * Event notifications, called by the services inside the transaction of the event itself:
 * report workflow steps, account links, and forwarded and overdue citizen feedback.
 */
import type { ReportAction } from '@pantau/core';
import type { AppContext } from '../context.js';
import type { Executor } from '../db/database.js';
import { findRecipient } from '../db/repositories/recipient.repository.js';
import type { ReportContext } from '../db/repositories/report.repository.js';
import { notify } from './notify.js';
import { focalPointsOf, reportPeople } from './recipients.js';

type Context = Pick<AppContext, 'clock' | 'config'>;

/** What a workflow step decided, for the notification. */
export interface StepOutcome {
  actorId: number;
  reason: string | null;
  score: number | null;
  qualityGrade: string | null;
}

/**
 * Tells the institution about a step on its report: marked ready → its focal points (review
 * waiting); sent back → the contributors of the output, with the focal point's comment; revision
 * requested or accepted → its focal points and the contributors of the output. Other steps notify
 * nobody. The actor is never notified of their own step.
 */
export async function notifyReportStep(
  trx: Executor,
  context: Context,
  report: ReportContext,
  action: ReportAction,
  outcome: StepOutcome,
): Promise<void> {
  const about = { reportId: report.id, targetCode: report.target_code, institution: report.institution_name };
  const others = <T extends { id: number }>(people: T[]) => people.filter((p) => p.id !== outcome.actorId);
  switch (action) {
    case 'mark_ready': {
      const focalPoints = (await focalPointsOf(trx, [report.institution_id])).get(report.institution_id) ?? [];
      const actor = await findRecipient(trx, outcome.actorId);
      await notify(trx, context, others(focalPoints), { kind: 'review_waiting', ...about, by: actor?.name ?? '' });
      return;
    }
    case 'send_back': {
      const people = await reportPeople(trx, report.institution_id, [report.output_id]);
      const actor = await findRecipient(trx, outcome.actorId);
      await notify(trx, context, others(people.filter((person) => person.role === 'contributor')), {
        kind: 'report_sent_back',
        ...about,
        by: actor?.name ?? '',
        comment: outcome.reason ?? '',
      });
      return;
    }
    case 'request_revision': {
      const people = others(await reportPeople(trx, report.institution_id, [report.output_id]));
      await notify(trx, context, people, { kind: 'revision_requested', ...about, reason: outcome.reason ?? '' });
      return;
    }
    case 'accept': {
      const people = others(await reportPeople(trx, report.institution_id, [report.output_id]));
      await notify(trx, context, people, {
        kind: 'report_accepted',
        ...about,
        score: outcome.score,
        grade: outcome.qualityGrade,
      });
      return;
    }
    default:
      return;
  }
}

/** Mails an invitation or password-reset link to the account holder (always by e-mail, at once). */
export async function mailAccountLink(
  trx: Executor,
  context: Context,
  userId: number,
  purpose: 'invitation' | 'password_reset',
  link: { url: string; expiresAt: string },
): Promise<void> {
  const user = await findRecipient(trx, userId);
  if (!user) return;
  await notify(trx, context, [user], { kind: purpose, name: user.name, url: link.url, expiresAt: link.expiresAt });
}

/** A citizen's feedback, as a notice describes it. */
export interface FeedbackNotice {
  id: number;
  institutionId: number;
  institutionName: string;
  ticket: string;
  /** A short summary of the feedback (moderated text). */
  summary: string;
  /** The date (YYYY-MM-DD) the answer is due: 7 working days after forwarding. */
  answerBy: string;
}

/** Called in the transaction that forwards feedback to an institution: its focal points are told. */
export async function notifyFeedbackForwarded(
  trx: Executor,
  context: Context,
  feedback: FeedbackNotice,
): Promise<void> {
  const focalPoints = (await focalPointsOf(trx, [feedback.institutionId])).get(feedback.institutionId) ?? [];
  await notify(trx, context, focalPoints, {
    kind: 'feedback_forwarded',
    feedbackId: feedback.id,
    ticket: feedback.ticket,
    institution: feedback.institutionName,
    summary: feedback.summary,
    answerBy: feedback.answerBy,
  });
}

/**
 * Forwarded feedback is past its answer date, unanswered: its institution's focal points are told.
 * Returns how many people were notified.
 */
export async function notifyFeedbackOverdue(
  trx: Executor,
  context: Context,
  feedback: FeedbackNotice,
): Promise<number> {
  const focalPoints = (await focalPointsOf(trx, [feedback.institutionId])).get(feedback.institutionId) ?? [];
  return notify(trx, context, focalPoints, {
    kind: 'feedback_overdue',
    feedbackId: feedback.id,
    ticket: feedback.ticket,
    institution: feedback.institutionName,
    answerBy: feedback.answerBy,
  });
}
