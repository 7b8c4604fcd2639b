/**
 * Citizen feedback, staff side: admin moderates (reject with a reason, or accept and forward to the
 * institution with an answer date 7 working days ahead); the institution's focal point answers and
 * chooses whether the answer is published. A focal point sees only what was forwarded to its own
 * institution, and never the sender's name or contact; anything else is 404.
 */
import { createHash } from 'node:crypto';
import { ANSWER_WORKING_DAYS, dateInZone, type FeedbackStatus, scopesOf } from '@pantau/core';
import { actorLabel, type UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import {
  countFeedback,
  type FeedbackFilter,
  type FeedbackRow,
  findFeedbackById,
  insertFeedbackEvent,
  listFeedback,
  listFeedbackEvents,
  listOverdue,
  updateFeedbackFrom,
} from '../../db/repositories/feedback.repository.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { notifyFeedbackForwarded } from '../../notifications/events.js';
import { workingDaysAfter } from '../periods/holiday.service.js';
import { staffView } from './feedback-view.js';

const NOT_FOUND = { id: 'Aduan/usulan tidak ditemukan.', en: 'Feedback not found.' };
/** What an institution sees of its feedback: only what admin forwarded to it. */
const INSTITUTION_STATUSES: readonly FeedbackStatus[] = ['forwarded', 'answered'];

/** The text a notice quotes: the moderated message, cut to a notice's length. */
const feedbackSummary = (text: string) => text.slice(0, 280);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const today = (context: AppContext) => dateInZone(context.clock.now());
const seesEverything = (actor: UserActor) => scopesOf(actor.roles, 'feedback.read').includes('all');
/** Moderators (admin) see the sender's name and contact; everyone else never does. */
export const isModerator = (actor: UserActor) => scopesOf(actor.roles, 'feedback.moderate').length > 0;

/** The item if the actor reaches it under `permission`; 404 otherwise. */
async function reachableFeedback(
  db: Executor,
  actor: UserActor,
  permission: 'feedback.read' | 'feedback.answer',
  id: number,
): Promise<FeedbackRow> {
  const row = await findFeedbackById(db, id);
  if (!row) throw new NotFoundError(NOT_FOUND);
  const scopes = scopesOf(actor.roles, permission);
  const reaches =
    scopes.includes('all') ||
    (scopes.includes('own_institution') &&
      actor.institutionId === row.institution_id &&
      INSTITUTION_STATUSES.includes(row.status as FeedbackStatus));
  if (!reaches) throw new NotFoundError(NOT_FOUND);
  return row;
}

/** The staff list's filters. */
export interface StaffFeedbackQuery {
  status?: FeedbackStatus | undefined;
  overdue?: 'true' | 'false' | undefined;
  institution?: string | undefined;
}

/** One page of the feedback the actor may see. */
export async function listFeedbackForStaff(
  context: AppContext,
  actor: UserActor,
  query: StaffFeedbackQuery,
  page: { limit: number; offset: number },
) {
  const { db } = context.database;
  const filter = await staffFeedbackFilter(context, actor, query);
  const [total, rows] = await Promise.all([countFeedback(db, filter), listFeedback(db, filter, page)]);
  const day = today(context);
  return { total, ...page, items: rows.map((row) => staffView(row, day, isModerator(actor))) };
}

/**
 * What the staff list shows `actor` under `query`: admin and observers everything (optionally one
 * institution); a focal point only what was forwarded to its own institution.
 */
export async function staffFeedbackFilter(
  context: AppContext,
  actor: UserActor,
  query: StaffFeedbackQuery,
): Promise<FeedbackFilter> {
  const { db } = context.database;
  const filter: FeedbackFilter = {};
  if (query.status) filter.statuses = [query.status];
  if (query.overdue === 'true') filter.overdueOn = today(context);
  if (seesEverything(actor)) {
    if (query.institution) filter.institutionId = (await findInstitutionByCode(db, query.institution))?.id ?? -1;
  } else {
    filter.institutionId = actor.institutionId ?? -1;
    const asked: readonly string[] = filter.statuses ?? INSTITUTION_STATUSES;
    filter.statuses = asked.filter((s) => (INSTITUTION_STATUSES as readonly string[]).includes(s));
  }
  return filter;
}

/** One item with its history. */
export async function getFeedbackForStaff(context: AppContext, actor: UserActor, id: number) {
  const { db } = context.database;
  const row = await reachableFeedback(db, actor, 'feedback.read', id);
  const events = await listFeedbackEvents(db, id);
  return {
    ...staffView(row, today(context), isModerator(actor)),
    events: events.map((e) => ({
      action: e.action,
      from: e.from_status,
      to: e.to_status,
      reason: e.reason,
      actor: e.actor_label,
      at: e.at,
    })),
  };
}

async function moveOrConflict(trx: Executor, row: FeedbackRow, patch: Parameters<typeof updateFeedbackFrom>[3]) {
  if (!(await updateFeedbackFrom(trx, row.id, row.status, patch))) {
    throw new ConflictError('feedback_changed', {
      id: 'Aduan/usulan ini baru saja diubah orang lain. Muat ulang lalu periksa kembali.',
      en: 'Someone else has just changed this feedback. Reload and check again.',
    });
  }
}

/** Admin's decision: reject with a reason, or accept and forward to the institution at once. */
export async function moderateFeedback(
  context: AppContext,
  actor: UserActor,
  id: number,
  input: { decision: 'accept' | 'reject'; reason?: string | undefined; publicMessage?: string | undefined },
) {
  const { db } = context.database;
  const now = context.clock.now();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const row = await reachableFeedback(trx, actor, 'feedback.read', id);
    if (row.status !== 'submitted') {
      throw new ConflictError('feedback_already_moderated', {
        id: 'Aduan/usulan ini sudah dimoderasi.',
        en: 'This feedback has already been moderated.',
      });
    }
    const event = (action: string, from: string, to: string, reason: string | null) =>
      insertFeedbackEvent(trx, {
        feedback_id: id,
        action,
        from_status: from,
        to_status: to,
        actor_id: actor.userId,
        actor_label: actorLabel(actor),
        reason,
        at,
      });
    const reason = input.reason?.trim() || null;
    if (input.decision === 'reject') {
      await moveOrConflict(trx, row, {
        status: 'rejected',
        moderated_at: at,
        moderated_by: actor.userId,
        moderation_reason: reason,
        updated_at: at,
      });
      await event('reject', 'submitted', 'rejected', reason);
      await recordAudit(trx, context.clock, actor, {
        action: 'feedback.reject',
        entity: 'feedback',
        entityId: id,
        change: { ticket: row.ticket, reason },
      });
      return;
    }
    const dueOn = await workingDaysAfter(trx, context.config.holidays, dateInZone(now), ANSWER_WORKING_DAYS);
    await moveOrConflict(trx, row, {
      status: 'forwarded',
      moderated_at: at,
      moderated_by: actor.userId,
      moderation_reason: reason,
      public_message: input.publicMessage ?? null,
      forwarded_at: at,
      due_on: dueOn,
      updated_at: at,
    });
    await event('forward', 'submitted', 'forwarded', reason);
    await recordAudit(trx, context.clock, actor, {
      action: 'feedback.forward',
      entity: 'feedback',
      entityId: id,
      change: {
        ticket: row.ticket,
        institution: row.institution_code,
        dueOn,
        reason,
        publicMessageSha256: input.publicMessage ? sha256(input.publicMessage) : null,
      },
    });
    await notifyFeedbackForwarded(trx, context, {
      institutionId: row.institution_id,
      institutionName: row.institution_name,
      ticket: row.ticket,
      summary: feedbackSummary(input.publicMessage ?? row.public_message ?? row.message),
      answerBy: dueOn,
    });
  });
  return getFeedbackForStaff(context, actor, id);
}

/** The institution's answer; once given it stands (a second answer is refused). */
export async function answerFeedback(
  context: AppContext,
  actor: UserActor,
  id: number,
  input: { answer: string; publish: boolean },
) {
  const { db } = context.database;
  const at = context.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const row = await reachableFeedback(trx, actor, 'feedback.answer', id);
    if (row.status !== 'forwarded') {
      throw new ConflictError(row.status === 'answered' ? 'feedback_already_answered' : 'feedback_not_forwarded', {
        id:
          row.status === 'answered'
            ? 'Aduan/usulan ini sudah dijawab.'
            : 'Aduan/usulan ini belum diteruskan ke instansi (moderasi dahulu).',
        en:
          row.status === 'answered'
            ? 'This feedback has already been answered.'
            : 'This feedback has not been forwarded to the institution yet (moderate it first).',
      });
    }
    await moveOrConflict(trx, row, {
      status: 'answered',
      answered_at: at,
      answered_by: actor.userId,
      answer: input.answer,
      published: input.publish ? 1 : 0,
      updated_at: at,
    });
    await insertFeedbackEvent(trx, {
      feedback_id: id,
      action: 'answer',
      from_status: 'forwarded',
      to_status: 'answered',
      actor_id: actor.userId,
      actor_label: actorLabel(actor),
      reason: input.publish ? 'published' : 'not published',
      at,
    });
    await recordAudit(trx, context.clock, actor, {
      action: 'feedback.answer',
      entity: 'feedback',
      entityId: id,
      change: {
        ticket: row.ticket,
        answerSha256: sha256(input.answer),
        published: input.publish,
        onTime: row.due_on !== null && dateInZone(new Date(at)) <= row.due_on,
      },
    });
  });
  return getFeedbackForStaff(context, actor, id);
}

/** A forwarded item past its answer date: what an escalation needs to say. */
export interface OverdueFeedback {
  id: number;
  ticket: string;
  institutionId: number;
  institutionCode: string;
  institutionName: string;
  forwardedAt: string;
  dueOn: string;
  /** The published text (moderated), for a notice. */
  summary: string;
}

/**
 * Every forwarded item whose answer date has passed on `today` (WIB date), oldest due first. For
 * escalation (a scheduled job or admin's list); it does not notify anyone by itself.
 */
export async function listOverdueFeedback(db: Executor, today: string): Promise<OverdueFeedback[]> {
  const rows = await listOverdue(db, today);
  return rows.map((row) => ({
    id: row.id,
    ticket: row.ticket,
    institutionId: row.institution_id,
    institutionCode: row.institution_code,
    institutionName: row.institution_name,
    forwardedAt: row.forwarded_at ?? '',
    dueOn: row.due_on ?? '',
    summary: feedbackSummary(row.public_message ?? row.message),
  }));
}
