/**
 * Citizen feedback, public side: the form (with spam protection), follow-up by ticket, and the
 * published answers. A submission is audited as `system:public` with hashes only: the audit log
 * is kept forever, so it never holds the sender's name, contact or words.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  dateInZone,
  type FeedbackKind,
  type feedbackSubmitRequestSchema,
  normalizeTicket,
  TICKET_RANDOM_BYTES,
  ticketFromBytes,
} from '@pantau/core';
import type { z } from 'zod';
import { systemActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { findAksiByCodes, findOutputsByCodes } from '../../db/repositories/catalogue.repository.js';
import {
  countFeedback,
  type FeedbackRow,
  findFeedbackByTicket,
  insertFeedback,
  insertFeedbackEvent,
  listFeedback,
  type NewestKey,
  pageFeedbackNewest,
} from '../../db/repositories/feedback.repository.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import { transaction } from '../../db/transaction.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import type { Locale } from '../../notifications/format.js';
import { keysetRows } from '../export/table-writer.js';
import { periodOrLatest } from '../periods/active-period.js';
import { resolveFeedbackInstitution } from './feedback-institution.js';
import { recordSubmissionAttempt, requiredBits, spendProofOfWork, verifyProofOfWork } from './feedback-spam.js';
import { publicItemView, ticketView } from './feedback-view.js';

export type FeedbackSubmission = z.infer<typeof feedbackSubmitRequestSchema>;

const TICKET_NOT_FOUND = {
  id: 'Tiket tidak ditemukan. Periksa kembali kodenya (contoh: PNT-7K3M-9QX2-H4WD).',
  en: 'Ticket not found. Check the code (e.g. PNT-7K3M-9QX2-H4WD).',
};

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const newTicket = () => ticketFromBytes(randomBytes(TICKET_RANDOM_BYTES));

/** Where the feedback points: institution, and optionally the period's aksi and output. */
async function resolveReferences(db: Executor, input: FeedbackSubmission, locale: Locale) {
  const institution = await resolveFeedbackInstitution(db, input.institution, locale);
  if (!input.aksi && !input.output) return { institution, periodId: null, aksiId: null, outputId: null };
  const period = await periodOrLatest(db, input.period);
  const aksiCode = input.output ? input.output.split('.')[0] : input.aksi;
  if (input.output && input.aksi && aksiCode !== input.aksi) {
    throw new ValidationError({
      id: `Output ${input.output} bukan bagian dari aksi ${input.aksi}.`,
      en: `Output ${input.output} does not belong to aksi ${input.aksi}.`,
    });
  }
  const [aksi] = await findAksiByCodes(db, period.id, [aksiCode as string]);
  const [output] = input.output ? await findOutputsByCodes(db, period.id, [input.output]) : [];
  if (!aksi || (input.output && !output)) {
    const code = input.output ?? input.aksi;
    throw new ValidationError({
      id: `Kode ${code} tidak ada pada periode ${period.code}.`,
      en: `Code ${code} does not exist in period ${period.code}.`,
    });
  }
  return { institution, periodId: period.id, aksiId: aksi.id, outputId: output?.id ?? null };
}

/**
 * Takes a submission from the public form: the proof of work at the difficulty the address needs
 * (it grows with the recent volume from it, never a refusal), then the honeypot — a
 * filled honeypot gets an ordinary-looking receipt and nothing is stored.
 */
export async function submitFeedback(
  context: AppContext,
  input: FeedbackSubmission,
  ip: string,
  locale: Locale = 'id',
) {
  const { db } = context.database;
  const required = await requiredBits(context, ip);
  await recordSubmissionAttempt(context, ip);
  const proof = await verifyProofOfWork(context, input.challenge, input.nonce, required);
  const now = context.clock.now().toISOString();
  const receipt = (ticket: string) => ({
    ticket,
    status: 'submitted' as const,
    submittedAt: now,
    followUp: `/api/public/feedback/${ticket}`,
  });
  if (input.website?.trim()) {
    await spendProofOfWork(context, proof);
    return receipt(newTicket());
  }
  const refs = await resolveReferences(db, input, locale);
  await spendProofOfWork(context, proof);

  let ticket = newTicket();
  while (await findFeedbackByTicket(db, ticket)) ticket = newTicket();
  await transaction(db, async (trx) => {
    const id = await insertFeedback(trx, {
      ticket,
      kind: input.kind,
      institution_id: refs.institution.id,
      period_id: refs.periodId,
      aksi_id: refs.aksiId,
      output_id: refs.outputId,
      message: input.message,
      public_message: null,
      sender_name: input.name || null,
      sender_email: input.email?.toLowerCase() || null,
      sender_phone: input.phone || null,
      status: 'submitted',
      submitted_at: now,
      published: 0,
      updated_at: now,
    });
    await insertFeedbackEvent(trx, {
      feedback_id: id,
      action: 'submit',
      from_status: null,
      to_status: 'submitted',
      actor_id: null,
      actor_label: 'public',
      reason: null,
      at: now,
    });
    await recordAudit(trx, context.clock, systemActor('public'), {
      action: 'feedback.submit',
      entity: 'feedback',
      entityId: id,
      change: {
        ticket,
        kind: input.kind as FeedbackKind,
        institution: refs.institution.code,
        aksi: input.output?.split('.')[0] ?? input.aksi ?? null,
        output: input.output ?? null,
        messageSha256: sha256(input.message),
        senderEmailSha256: input.email ? sha256(input.email.toLowerCase()) : null,
        senderGave: { name: Boolean(input.name), email: Boolean(input.email), phone: Boolean(input.phone) },
      },
    });
  });
  return receipt(ticket);
}

/** Follow-up by ticket code: status, dates, the answer; never the sender. */
export async function feedbackByTicket(context: AppContext, code: string) {
  const ticket = normalizeTicket(code);
  const row = ticket ? await findFeedbackByTicket(context.database.db, ticket) : undefined;
  if (!row) throw new NotFoundError(TICKET_NOT_FOUND);
  return ticketView(row, dateInZone(context.clock.now()));
}

async function institutionIdOf(db: Executor, code: string | undefined): Promise<number | undefined> {
  if (!code) return undefined;
  const institution = await findInstitutionByCode(db, code.toUpperCase());
  if (!institution) {
    throw new NotFoundError({ id: `Instansi ${code} tidak ditemukan.`, en: `Institution ${code} not found.` });
  }
  return institution.id;
}

/** Answered feedback whose answer was published, newest first; of one institution when given. */
export async function publishedFeedback(
  context: AppContext,
  institution: string | undefined,
  page: { limit: number; offset: number },
) {
  const { db } = context.database;
  const filter = { institutionId: await institutionIdOf(db, institution), publishedOnly: true };
  const [total, rows] = await Promise.all([countFeedback(db, filter), listFeedback(db, filter, page)]);
  return { total, ...page, items: rows.map(publicItemView) };
}

/** Every published answer (of one institution when given), newest first, read page by page for a download. */
export async function allPublishedFeedback(context: AppContext, institution: string | undefined) {
  const { db } = context.database;
  const filter = { institutionId: await institutionIdOf(db, institution), publishedOnly: true };
  const PAGE = 500;
  const rows = keysetRows<FeedbackRow, NewestKey | null>(
    null,
    PAGE,
    (after) => pageFeedbackNewest(db, filter, after, PAGE),
    (row) => ({ submittedAt: row.submitted_at, id: row.id }),
  );
  return (async function* () {
    for await (const row of rows) yield publicItemView(row);
  })();
}
