/**
 * Every link a notification or an e-mail carries lands on a page: each notification kind is
 * rendered in both languages (in-app text, mail text and HTML, the footer, the daily digest), every
 * link builder is called, and each address found must be a route of the web app (App.tsx) or a
 * page the server renders and answers with 200. A new link to nowhere fails here.
 */
import type { NotificationKind } from '@pantau/core';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildTestApp } from '../test-support/app.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { insertTestFeedback } from '../test-support/feedback.js';
import { FIXTURE_INSTITUTIONS, loadFixture } from '../test-support/fixture.js';
import { landingOf, serverPageRoutes, webAppRoutes } from '../test-support/page-routes.js';
import { renderFeedbackUpdate } from './citizen-mail.js';
import type { Locale } from './format.js';
import { type AppLinks, appLinks } from './links.js';
import { type NotificationParams, renderDigest, renderNotification } from './templates.js';

const PUBLIC_URL = 'https://pantau.example.go.id';
const links = appLinks(PUBLIC_URL);

/** One example of every kind: a kind added without one does not compile. */
const SAMPLES: { [K in NotificationKind]: NotificationParams & { kind: K } } = {
  deadline_reminder: {
    kind: 'deadline_reminder',
    institution: { code: '33.74', name: 'Kota Semarang' },
    period: '2025-2026',
    quarter: 2,
    deadline: '2025-07-10',
    daysLeft: 3,
    missing: 2,
  },
  overdue_escalation: {
    kind: 'overdue_escalation',
    institution: { code: '33.74', name: 'Kota Semarang' },
    period: '2025-2026',
    quarter: 2,
    deadline: '2025-07-10',
    missing: 2,
  },
  revision_requested: {
    kind: 'revision_requested',
    reportId: 7,
    targetCode: '1.1-TW2',
    institution: 'Kota Semarang',
    reason: 'Lengkapi notulen',
  },
  report_accepted: {
    kind: 'report_accepted',
    reportId: 7,
    targetCode: '1.1-TW2',
    institution: 'Kota Semarang',
    score: 80,
    grade: 'terlaksana',
  },
  review_waiting: {
    kind: 'review_waiting',
    reportId: 7,
    targetCode: '1.1-TW2',
    institution: 'Kota Semarang',
    by: 'Sari',
  },
  report_sent_back: {
    kind: 'report_sent_back',
    reportId: 7,
    targetCode: '1.1-TW2',
    institution: 'Kota Semarang',
    by: 'Budi',
    comment: 'Lampirkan daftar hadir',
  },
  feedback_forwarded: {
    kind: 'feedback_forwarded',
    feedbackId: 3,
    ticket: 'PNT-7K3M-9QX2-H4WD',
    institution: 'Kota Semarang',
    summary: 'Loket meminta biaya tambahan',
    answerBy: '2026-12-02',
  },
  feedback_overdue: {
    kind: 'feedback_overdue',
    feedbackId: 3,
    ticket: 'PNT-7K3M-9QX2-H4WD',
    institution: 'Kota Semarang',
    answerBy: '2026-12-02',
  },
  announcement: { kind: 'announcement', announcementId: 4, title: 'Pedoman', sender: 'Setnas PK', excerpt: 'Mohon…' },
  announcement_reminder: {
    kind: 'announcement_reminder',
    announcementId: 4,
    title: 'Pedoman',
    sender: 'Setnas PK',
    excerpt: 'Mohon…',
  },
  meeting_invitation: {
    kind: 'meeting_invitation',
    meetingId: 5,
    title: 'Rapat koordinasi',
    localStartsAt: '2026-12-03T09:00',
    timeZone: 'WITA',
    where: 'Ruang rapat',
  },
  invitation: {
    kind: 'invitation',
    name: 'Sari',
    url: links.accountLink('invitation', 'a'.repeat(43)),
    expiresAt: '2026-12-03T00:00:00.000Z',
  },
  password_reset: {
    kind: 'password_reset',
    name: 'Sari',
    url: links.accountLink('password_reset', 'b'.repeat(43)),
    expiresAt: '2026-12-03T00:00:00.000Z',
  },
  leader_digest: { kind: 'leader_digest', institution: 'Kota Semarang', month: '2025-07' },
};

/** Every link builder, called once: a builder added without a call here does not compile. */
function everyBuilder(ticket: string): Record<keyof AppLinks, string> {
  return {
    report: links.report(7),
    workspaceQuarter: links.workspaceQuarter(2),
    feedbackDesk: links.feedbackDesk(3),
    feedbackTicket: links.feedbackTicket(ticket),
    announcement: links.announcement(4),
    meeting: links.meeting(5),
    notificationSettings: links.notificationSettings,
    brief: links.brief,
    accountLink: links.accountLink('invitation', 'c'.repeat(43)),
  };
}

const URLS = /https?:\/\/[^\s"'<>)]+/g;

/** Every address in the rendered texts of every kind, in both languages, a digest and the mails to a sender. */
function renderedUrls(ticket: string): Map<string, string> {
  const found = new Map<string, string>();
  const collect = (where: string, ...texts: (string | null)[]) => {
    for (const text of texts) for (const match of (text ?? '').matchAll(URLS)) found.set(match[0], where);
  };
  for (const locale of ['id', 'en'] as Locale[]) {
    const rendered = Object.values(SAMPLES).map((params) => ({
      kind: params.kind,
      note: renderNotification(params, locale, PUBLIC_URL),
    }));
    for (const { kind, note } of rendered) {
      collect(`${kind} (${locale})`, note.link, note.body, note.mail.text, note.mail.html);
    }
    const digest = renderDigest(
      rendered.map(({ note }) => note),
      locale,
      'Sari',
      PUBLIC_URL,
    );
    collect(`digest (${locale})`, digest.text, digest.html);
  }
  for (const outcome of [
    { kind: 'answered', institution: 'Kota Semarang', answer: 'Sudah ditindaklanjuti.' },
    { kind: 'rejected', reason: 'Bukan tentang aksi' },
  ] as const) {
    const mail = renderFeedbackUpdate(ticket, outcome, PUBLIC_URL);
    collect(`feedback update to the sender (${outcome.kind})`, mail.text, mail.html);
  }
  return found;
}

describeEachDatabase('links in notifications and e-mails', (database) => {
  let app: FastifyInstance;

  beforeEach(async () => {
    await loadFixture(database());
    app = await buildTestApp(database());
  });
  afterEach(() => app.close());

  it('each lands on a page of the web app, or a page the server answers', async () => {
    const { ticket } = await insertTestFeedback(database(), {
      institutionCode: FIXTURE_INSTITUTIONS.semarang,
      status: 'answered',
      published: true,
    });
    const urls = renderedUrls(ticket);
    for (const [name, url] of Object.entries(everyBuilder(ticket))) urls.set(url, `appLinks.${name}`);
    const tables = { web: webAppRoutes(), server: serverPageRoutes(app) };

    const nowhere: string[] = [];
    for (const [url, where] of urls) {
      if (!url.startsWith(`${PUBLIC_URL}/`)) {
        nowhere.push(`${where}: ${url} is not on this installation`);
        continue;
      }
      const { pathname, search } = new URL(url);
      const landing = landingOf(pathname, tables);
      if (landing === null) nowhere.push(`${where}: ${pathname} is no route of the web app or the server`);
      if (landing === 'server') {
        const response = await app.inject({ method: 'GET', url: pathname + search });
        if (response.statusCode !== 200) nowhere.push(`${where}: ${pathname} answers ${response.statusCode}`);
      }
    }
    expect(nowhere).toEqual([]);
    // The sample covers what it should: every kind's link, the settings footer, the builders.
    expect([...urls.keys()]).toEqual(
      expect.arrayContaining([
        `${PUBLIC_URL}/kerja/laporan/7`,
        `${PUBLIC_URL}/kerja/aduan/3`,
        `${PUBLIC_URL}/kerja?triwulan=2`,
        `${PUBLIC_URL}/kerja/notifikasi`,
        `${PUBLIC_URL}/kerja/koordinasi/pengumuman/4`,
        `${PUBLIC_URL}/kerja/koordinasi/rapat/5`,
      ]),
    );
  });

  it('catches a link to nowhere', () => {
    const tables = { web: webAppRoutes(), server: serverPageRoutes(app) };
    // The addresses notifications used to carry, which showed "Halaman tidak ditemukan".
    expect(landingOf('/laporan/7', tables)).toBeNull();
    expect(landingOf('/notifikasi', tables)).toBeNull();
    expect(landingOf('/kerja/laporan/7', tables)).toBe('web');
  });
});
