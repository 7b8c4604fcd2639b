/**
 * The notification centre as people meet it: a contributor marks a report ready, the focal point
 * sees the count on the bell, opens it and follows the notification to the report, and sends the
 * report back; the contributor hears of it with the comment, finds it in the inbox by kind, marks
 * everything read and chooses how this kind reaches them. A link from a notification, opened while
 * signed out, goes through the sign-in page to its page. The inbox and the open bell pass axe-core
 * and fit a 390 px phone; screenshots at 1280 and 390 px go to e2e/artifacts/.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NotificationBell, NotificationsPage } from '../pages/notification-pages';
import { ReportEditorPage } from '../pages/report-editor-page';
import { SignInPage } from '../pages/sign-in-page';
import { DEMO_ACCOUNTS, DEMO_INSTITUTION, DEMO_PASSWORD, DEMO_VERIFIER_AKSI } from '../support/accounts';
import { apiSession, findWorkTarget, type WorkTarget } from '../support/api';
import {
  closeBrowser,
  expectNoA11yViolations,
  expectNoPageErrors,
  launchBrowser,
  newPage,
  type PageOptions,
  screenshot,
} from '../support/browser';
import { expectNoSidewaysScroll } from '../support/layout-checks';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';
import { staffSession } from '../support/staff-api';

let server: TestServer;
let target: WorkTarget;
let reportId: number;
const pages: { page: Page; allow: RegExp[] }[] = [];
const COMMENT = 'Lampirkan daftar hadir dan notulen rapat koordinasi.';
const SENT_BACK = 'Laporan dikembalikan focal point';

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
  // The contributor's work, done through the API: a report with content, marked ready.
  target = await findWorkTarget(await apiSession(server.url, 'contributor'), DEMO_INSTITUTION.code, DEMO_VERIFIER_AKSI);
  const contributor = await staffSession(server.url, DEMO_ACCOUNTS.contributor, DEMO_PASSWORD);
  const opened = await contributor.post<{ id: number; version: number }>('/api/reports', {
    period: target.period,
    targetCode: target.targetCode,
  });
  reportId = opened.id;
  const written = await contributor.patch<{ version: number }>(`/api/reports/${reportId}`, {
    version: opened.version,
    narrative: 'Rapat koordinasi lintas perangkat daerah telah dilaksanakan dan hasilnya dibagikan.',
  });
  await contributor.post(`/api/reports/${reportId}/evidence/links`, {
    url: 'https://jabarprov.go.id/berita/rapat-koordinasi',
    checklistIndex: 0,
    title: 'Berita rapat koordinasi',
  });
  const current = await contributor.get<{ version: number }>(`/api/reports/${reportId}`);
  await contributor.post(`/api/reports/${reportId}/transitions`, {
    action: 'mark_ready',
    version: Math.max(current.version, written.version),
  });
});

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
});

afterEach(async () => {
  for (const { page, allow } of pages.splice(0)) {
    expectNoPageErrors(page, { allow });
    await page.context().close();
  }
});

/** A fresh page; `allow`: console errors the test provokes on purpose. */
async function open(options?: PageOptions, allow: RegExp[] = []): Promise<Page> {
  const page = await newPage(server.url, options);
  pages.push({ page, allow });
  return page;
}

async function check(page: Page, name: string): Promise<void> {
  await expectNoA11yViolations(page);
  await expectNoSidewaysScroll(page);
  await screenshot(page, name);
}

describe('notification centre', () => {
  it('the focal point follows the bell to the waiting report and sends it back; the contributor hears why', async () => {
    const focal = await open();
    await signInAs(focal, 'focal_point');
    const bell = new NotificationBell(focal);
    await bell.waitForUnread(1);
    await bell.open();
    await check(focal, 'notification-bell-1280x900');
    await bell.link(`Menunggu tinjauan Anda: laporan ${target.targetCode}`).click();
    const editor = new ReportEditorPage(focal);
    await editor.waitFor(target.targetCode);
    expect(new URL(focal.url()).pathname).toBe(`/kerja/laporan/${reportId}`);
    await bell.waitForUnread(0);

    await editor.stepButton('Kembalikan ke penyusun').click();
    await editor.comment.fill(COMMENT);
    await editor.stepButton('Kembalikan dengan catatan').click();
    await editor.stepDone('Laporan dikembalikan ke penyusun').waitFor();

    const contributor = await open();
    await signInAs(contributor, 'contributor');
    const contributorBell = new NotificationBell(contributor);
    await contributorBell.waitForUnread(1);
    await contributorBell.open();
    await contributorBell.panel.getByRole('link', { name: 'Semua pemberitahuan dan pilihan' }).click();
    const inbox = new NotificationsPage(contributor);
    await inbox.heading.waitFor();
    const note = inbox.item(`Dikembalikan: laporan ${target.targetCode}`);
    await note.getByText(COMMENT, { exact: false }).waitFor();
    await note.getByText('Belum dibaca').waitFor();

    // Filtered by kind, then everything marked read at once.
    await inbox.kindFilter.selectOption({ label: SENT_BACK });
    await contributor.waitForURL(/jenis=report_sent_back/);
    await expect.poll(() => inbox.items.count()).toBe(1);
    await inbox.markAllRead.click();
    await inbox.layout.main.getByRole('status').filter({ hasText: '1 pemberitahuan ditandai dibaca.' }).waitFor();
    await contributorBell.waitForUnread(0);
    expect(await note.getByText('Belum dibaca').count()).toBe(0);

    // This kind in the app only: the digest no longer applies, the choice is kept.
    await inbox.channel(SENT_BACK).selectOption({ label: 'Hanya di aplikasi' });
    expect(await inbox.digest(SENT_BACK).isDisabled()).toBe(true);
    await inbox.savePreferences.click();
    await inbox.preferences.getByRole('status').filter({ hasText: 'Pilihan pemberitahuan tersimpan.' }).waitFor();
    await contributor.reload();
    await inbox.heading.waitFor();
    await expect.poll(() => inbox.channel(SENT_BACK).inputValue()).toBe('in_app');
    await check(contributor, 'notification-centre-1280x900');
  });

  it('a notification link opened signed out goes through the sign-in page to its page', async () => {
    const focalApi = await staffSession(server.url, DEMO_ACCOUNTS.focal_point, DEMO_PASSWORD);
    const { items } = await focalApi.get<{ items: { kind: string; link: string | null }[] }>('/api/notifications');
    const link = items.find((item) => item.kind === 'review_waiting')?.link;
    if (!link) throw new Error('the focal point has no "review waiting" notification');
    const path = new URL(link).pathname;
    expect(path).toBe(`/kerja/laporan/${reportId}`);

    // Asking the server who is signed in, before signing in, is answered 401: expected here.
    const page = await open(undefined, [/status of 401/]);
    await page.goto(path);
    const signIn = new SignInPage(page);
    await signIn.heading.waitFor();
    await signIn.signIn(DEMO_ACCOUNTS.focal_point, DEMO_PASSWORD);
    await new ReportEditorPage(page).waitFor(target.targetCode);
    expect(new URL(page.url()).pathname).toBe(path);
  });

  it('fits a phone: the inbox and the open bell at 390 px', async () => {
    const page = await open({ width: 390, height: 844 });
    await signInAs(page, 'contributor');
    const inbox = new NotificationsPage(page);
    await inbox.goto();
    await inbox.items.first().waitFor();
    await check(page, 'notification-centre-390x844');
    const bell = new NotificationBell(page);
    await bell.open();
    await check(page, 'notification-bell-390x844');
    await page.keyboard.press('Escape');
    await bell.panel.waitFor({ state: 'hidden' });
    expect(await bell.button.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
