/**
 * The officials' app as issue 14 found it wanting: on a 390 px phone the focal point's home, the
 * meeting page, the institutions page and publications fit the screen (their tables scroll in their
 * own box); what cannot wait (an unread announcement, a meeting invitation) opens the home; a page a
 * role cannot use says so, in both languages; a report ready for review says what the focal point
 * can do; the reports behind a figure name their filters in words. Screenshots at 390 px of the
 * focal point's home and the meeting page go to /tmp/shots/ (and e2e/artifacts/).
 */
import { copyFile, mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_INSTITUTION, DEMO_PASSWORD, DEMO_VERIFIER_AKSI } from '../support/accounts';
import { apiSession, findWorkTarget, type WorkTarget } from '../support/api';
import {
  closeBrowser,
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
let meetingId: number;
const pages: { page: Page; allow: RegExp[] }[] = [];
const PHONE: PageOptions = { width: 390, height: 844 };
const ANNOUNCEMENT = 'Arahan: laporan triwulan wajib dilengkapi notulen';
const MEETING = 'Rapat koordinasi aksi perizinan';

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
  const [admin, contributor] = await Promise.all([
    staffSession(server.url, DEMO_ACCOUNTS.admin, DEMO_PASSWORD),
    staffSession(server.url, DEMO_ACCOUNTS.contributor, DEMO_PASSWORD),
  ]);
  const everyone = {
    roles: ['focal_point', 'contributor'],
    institutions: [DEMO_INSTITUTION.code],
  };
  await admin.post('/api/announcements', {
    title: ANNOUNCEMENT,
    body: 'Lampirkan notulen rapat pada setiap laporan.',
    audience: everyone,
    attachmentIds: [],
  });
  const startsAt = new Date(Date.now() + 7 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 11).concat('09:00');
  meetingId = (
    await admin.post<{ id: number }>('/api/meetings', {
      title: MEETING,
      startsAt,
      timeZone: 'WIB',
      onlineUrl: 'https://zoom.us/j/2026120655',
      agenda: 'Evaluasi capaian perizinan daring dan rencana tindak lanjut lintas perangkat daerah',
      invitees: everyone,
    })
  ).id;
  // A follow-up of the meeting: its table shows on the meeting page too.
  await admin.post(`/api/meetings/${meetingId}/follow-ups`, {
    title: 'Kirim daftar layanan perizinan daring yang sudah terintegrasi',
    ownerInstitution: DEMO_INSTITUTION.code,
    dueOn: startsAt.slice(0, 10),
  });
  // A report the contributor marked ready: it waits for the focal point.
  target = await findWorkTarget(await apiSession(server.url, 'contributor'), DEMO_INSTITUTION.code, DEMO_VERIFIER_AKSI);
  const opened = await contributor.post<{ id: number; version: number }>('/api/reports', {
    period: target.period,
    targetCode: target.targetCode,
  });
  reportId = opened.id;
  const written = await contributor.patch<{ version: number }>(`/api/reports/${reportId}`, {
    version: opened.version,
    narrative: 'Layanan perizinan daring sudah berjalan di seluruh perangkat daerah.',
  });
  await contributor.post(`/api/reports/${reportId}/evidence/links`, {
    url: 'https://jabarprov.go.id/berita/perizinan-daring',
    checklistIndex: 0,
    title: 'Berita layanan perizinan daring',
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

async function open(options: PageOptions = PHONE, allow: RegExp[] = []): Promise<Page> {
  const page = await newPage(server.url, options);
  pages.push({ page, allow });
  return page;
}

/** Saves a screenshot in e2e/artifacts/ and as /tmp/shots/app-<name>.png. */
async function shoot(page: Page, name: string): Promise<void> {
  const saved = await screenshot(page, `app-${name}`);
  await mkdir('/tmp/shots', { recursive: true });
  await copyFile(saved, `/tmp/shots/app-${name}.png`);
}

const main = (page: Page) => page.getByRole('main');

describe("the officials' app on a phone", () => {
  it("the focal point's home fits 390 px and opens with what cannot wait", async () => {
    const page = await open();
    await signInAs(page, 'focal_point');
    const urgent = main(page).getByRole('region', { name: 'Perlu segera' });
    await urgent.getByText('1 pengumuman belum dibaca').waitFor();
    await urgent.getByText(MEETING, { exact: false }).first().waitFor();
    await main(page).getByRole('heading', { name: 'Semua target dan statusnya' }).first().waitFor();
    // Before the board, the figures and everything else of the roles' homes.
    const sections = await main(page)
      .locator('h2')
      .evaluateAll((headings) => headings.map((heading) => heading.textContent?.trim() ?? ''));
    expect(sections[0]).toBe('Perlu segera');
    await expectNoSidewaysScroll(page);
    await shoot(page, 'focal-home-390');
  });

  it('the meeting page fits 390 px: the invitee and follow-up tables scroll in their own box', async () => {
    const page = await open();
    await signInAs(page, 'focal_point');
    await page.goto(`/kerja/koordinasi/rapat/${meetingId}`);
    await main(page).getByRole('heading', { name: MEETING }).waitFor();
    await main(page).getByRole('heading', { name: 'Undangan' }).first().waitFor();
    await expectNoSidewaysScroll(page);
    await shoot(page, 'meeting-390');
  });

  it('the institutions page and publications fit 390 px', async () => {
    const admin = await open();
    await signInAs(admin, 'admin');
    await admin.goto('/kerja/instansi');
    await main(admin).locator('table').first().waitFor();
    await expectNoSidewaysScroll(admin);
    await admin.goto('/kerja/instansi?halaman=2');
    await main(admin).locator('table').first().waitFor();
    await expectNoSidewaysScroll(admin);

    const publicist = await open();
    await signInAs(publicist, 'publicist');
    await publicist.goto('/kerja/publikasi');
    await main(publicist).getByRole('heading', { level: 1 }).waitFor();
    await publicist.waitForLoadState('networkidle');
    await expectNoSidewaysScroll(publicist);
  });
});

describe('words that fit', () => {
  it('a page the role cannot use says so, with a way home, in both languages', async () => {
    const refused = [/status of 403/];
    const page = await open({ width: 1280, height: 900 }, refused);
    await signInAs(page, 'focal_point');
    await page.goto('/kerja/audit');
    const alert = main(page).getByRole('alert');
    await alert.getByText('Anda tidak memiliki akses ke halaman ini').waitFor();
    expect(await main(page).getByRole('button', { name: 'Coba lagi' }).count()).toBe(0);
    await alert.getByRole('link', { name: 'Kembali ke ruang kerja' }).click();
    await page.waitForURL(/\/kerja$/);

    await page.getByRole('button', { name: /^EN/ }).first().click();
    await main(page).getByRole('heading', { level: 1, name: 'Workspace' }).waitFor();
    await page.goto('/kerja/audit');
    await main(page).getByText('You do not have access to this page').first().waitFor();
  });

  it('a report ready for review tells the focal point what it can do, not that it is being decided', async () => {
    const page = await open({ width: 1280, height: 900 });
    await signInAs(page, 'focal_point');
    await page.goto(`/kerja/laporan/${reportId}`);
    await main(page).getByText('Laporan ini siap ditinjau focal point', { exact: false }).waitFor();
    expect(await main(page).getByText('sedang ditinjau atau sudah diputuskan', { exact: false }).count()).toBe(0);
  });

  it('the reports behind a figure name their filters in words', async () => {
    const page = await open({ width: 1280, height: 900 });
    await signInAs(page, 'observer');
    await page.goto('/pantauan/laporan?period=2025-2026&through=6&state=accepted');
    const filters = main(page).locator('dl.dash-filters');
    await filters.getByText('Triwulan I sampai Triwulan VI').waitFor();
    await filters.getByText('Diterima', { exact: true }).waitFor();
    expect(await filters.getByText('accepted', { exact: true }).count()).toBe(0);
  });
});
