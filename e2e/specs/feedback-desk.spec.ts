/**
 * The citizen-feedback desk as its people use it: a citizen complains about the demo province;
 * admin finds it in the moderation queue, refuses to reject it without a reason, then forwards it
 * with the published text cleaned; the province's focal point hears of it through the bell, follows
 * the notification to the item, answers and publishes; the ticket's public page shows the answer.
 * Every desk page passes axe-core and fits a 390 px phone; screenshots at 1280 and 390 px go to
 * e2e/artifacts/.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackDeskPage, FeedbackItemPage } from '../pages/feedback-desk-pages';
import { NotificationBell } from '../pages/notification-pages';
import { DEMO_INSTITUTION } from '../support/accounts';
import {
  closeBrowser,
  expectNoA11yViolations,
  expectNoPageErrors,
  launchBrowser,
  newPage,
  type PageOptions,
  screenshot,
} from '../support/browser';
import { sendCitizenFeedback } from '../support/citizen';
import { expectNoSidewaysScroll } from '../support/layout-checks';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';

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

async function open(options?: PageOptions): Promise<Page> {
  const page = await newPage(server.url, options);
  pages.push(page);
  return page;
}

const PHONE = { width: 390, height: 844 } as const;
const MESSAGE =
  'Petugas loket perizinan di Bandung meminta biaya tambahan tanpa kuitansi. Saya Budi, nomor saya 0812-0000-1111.';
const CLEANED = 'Petugas loket perizinan meminta biaya tambahan tanpa kuitansi resmi.';
const ANSWER = 'Petugas yang bersangkutan sudah diperiksa Inspektorat dan loket kini memasang daftar tarif resmi.';

/** Checks a desk page as it is now: accessible, and at 390 px without sideways scroll. */
async function check(page: Page, name: string): Promise<void> {
  await expectNoA11yViolations(page);
  await expectNoSidewaysScroll(page);
  await screenshot(page, name);
}

describe('feedback desk', () => {
  it('admin moderates and forwards; the focal point follows the notification, answers and publishes', async () => {
    const ticket = await sendCitizenFeedback(server.url, {
      institution: DEMO_INSTITUTION.code,
      kind: 'pengaduan',
      message: MESSAGE,
      name: 'Budi Warga',
      email: 'budi@example.org',
    });

    // Admin: the moderation queue counts it; the sender's contact is visible to the moderator only.
    const admin = await open();
    const adminHome = await signInAs(admin, 'admin');
    await adminHome.layout.main.getByRole('link', { name: 'Aduan dan usulan masyarakat' }).click();
    const desk = new FeedbackDeskPage(admin);
    await desk.heading.waitFor();
    await desk.tab('Perlu moderasi', 1).waitFor();
    await check(admin, 'feedback-desk-1280x900');
    const item = await desk.open(ticket);
    await item.layout.main.getByText('budi@example.org').waitFor();

    // Rejecting needs a reason: the field is marked, explained and focused.
    await item.moderation.getByRole('radio', { name: 'Tolak' }).check();
    await item.moderation.getByRole('button', { name: 'Tolak aduan' }).click();
    const reason = item.moderation.getByRole('textbox', { name: 'Alasan penolakan' });
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await item.moderation.getByText('Tuliskan alasan, minimal 5 karakter.').waitFor();
    expect(await reason.evaluate((element) => element === document.activeElement)).toBe(true);
    await check(admin, 'feedback-item-moderation-1280x900');

    await item.forward({ publicMessage: CLEANED, note: 'Nama dan nomor telepon dihapus' });
    await item.layout.main.getByText('Sisa 7 hari kerja').first().waitFor();
    await item.history.getByText('Diteruskan ke instansi').waitFor();

    // The focal point: one unread notification, followed from the bell to the item.
    const focal = await open();
    await signInAs(focal, 'focal_point');
    const bell = new NotificationBell(focal);
    await bell.waitForUnread(1);
    await bell.open();
    await bell.link(new RegExp(`${ticket} diteruskan$`)).click();
    const answering = new FeedbackItemPage(focal);
    await answering.heading(ticket).waitFor();
    await bell.waitForUnread(0);
    // The institution sees the cleaned text, never the sender.
    await answering.layout.main.getByText(CLEANED).waitFor();
    expect(await focal.content()).not.toContain('budi@example.org');
    expect(await focal.content()).not.toContain('0812-0000-1111');
    await check(focal, 'feedback-item-answer-1280x900');

    await answering.answer(ANSWER, true);
    await answering.publication.getByText('Jawaban ini tampil di portal publik.').waitFor();
    await answering.history.getByText('Dijawab', { exact: true }).waitFor();

    // The desk's queues follow: nothing waits, one answered.
    const focalDesk = new FeedbackDeskPage(focal);
    await focalDesk.goto();
    await focalDesk.tab('Menunggu jawaban', 0).waitFor();
    await focalDesk.tab('Dijawab', 1).waitFor();

    // The ticket's public page shows the answer.
    const ticketView = (await (await fetch(`${server.url}/api/public/feedback/${ticket}`)).json()) as {
      status: string;
      answer: string;
      published: boolean;
    };
    expect(ticketView).toMatchObject({ status: 'answered', answer: ANSWER, published: true });
  });

  it('fits a phone: the desk and an item at 390 px', async () => {
    const ticket = await sendCitizenFeedback(server.url, {
      institution: DEMO_INSTITUTION.code,
      kind: 'usulan',
      message: 'Mohon jadwal layanan perizinan diumumkan di laman resmi dan media sosial pemerintah provinsi.',
    });
    const page = await open(PHONE);
    await signInAs(page, 'admin');
    const desk = new FeedbackDeskPage(page);
    await desk.goto('moderasi');
    await desk.item(ticket).waitFor();
    await check(page, 'feedback-desk-390x844');
    await desk.open(ticket);
    await check(page, 'feedback-item-moderation-390x844');
  });
});
