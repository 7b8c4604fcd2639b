/**
 * What each notification says, in Bahasa Indonesia and English: the in-app title and body, and the
 * e-mail (subject, plain text and HTML) with an absolute link into the app.
 */
import { type NotificationKind, triwulanLabel } from '@pantau/core';
import { type CoordinationParams, coordinationParts } from './coordination-templates.js';
import { formatDate, formatInstant, type Locale } from './format.js';
import { appLinks } from './links.js';

/** What an event tells its recipients; the fields depend on the kind. */
export type NotificationParams =
  | {
      kind: 'deadline_reminder';
      institution: { code: string; name: string };
      /** Set when the focal point reminds one work unit's contributors. */
      unit?: { code: string; name: string };
      period: string;
      quarter: number;
      deadline: string;
      daysLeft: number;
      missing: number;
    }
  | {
      kind: 'overdue_escalation';
      institution: { code: string; name: string };
      period: string;
      quarter: number;
      deadline: string;
      missing: number;
    }
  | { kind: 'revision_requested'; reportId: number; targetCode: string; institution: string; reason: string }
  | {
      kind: 'report_accepted';
      reportId: number;
      targetCode: string;
      institution: string;
      score: number | null;
      grade: string | null;
    }
  | { kind: 'review_waiting'; reportId: number; targetCode: string; institution: string; by: string }
  | {
      kind: 'report_sent_back';
      reportId: number;
      targetCode: string;
      institution: string;
      by: string;
      comment: string;
    }
  | {
      kind: 'feedback_forwarded';
      feedbackId: number;
      ticket: string;
      institution: string;
      summary: string;
      answerBy: string;
    }
  | { kind: 'feedback_overdue'; feedbackId: number; ticket: string; institution: string; answerBy: string }
  | { kind: 'invitation' | 'password_reset'; name: string; url: string; expiresAt: string }
  | { kind: 'leader_digest'; institution: string; month: string }
  | CoordinationParams;

/** The in-app part of a notification. */
export interface NotificationContent {
  title: string;
  body: string;
  link: string | null;
}

/** A mail ready for the outbox. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** A notification in one language: the in-app part and its mail. */
export interface RenderedNotification extends NotificationContent {
  mail: MailContent;
}

interface Parts {
  title: string;
  body: string;
  link: string | null;
  action: string;
}

const GRADES: Record<string, Record<Locale, string>> = {
  administratif: { id: 'administratif', en: 'administrative' },
  terlaksana: { id: 'terlaksana', en: 'implemented' },
  berdampak: { id: 'berdampak', en: 'with impact' },
};

function parts(params: NotificationParams, locale: Locale, publicUrl: string): Parts {
  const links = appLinks(publicUrl);
  const id = locale === 'id';
  switch (params.kind) {
    case 'deadline_reminder': {
      const quarter = `${triwulanLabel(params.quarter)} ${params.period}`;
      const deadline = formatDate(params.deadline, locale);
      if (params.unit) {
        const unit = `${params.unit.name} (${params.institution.name})`;
        return id
          ? {
              title: `Pengingat ${quarter}: ${params.missing} laporan ${params.unit.name} belum dikirim`,
              body: `Focal point mengingatkan: ${unit} masih punya ${params.missing} laporan capaian ${quarter} yang belum dikirim. Tenggat pelaporan ${deadline} (akhir hari, WIB).`,
              link: links.workspaceQuarter(params.quarter),
              action: 'Buka target unit',
            }
          : {
              title: `${quarter} reminder: ${params.missing} report(s) of ${params.unit.name} not yet submitted`,
              body: `Your focal point reminds you: ${unit} still has ${params.missing} report(s) for ${quarter} not yet submitted. The reporting deadline is ${deadline} (end of day, WIB).`,
              link: links.workspaceQuarter(params.quarter),
              action: "Open the unit's targets",
            };
      }
      return id
        ? {
            title: `Tenggat ${quarter}: ${params.daysLeft} hari lagi`,
            body: `${params.institution.name} belum mengirim ${params.missing} laporan capaian ${quarter}. Tenggat pelaporan ${deadline} (akhir hari, WIB).`,
            link: links.workspaceQuarter(params.quarter),
            action: 'Buka laporan instansi',
          }
        : {
            title: `${quarter} deadline: ${params.daysLeft} days left`,
            body: `${params.institution.name} has not yet submitted ${params.missing} report(s) for ${quarter}. The reporting deadline is ${deadline} (end of day, WIB).`,
            link: links.workspaceQuarter(params.quarter),
            action: "Open the institution's reports",
          };
    }
    case 'overdue_escalation': {
      const quarter = `${triwulanLabel(params.quarter)} ${params.period}`;
      const deadline = formatDate(params.deadline, locale);
      return id
        ? {
            title: `Terlambat: ${params.missing} laporan ${quarter} belum dikirim`,
            body: `Tenggat ${deadline} telah lewat dan ${params.institution.name} belum mengirim ${params.missing} laporan capaian ${quarter}. Sebagai focal point, mohon pastikan laporan segera dikirim; laporan terlambat tetap diterima dan ditandai terlambat.`,
            link: links.workspaceQuarter(params.quarter),
            action: 'Buka laporan instansi',
          }
        : {
            title: `Overdue: ${params.missing} ${quarter} report(s) not submitted`,
            body: `The ${deadline} deadline has passed and ${params.institution.name} has not submitted ${params.missing} report(s) for ${quarter}. As focal point, please make sure they are submitted soon; late reports are still accepted and flagged as late.`,
            link: links.workspaceQuarter(params.quarter),
            action: "Open the institution's reports",
          };
    }
    case 'revision_requested':
      return id
        ? {
            title: `Perlu perbaikan: laporan ${params.targetCode}`,
            body: `Verifikator meminta perbaikan laporan ${params.targetCode} (${params.institution}). Alasan: ${params.reason}`,
            link: links.report(params.reportId),
            action: 'Buka laporan',
          }
        : {
            title: `Revision requested: report ${params.targetCode}`,
            body: `The verifier asked for a revision of report ${params.targetCode} (${params.institution}). Reason: ${params.reason}`,
            link: links.report(params.reportId),
            action: 'Open the report',
          };
    case 'report_accepted': {
      const grade = params.grade ? (GRADES[params.grade]?.[locale] ?? params.grade) : null;
      const judged =
        params.score === null
          ? id
            ? 'Klaim "tidak berlaku" diterima; target ini tidak dihitung dalam capaian.'
            : 'The "not applicable" claim was accepted; the target leaves the achievement figure.'
          : id
            ? `Skor ${params.score}, kualitas ${grade}.`
            : `Score ${params.score}, quality ${grade}.`;
      return id
        ? {
            title: `Diterima: laporan ${params.targetCode}`,
            body: `Laporan ${params.targetCode} (${params.institution}) diterima verifikator. ${judged}`,
            link: links.report(params.reportId),
            action: 'Buka laporan',
          }
        : {
            title: `Accepted: report ${params.targetCode}`,
            body: `Report ${params.targetCode} (${params.institution}) was accepted by the verifier. ${judged}`,
            link: links.report(params.reportId),
            action: 'Open the report',
          };
    }
    case 'review_waiting':
      return id
        ? {
            title: `Menunggu tinjauan Anda: laporan ${params.targetCode}`,
            body: `${params.by} menandai laporan ${params.targetCode} (${params.institution}) siap ditinjau. Kirim ke tingkat nasional atau kembalikan dengan catatan.`,
            link: links.report(params.reportId),
            action: 'Tinjau laporan',
          }
        : {
            title: `Waiting for your review: report ${params.targetCode}`,
            body: `${params.by} marked report ${params.targetCode} (${params.institution}) ready for review. Submit it nationally or send it back with a comment.`,
            link: links.report(params.reportId),
            action: 'Review the report',
          };
    case 'report_sent_back':
      return id
        ? {
            title: `Dikembalikan: laporan ${params.targetCode}`,
            body: `${params.by} mengembalikan laporan ${params.targetCode} (${params.institution}) untuk dilengkapi. Catatan: ${params.comment}`,
            link: links.report(params.reportId),
            action: 'Buka laporan',
          }
        : {
            title: `Sent back: report ${params.targetCode}`,
            body: `${params.by} sent report ${params.targetCode} (${params.institution}) back to be completed. Comment: ${params.comment}`,
            link: links.report(params.reportId),
            action: 'Open the report',
          };
    case 'feedback_forwarded': {
      const due = formatDate(params.answerBy, locale);
      return id
        ? {
            title: `Aduan/usulan masyarakat ${params.ticket} diteruskan`,
            body: `Aduan/usulan ${params.ticket} untuk ${params.institution} diteruskan kepada Anda: "${params.summary}". Mohon dijawab paling lambat ${due}.`,
            link: links.feedbackDesk(params.feedbackId),
            action: 'Jawab aduan',
          }
        : {
            title: `Public feedback ${params.ticket} forwarded`,
            body: `Feedback ${params.ticket} about ${params.institution} was forwarded to you: "${params.summary}". Please answer by ${due}.`,
            link: links.feedbackDesk(params.feedbackId),
            action: 'Answer the feedback',
          };
    }
    case 'feedback_overdue': {
      const due = formatDate(params.answerBy, locale);
      return id
        ? {
            title: `Terlambat: aduan ${params.ticket} belum dijawab`,
            body: `Aduan/usulan ${params.ticket} untuk ${params.institution} seharusnya dijawab paling lambat ${due}.`,
            link: links.feedbackDesk(params.feedbackId),
            action: 'Jawab aduan',
          }
        : {
            title: `Overdue: feedback ${params.ticket} not answered`,
            body: `Feedback ${params.ticket} about ${params.institution} was due for an answer by ${due}.`,
            link: links.feedbackDesk(params.feedbackId),
            action: 'Answer the feedback',
          };
    }
    case 'announcement':
    case 'announcement_reminder':
    case 'meeting_invitation':
      return coordinationParts(params, locale, links);
    case 'leader_digest':
      return id
        ? {
            title: `Ringkasan bulanan ${params.institution} (${params.month})`,
            body: `Capaian dan kepatuhan triwulan ini dibanding triwulan lalu, target terlambat per unit, tindak lanjut terbuka dan publikasi ${params.institution}.`,
            link: links.brief,
            action: 'Buka ringkasan',
          }
        : {
            title: `Monthly brief: ${params.institution} (${params.month})`,
            body: `This quarter's achievement and compliance against last quarter, late targets by unit, open follow-ups and publications of ${params.institution}.`,
            link: links.brief,
            action: 'Open the brief',
          };
    case 'invitation': {
      const until = formatInstant(params.expiresAt, locale);
      return id
        ? {
            title: 'Undangan ke Pantau',
            body: `Halo ${params.name}, Anda diundang menggunakan Pantau, sistem pemantauan aksi pencegahan korupsi. Buat kata sandi Anda melalui tautan di bawah ini sebelum ${until}. Tautan hanya dapat dipakai sekali.`,
            link: params.url,
            action: 'Terima undangan',
          }
        : {
            title: 'Your invitation to Pantau',
            body: `Hello ${params.name}, you are invited to Pantau, the corruption-prevention action monitoring system. Choose your password through the link below before ${until}. The link works once.`,
            link: params.url,
            action: 'Accept the invitation',
          };
    }
    case 'password_reset': {
      const until = formatInstant(params.expiresAt, locale);
      return id
        ? {
            title: 'Atur ulang kata sandi Pantau',
            body: `Halo ${params.name}, tautan untuk mengatur ulang kata sandi Anda ada di bawah ini. Berlaku sampai ${until} dan hanya dapat dipakai sekali. Jika Anda tidak meminta ini, hubungi admin atau focal point Anda.`,
            link: params.url,
            action: 'Atur ulang kata sandi',
          }
        : {
            title: 'Reset your Pantau password',
            body: `Hello ${params.name}, the link to reset your password is below. It is valid until ${until} and works once. If you did not ask for this, contact your admin or focal point.`,
            link: params.url,
            action: 'Reset the password',
          };
    }
  }
}

const FOOTER: Record<Locale, (settings: string) => string> = {
  id: (settings) => `Pesan ini dikirim otomatis oleh Pantau. Atur notifikasi Anda: ${settings}`,
  en: (settings) => `This message was sent automatically by Pantau. Choose your notifications: ${settings}`,
};

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** A mail of paragraphs (each with an optional link), a footer, and `[Pantau] title` as its subject. */
export function mailOf(
  title: string,
  paragraphs: { text: string; link?: { url: string; label: string } | null }[],
  footer: string,
): MailContent {
  const text = [
    ...paragraphs.map((p) => (p.link ? `${p.text}\n\n${p.link.label}: ${p.link.url}` : p.text)),
    '--',
    footer,
  ].join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#1f2933">',
    `<h1 style="font-size:18px">${escapeHtml(title)}</h1>`,
    ...paragraphs.map(
      (p) =>
        `<p>${escapeHtml(p.text)}</p>${
          p.link
            ? `<p><a href="${escapeHtml(p.link.url)}" style="color:#0b5394">${escapeHtml(p.link.label)}</a></p>`
            : ''
        }`,
    ),
    `<hr><p style="font-size:12px;color:#616e7c">${escapeHtml(footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: `[Pantau] ${title}`, text, html };
}

/** A notification in the recipient's language. */
export function renderNotification(
  params: NotificationParams,
  locale: Locale,
  publicUrl: string,
): RenderedNotification {
  const { title, body, link, action } = parts(params, locale, publicUrl);
  const footer = FOOTER[locale](appLinks(publicUrl).notificationSettings);
  const mail = mailOf(title, [{ text: body, link: link ? { url: link, label: action } : null }], footer);
  return { title, body, link, mail };
}

/** The daily digest of a user's notifications, in their language. */
export function renderDigest(
  items: readonly NotificationContent[],
  locale: Locale,
  name: string,
  publicUrl: string,
): MailContent {
  const title =
    locale === 'id'
      ? `Ringkasan harian: ${items.length} pemberitahuan`
      : `Daily digest: ${items.length} notification(s)`;
  const greeting =
    locale === 'id' ? `Halo ${name}, berikut pemberitahuan Anda.` : `Hello ${name}, here are your notifications.`;
  const open = locale === 'id' ? 'Buka' : 'Open';
  return mailOf(
    title,
    [
      { text: greeting },
      ...items.map((item) => ({
        text: `• ${item.title} — ${item.body}`,
        link: item.link ? { url: item.link, label: open } : null,
      })),
    ],
    FOOTER[locale](appLinks(publicUrl).notificationSettings),
  );
}

/** Kinds whose mail carries a sign-in link: their bodies are erased from the outbox once sent. */
export const LINK_MAIL_KINDS: readonly NotificationKind[] = ['invitation', 'password_reset'];
