/** Sending one e-mail over SMTP (nodemailer), behind a small interface the delivery loop uses. */
import { nodemailer } from '../heavy-libraries.js';

/** One message as the outbox holds it. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Something that sends mail; throws when the message was not accepted. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Why a send failed. */
export interface SendFailure {
  message: string;
  /** The server refused the message for good (SMTP 5xx). */
  permanent: boolean;
  /** No SMTP answer at all (connection refused, timeout): the server is unreachable for now. */
  unreachable: boolean;
}

/** An SMTP transport for `smtp://user:pass@host:587` or `smtps://…` (nodemailer). */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer().createTransport({
    url,
    // A server that does not answer must not hold the delivery loop for minutes.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      await transporter.sendMail(mail);
    },
    close() {
      transporter.close();
    },
  };
}

/** Classifies a send error: SMTP 5xx replies are permanent; connection problems and 4xx are worth retrying. */
export function describeSendFailure(error: unknown): SendFailure {
  const details = error as { responseCode?: unknown; code?: unknown; message?: unknown } | null;
  const responseCode = typeof details?.responseCode === 'number' ? details.responseCode : null;
  const code = typeof details?.code === 'string' ? details.code : null;
  const message = typeof details?.message === 'string' ? details.message : String(error);
  return {
    message: [code, responseCode, message]
      .filter((part) => part !== null)
      .join(' ')
      .slice(0, 500),
    permanent: responseCode !== null && responseCode >= 500,
    unreachable: responseCode === null,
  };
}
