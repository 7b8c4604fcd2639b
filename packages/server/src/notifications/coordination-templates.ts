/** What coordination notifications say: a new announcement, a reminder to read it, a meeting invitation. */
import { formatDate, type Locale } from './format.js';
import type { appLinks } from './links.js';

/** An announcement as its notification describes it. */
interface AnnouncementNotice {
  announcementId: number;
  title: string;
  sender: string;
  /** The first words of the body. */
  excerpt: string;
}

/** What a coordination event tells its recipients. */
export type CoordinationParams =
  | ({ kind: 'announcement' | 'announcement_reminder' } & AnnouncementNotice)
  | {
      kind: 'meeting_invitation';
      meetingId: number;
      title: string;
      /** Wall-clock start in the meeting's zone, e.g. 2026-12-03T09:00. */
      localStartsAt: string;
      timeZone: string;
      /** The video-conference link or the place. */
      where: string;
    };

/** The longest excerpt of an announcement body a notification carries. */
export const EXCERPT_LENGTH = 280;

/** The start of `text` on one line, cut at a word boundary with an ellipsis when longer than `max`. */
export function excerptOf(text: string, max = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "3 Desember 2026 pukul 09.00 WITA" / "3 December 2026, 09:00 WITA" for a wall-clock time and zone. */
export function formatLocalTime(local: string, zone: string, locale: Locale): string {
  const [date, time = '00:00'] = local.split('T') as [string, string | undefined];
  const day = formatDate(date, locale);
  return locale === 'id' ? `${day} pukul ${time.replace(':', '.')} ${zone}` : `${day}, ${time} ${zone}`;
}

/** The title, body, link and link label of a coordination notification in `locale`. */
export function coordinationParts(
  params: CoordinationParams,
  locale: Locale,
  links: ReturnType<typeof appLinks>,
): { title: string; body: string; link: string; action: string } {
  const id = locale === 'id';
  switch (params.kind) {
    case 'announcement':
      return id
        ? {
            title: `Pengumuman: ${params.title}`,
            body: `${params.sender} mengirim pengumuman kepada instansi Anda: ${params.excerpt}`,
            link: links.announcement(params.announcementId),
            action: 'Baca pengumuman',
          }
        : {
            title: `Announcement: ${params.title}`,
            body: `${params.sender} sent an announcement to your institution: ${params.excerpt}`,
            link: links.announcement(params.announcementId),
            action: 'Read the announcement',
          };
    case 'announcement_reminder':
      return id
        ? {
            title: `Pengingat: pengumuman "${params.title}" belum dibaca`,
            body: `Belum ada seorang pun di instansi Anda yang membaca pengumuman dari ${params.sender}. Mohon dibaca: ${params.excerpt}`,
            link: links.announcement(params.announcementId),
            action: 'Baca pengumuman',
          }
        : {
            title: `Reminder: announcement "${params.title}" not read yet`,
            body: `Nobody in your institution has read the announcement from ${params.sender} yet. Please read it: ${params.excerpt}`,
            link: links.announcement(params.announcementId),
            action: 'Read the announcement',
          };
    case 'meeting_invitation': {
      const when = formatLocalTime(params.localStartsAt, params.timeZone, locale);
      return id
        ? {
            title: `Undangan rapat: ${params.title}`,
            body: `Instansi Anda diundang ke rapat "${params.title}" pada ${when}, ${params.where}. Mohon konfirmasi kehadiran.`,
            link: links.meeting(params.meetingId),
            action: 'Konfirmasi kehadiran',
          }
        : {
            title: `Meeting invitation: ${params.title}`,
            body: `Your institution is invited to the meeting "${params.title}" on ${when}, ${params.where}. Please confirm attendance.`,
            link: links.meeting(params.meetingId),
            action: 'Confirm attendance',
          };
    }
  }
}
