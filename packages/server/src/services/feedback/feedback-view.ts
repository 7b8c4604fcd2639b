/**
 * How a feedback item is shown to each audience. The sender's name and contact appear only in
 * the moderators' view; the public and the ticket holder never see them.
 */
import {
  dateInZone,
  type FeedbackDto,
  type FeedbackKind,
  type FeedbackStatus,
  type feedbackTicketSchema,
  feedbackViewStatus,
  isFeedbackOverdue,
  type publicFeedbackItemSchema,
  workingDaysLeft,
} from '@pantau/core';
import type { z } from 'zod';
import type { FeedbackRow } from '../../db/repositories/feedback.repository.js';

/** The civil date (WIB) of an instant. */
const dateOf = (instant: string | null) => (instant ? dateInZone(new Date(instant)) : '');

/** The text that is published: the moderator's edited version, else the message. */
export function publishedText(row: FeedbackRow): string {
  return row.public_message ?? row.message;
}

/**
 * The staff view; `withSender` for moderators only. `holidays` are the days off that the working
 * days left to answer skip.
 */
export function staffView(
  row: FeedbackRow,
  today: string,
  withSender: boolean,
  holidays: ReadonlySet<string>,
): FeedbackDto {
  return {
    id: row.id,
    ticket: row.ticket,
    kind: row.kind as FeedbackKind,
    institution: { code: row.institution_code, name: row.institution_name },
    period: row.period_code,
    aksiCode: row.aksi_code,
    outputCode: row.output_code,
    status: row.status as FeedbackStatus,
    overdue: isFeedbackOverdue({ status: row.status, dueOn: row.due_on }, today),
    message: row.message,
    publicMessage: row.public_message,
    submittedAt: row.submitted_at,
    moderatedAt: row.moderated_at,
    moderationReason: row.moderation_reason,
    forwardedAt: row.forwarded_at,
    dueOn: row.due_on,
    workingDaysLeft:
      row.status === 'forwarded' && row.due_on !== null ? workingDaysLeft(today, row.due_on, holidays) : null,
    answeredAt: row.answered_at,
    answer: row.answer,
    published: row.published === 1,
    sender: withSender ? { name: row.sender_name, email: row.sender_email, phone: row.sender_phone } : null,
  };
}

/**
 * What the ticket holder sees: progress, dates, the reason of a rejection and the answer. The
 * feedback text only once published (a leaked ticket must not reveal what the sender wrote).
 */
export function ticketView(row: FeedbackRow, today: string): z.infer<typeof feedbackTicketSchema> {
  const published = row.status === 'answered' && row.published === 1;
  return {
    ticket: row.ticket,
    kind: row.kind as FeedbackKind,
    institution: { code: row.institution_code, name: row.institution_name },
    aksiCode: row.aksi_code,
    outputCode: row.output_code,
    status: feedbackViewStatus({ status: row.status, dueOn: row.due_on }, today),
    submittedAt: row.submitted_at,
    moderatedAt: row.moderated_at,
    rejectionReason: row.status === 'rejected' ? row.moderation_reason : null,
    forwardedAt: row.forwarded_at,
    dueOn: row.due_on,
    answeredAt: row.answered_at,
    answer: row.status === 'answered' ? row.answer : null,
    published,
    message: published ? publishedText(row) : null,
  };
}

/** A published answer as the portal and the open data list it. */
export function publicItemView(row: FeedbackRow): z.infer<typeof publicFeedbackItemSchema> {
  const answeredOn = dateOf(row.answered_at);
  return {
    id: row.id,
    kind: row.kind as FeedbackKind,
    institution: { code: row.institution_code, name: row.institution_name },
    aksiCode: row.aksi_code,
    outputCode: row.output_code,
    message: publishedText(row),
    submittedOn: dateOf(row.submitted_at),
    forwardedOn: dateOf(row.forwarded_at),
    dueOn: row.due_on ?? '',
    answeredOn,
    answeredOnTime: row.due_on !== null && answeredOn <= row.due_on,
    answer: row.answer ?? '',
  };
}
