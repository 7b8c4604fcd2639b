/**
 * Coordination as people do it: admin sends an announcement and sees the recipient's read receipt;
 * admin schedules a meeting and an invitee confirms; a publicist records a republication of a
 * media-kit material and the material's page counts it for the province.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AnnouncementPages, MediaKitPages, MeetingPages } from '../pages/coordination-pages';
import { DEMO_ACCOUNTS, DEMO_INSTITUTION, DEMO_PASSWORD } from '../support/accounts';
import { closeBrowser, expectNoPageErrors, launchBrowser, newPage } from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';
import { staffSession } from '../support/staff-api';

let server: TestServer;
const pages: Page[] = [];

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
});

afterEach(async () => {
  for (const page of pages.splice(0)) {
    expectNoPageErrors(page);
    await page.context().close();
  }
});

async function open(): Promise<Page> {
  const page = await newPage(server.url);
  pages.push(page);
  return page;
}

/** A wall-clock time a week from now, as a datetime-local value. */
function nextWeek(): string {
  return new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 11).concat('09:00');
}

describe('coordination', () => {
  it('admin sends an announcement; the focal point reads it and the receipt shows', async () => {
    const title = 'Pedoman pelaporan triwulan berikutnya';
    const admin = await open();
    await signInAs(admin, 'admin');
    const sender = new AnnouncementPages(admin);
    await sender.send({
      title,
      body: 'Mohon laporan capaian dikirim paling lambat tanggal 10.',
      role: 'Focal point (Inspektorat)',
      institutions: [DEMO_INSTITUTION.name],
    });
    await sender.receipts.getByText('0 dari 1 instansi telah membaca.').waitFor();
    await sender.receipt(DEMO_INSTITUTION.name).getByText('Belum dibaca').waitFor();

    const focalPoint = await open();
    const home = await signInAs(focalPoint, 'focal_point');
    // The home names the unread announcement first, under "Perlu segera".
    await home.layout.main.getByRole('link', { name: '1 pengumuman belum dibaca' }).first().click();
    const reader = new AnnouncementPages(focalPoint);
    await reader.inboxItem(title).getByText('Belum dibaca').waitFor();
    await reader.open(title);
    await reader.layout.main.getByText('Mohon laporan capaian dikirim paling lambat tanggal 10.').waitFor();
    await reader.gotoInbox();
    expect(await reader.inboxItem(title).getByText('Belum dibaca').count()).toBe(0);

    await admin.reload();
    await sender.receipts.getByText('1 dari 1 instansi telah membaca.').waitFor();
    await sender
      .receipt(DEMO_INSTITUTION.name)
      .getByText(/^Dibaca /)
      .waitFor();
  });

  it('admin schedules a meeting and the invited focal point confirms attendance', async () => {
    const title = 'Rapat koordinasi aksi perizinan';
    const admin = await open();
    await signInAs(admin, 'admin');
    const organiser = new MeetingPages(admin);
    const path = await organiser.create({
      title,
      startsAt: nextWeek(),
      timeZone: 'WITA',
      onlineUrl: 'https://zoom.us/j/2026120301',
      agenda: 'Paparan Setnas PK dan rencana tindak lanjut daerah',
      role: 'Focal point (Inspektorat)',
      institutions: [DEMO_INSTITUTION.name],
    });
    await organiser.invitee(DEMO_INSTITUTION.name).getByText('Belum menjawab').waitFor();

    const focalPoint = await open();
    const home = await signInAs(focalPoint, 'focal_point');
    await home.layout.main.getByRole('link', { name: 'Rapat koordinasi', exact: true }).click();
    await focalPoint.getByRole('link', { name: title, exact: true }).click();
    const invitee = new MeetingPages(focalPoint);
    await invitee.layout.heading(title).waitFor();
    await invitee.layout.main.getByText(/WITA$/).first().waitFor();
    await invitee.confirm();

    await organiser.goto(path, title);
    await organiser.invitee(DEMO_INSTITUTION.name).getByText('Hadir', { exact: true }).waitFor();
  });

  it('a publicist records a republication and the material page counts it for the province', async () => {
    const admin = await staffSession(server.url, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    const [period] = await admin.get<{ code: string; status: string }[]>('/api/periods');
    const title = 'Video: Stranas PK untuk perizinan yang bersih';
    await admin.post('/api/media-kit', {
      kind: 'video',
      title,
      url: 'https://www.youtube.com/watch?v=stranaspk01',
      period: period?.code,
    });

    const publicist = await open();
    await signInAs(publicist, 'publicist');
    const kit = new MediaKitPages(publicist);
    await kit.gotoList();
    await kit.openMaterial(title);
    await kit.reach.getByText('Belum ada publikasi ulang.').waitFor();
    await kit.recordRepublication('Video', 'https://jabarprov.go.id/berita/stranas-pk-perizinan');
    await kit.reach.getByText('1 publikasi ulang').waitFor();
    const row = kit.province('Jawa Barat');
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(['1', '1']);
  });
});
