/**
 * Citizen feedback, staff side, the writes: admin moderates (reject with a reason, or accept and
 * forward to the institution — the one the sender named or another — with an answer date 7 working
 * days ahead); the institution's focal point answers and chooses whether the answer is published,
 * and may publish it later or withdraw it with a reason. A sender who left an e-mail address hears
 * of the rejection or the answer. Reads are in `feedback-desk.service.ts`.
 */
import { createHash } from 'node:crypto';
import { ANSWER_WORKING_DAYS, dateInZone } from '@pantau/core';
import { actorLabel, type UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import {
  type FeedbackRow,
  insertFeedbackEvent,
  listOverdue,
  updateFeedbackFrom,
} from '../../db/repositories/feedback.repository.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import { transaction } from '../../db/transaction.js';
import { ConflictError, ValidationError } from '../../errors.js';
import { mailFeedbackSender } from '../../notifications/citizen-mail.js';
import { notifyFeedbackForwarded } from '../../notifications/events.js';
import { workingDaysAfter } from '../periods/holiday.service.js';
import { getFeedbackForStaff, reachableFeedback } from './feedback-desk.service.js';

/** The text a notice quotes: the moderated message, cut to a notice's length. */
const feedbackSummary = (text: string) => text.slice(0, 280);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function moveOrConflict(trx: Executor, row: FeedbackRow, patch: Parameters<typeof updateFeedbackFrom>[3]) {
  if (!(await updateFeedbackFrom(trx, row.id, row.status, patch))) {
    throw new ConflictError('feedback_changed', {
      id: 'Aduan/usulan ini baru saja diubah orang lain. Muat ulang lalu periksa kembali.',
      en: 'Someone else has just changed this feedback. Reload and check again.',
    });
  }
}

/** The institution to forward to when the moderator names another than the sender did; 400 if unknown. */
async function otherInstitution(trx: Executor, row: FeedbackRow, code: string | undefined) {
  if (code === undefined || code === row.institution_code) return null;
  const institution = await findInstitutionByCode(trx, code);
  if (!institution) {
    throw new ValidationError(
      {
        id: `Instansi dengan kode ${code} tidak ada. Pilih instansi tujuan dari daftar.`,
        en: `There is no institution with code ${code}. Choose the institution from the list.`,
      },
      [{ path: 'body.institution', message: code }],
    );
  }
  return institution;
}

/**
 * Admin's decision: reject with a reason, or accept and forward at once — to the institution the
 * sender named, or to `institution` when the sender named the wrong one (recorded as an event).
 */
export async function moderateFeedback(
  context: AppContext,
  actor: UserActor,
  id: number,
  input: {
    decision: 'accept' | 'reject';
    reason?: string | undefined;
    publicMessage?: string | undefined;
    institution?: string | undefined;
  },
) {
  const { db } = context.database;
  const now = context.clock.now();
  const at = now.toISOString();
  await transaction(db, async (trx) => {
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
      await mailFeedbackSender(
        trx,
        context,
        { ticket: row.ticket, email: row.sender_email },
        {
          kind: 'rejected',
          reason: reason ?? '',
        },
      );
      return;
    }
    const dueOn = await workingDaysAfter(trx, context.config.holidays, dateInZone(now), ANSWER_WORKING_DAYS);
    const rerouted = await otherInstitution(trx, row, input.institution);
    const target = rerouted
      ? { id: rerouted.id, code: rerouted.code, name: rerouted.name }
      : { id: row.institution_id, code: row.institution_code, name: row.institution_name };
    await moveOrConflict(trx, row, {
      ...(rerouted ? { institution_id: rerouted.id } : {}),
      status: 'forwarded',
      moderated_at: at,
      moderated_by: actor.userId,
      moderation_reason: reason,
      public_message: input.publicMessage ?? null,
      forwarded_at: at,
      due_on: dueOn,
      updated_at: at,
    });
    if (rerouted) await event('reroute', 'submitted', 'submitted', `${row.institution_code} → ${rerouted.code}`);
    await event('forward', 'submitted', 'forwarded', reason);
    await recordAudit(trx, context.clock, actor, {
      action: 'feedback.forward',
      entity: 'feedback',
      entityId: id,
      change: {
        ticket: row.ticket,
        institution: target.code,
        ...(rerouted ? { namedBySender: row.institution_code } : {}),
        dueOn,
        reason,
        publicMessageSha256: input.publicMessage ? sha256(input.publicMessage) : null,
      },
    });
    await notifyFeedbackForwarded(trx, context, {
      id,
      institutionId: target.id,
      institutionName: target.name,
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
  await transaction(db, async (trx) => {
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
    await mailFeedbackSender(
      trx,
      context,
      { ticket: row.ticket, email: row.sender_email },
      {
        kind: 'answered',
        institution: row.institution_name,
        answer: input.answer,
      },
    );
  });
  return getFeedbackForStaff(context, actor, id);
}

/**
 * Publishes an answer the institution kept private, or withdraws a published one (a reason is
 * required: the sender and the public saw it). Asking for the state it already has changes nothing.
 */
export async function setFeedbackPublication(
  context: AppContext,
  actor: UserActor,
  id: number,
  input: { publish: boolean; reason?: string | undefined },
) {
  const { db } = context.database;
  const at = context.clock.now().toISOString();
  const reason = input.reason?.trim() || null;
  await transaction(db, async (trx) => {
    const row = await reachableFeedback(trx, actor, 'feedback.answer', id);
    if (row.status !== 'answered') {
      throw new ConflictError('feedback_not_answered', {
        id: 'Hanya jawaban yang sudah diberikan yang dapat dipublikasikan atau ditarik.',
        en: 'Only an answer already given can be published or withdrawn.',
      });
    }
    if ((row.published === 1) === input.publish) return;
    if (!input.publish && (reason ?? '').length < 5) {
      throw new ValidationError(
        {
          id: 'Tuliskan alasan menarik jawaban dari portal (minimal 5 karakter).',
          en: 'Give the reason for withdrawing the answer from the portal (at least 5 characters).',
        },
        [{ path: 'body.reason', message: 'min 5' }],
      );
    }
    await moveOrConflict(trx, row, { published: input.publish ? 1 : 0, updated_at: at });
    await insertFeedbackEvent(trx, {
      feedback_id: id,
      action: input.publish ? 'publish' : 'unpublish',
      from_status: 'answered',
      to_status: 'answered',
      actor_id: actor.userId,
      actor_label: actorLabel(actor),
      reason,
      at,
    });
    await recordAudit(trx, context.clock, actor, {
      action: input.publish ? 'feedback.publish' : 'feedback.unpublish',
      entity: 'feedback',
      entityId: id,
      change: { ticket: row.ticket, reason },
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
