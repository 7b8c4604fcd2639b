/**
 * Mail to the sender of citizen feedback, when they left an e-mail address: their feedback was
 * answered, or rejected with a reason. A citizen has no account and no language setting, so the
 * mail speaks both languages, and its link is the public follow-up page of the ticket. Written to
 * the outbox inside the transaction of the decision, like every notification.
 */
import type { AppContext } from '../context.js';
import type { Executor } from '../db/database.js';
import { insertOutboxMails } from '../db/repositories/outbox.repository.js';
import { appLinks } from './links.js';
import { type MailContent, mailOf } from './templates.js';

/** The outbox kind of these mails (no user, no preference: the sender asked to hear back). */
export const FEEDBACK_UPDATE_KIND = 'feedback_update';

/** What happened to the feedback. */
export type FeedbackOutcome =
  | { kind: 'answered'; institution: string; answer: string }
  | { kind: 'rejected'; reason: string };

const FOOTER =
  'Pesan ini dikirim otomatis oleh Pantau karena Anda mencantumkan alamat e-mail saat mengirim aduan/usulan. / ' +
  'This message was sent automatically by Pantau because you left your e-mail address with your feedback.';

/** The mail, Indonesian first and English after it. */
export function renderFeedbackUpdate(ticket: string, outcome: FeedbackOutcome, publicUrl: string): MailContent {
  const link = appLinks(publicUrl).feedbackTicket(ticket);
  if (outcome.kind === 'answered') {
    return mailOf(
      `Aduan/usulan ${ticket} telah dijawab / Your feedback ${ticket} has been answered`,
      [
        { text: `${outcome.institution} telah menjawab aduan/usulan Anda ${ticket}:` },
        { text: outcome.answer },
        {
          text: `${outcome.institution} has answered your feedback ${ticket} (the answer is above).`,
          link: { url: link, label: 'Lihat tiket / See the ticket' },
        },
      ],
      FOOTER,
    );
  }
  return mailOf(
    `Aduan/usulan ${ticket} tidak dapat diteruskan / Your feedback ${ticket} could not be forwarded`,
    [
      { text: `Aduan/usulan Anda ${ticket} tidak diteruskan ke instansi. Alasannya: ${outcome.reason}` },
      {
        text: `Your feedback ${ticket} was not forwarded to the institution. The reason: ${outcome.reason}`,
        link: { url: link, label: 'Lihat tiket / See the ticket' },
      },
    ],
    FOOTER,
  );
}

/** Queues the mail to `email` (nothing when the sender left none). */
export async function mailFeedbackSender(
  trx: Executor,
  context: Pick<AppContext, 'clock' | 'config'>,
  feedback: { ticket: string; email: string | null },
  outcome: FeedbackOutcome,
): Promise<void> {
  if (!feedback.email) return;
  const at = context.clock.now().toISOString();
  const mail = renderFeedbackUpdate(feedback.ticket, outcome, context.config.publicUrl);
  await insertOutboxMails(trx, [
    {
      to_address: feedback.email,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html,
      kind: FEEDBACK_UPDATE_KIND,
      user_id: null,
      status: 'pending',
      attempts: 0,
      next_attempt_at: at,
      locked_by: null,
      locked_at: null,
      last_error: null,
      created_at: at,
      sent_at: null,
    },
  ]);
}
