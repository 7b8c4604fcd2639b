/**
 * A citizen walks the public site (the front door at /, server-rendered, no sign-in): finds a kabupaten by
 * name, opens its page, downloads its data as CSV, sends a complaint (the proof of work runs in the
 * browser), and follows it by ticket code once the secretariat forwarded it and the kabupaten's
 * focal point answered and published the answer. The sender's name never appears.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  PortalFeedbackPage,
  PortalHomePage,
  PortalInstitutionPage,
  type PortalSearchPage,
  PortalTicketPage,
} from '../pages/portal-pages';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../support/accounts';
import {
  closeBrowser,
  expectNoA11yViolations,
  expectNoPageErrors,
  launchBrowser,
  newPage,
  screenshot,
} from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { createAccount, staffSession } from '../support/staff-api';

const KABUPATEN = 'Kabupaten Garut';
const SENDER = 'Siti Pelapor Rahasia';
const MESSAGE = 'Loket perizinan di kantor kecamatan meminta biaya tambahan tanpa kuitansi resmi.';
const ANSWER = 'Terima kasih. Petugas loket sudah diperiksa Inspektorat dan biaya tambahan dihentikan.';

let server: TestServer;
const pages: Page[] = [];
/** Console messages a test provokes on purpose, per page (a 404 page, a refused form). */
const allowed = new Map<Page, RegExp[]>();

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
});

afterEach(async () => {
  for (const page of pages.splice(0)) {
    expectNoPageErrors(page, { allow: allowed.get(page) ?? [] });
    await page.context().close();
  }
});

async function open(): Promise<Page> {
  const page = await newPage(server.url, { width: 390, height: 844 });
  pages.push(page);
  return page;
}

describe('public portal', () => {
  it("old /portal addresses land on their new pages, and the publicist's public page of an institution has its figures", async () => {
    const page = await open();
    allowed.set(page, [/status of 404/]);
    const response = await page.goto('/portal/instansi/32?lang=en');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/instansi/32?lang=en');
    expect(response?.status()).toBe(200);
    const institution = new PortalInstitutionPage(page);
    expect(await institution.heading.textContent()).toBe('Provinsi Jawa Barat');
    await institution.lastVerified.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.goto('/instansi/99.99');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tidak ditemukan');
    expect(await page.content()).not.toContain('99.99 99.99');
  });

  it('the feedback form finds the institution by name and marks a name that fits several', async () => {
    const page = await open();
    allowed.set(page, [/status of 400/]);
    await page.goto('/aduan');
    const form = new PortalFeedbackPage(page);
    expect(await page.locator('#institution-list option').count()).toBeGreaterThan(500);
    await form.institution.fill('Kota Ba');
    await page.getByLabel(/^Pesan$/).fill(MESSAGE);
    await page.getByRole('button', { name: /^Kirim$/ }).click();
    await expect.poll(() => form.institution.getAttribute('aria-invalid')).toBe('true');
    const error = await page.locator('#institution-error').textContent();
    expect(error).toMatch(/^Beberapa instansi cocok dengan "Kota Ba": .*Pilih salah satu dari daftar\.$/);
    expect(error).not.toContain('unknown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('institution');
    await screenshot(page, 'portal-feedback-error-390x844');
  });

  it('home and an institution page are accessible, in Indonesian and English', async () => {
    const page = await open();
    const home = new PortalHomePage(page);
    await home.goto();
    await expect.poll(() => home.heading.textContent()).toContain('Capaian');
    expect(await home.map.locator('a').count()).toBe(38);
    // One front door: "Masuk" leads officials to their sign-in; the demo dataset says so.
    expect(await home.signIn.getAttribute('href')).toBe('/masuk');
    expect(await home.demoBanner.textContent()).toContain('Data contoh — bukan data resmi');
    await expectNoA11yViolations(page);
    await screenshot(page, 'portal-home-390x844');
    await home.goto('en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectNoA11yViolations(page);
    const institution = new PortalInstitutionPage(page);
    await institution.goto('32');
    await expectNoA11yViolations(page);
  });

  it('a citizen finds a kabupaten, downloads its data, complains and follows the answer by ticket', async () => {
    const page = await open();
    const home = new PortalHomePage(page);
    await home.goto();
    const results: PortalSearchPage = await home.search('Garut');
    await results.institution(KABUPATEN).click();
    const institution = new PortalInstitutionPage(page);
    expect(await institution.heading.textContent()).toBe(KABUPATEN);
    const code = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    expect(code).toMatch(/^\d{2}\.\d{2}$/);

    const csv = await institution.downloadCsv();
    expect(csv.fileName).toContain(code);
    expect(csv.text).toContain('institution_code');
    expect(csv.text).toContain(code);

    await institution.feedbackLink.click();
    const form = new PortalFeedbackPage(page);
    expect(await form.institution.inputValue()).toBe(`${KABUPATEN} (${code})`);
    await form.send({ kind: 'pengaduan', message: MESSAGE, name: SENDER, email: 'siti@example.org' });
    const ticketPage = new PortalTicketPage(page);
    const ticket = await ticketPage.ticket();
    expect(await ticketPage.status.textContent()).toBe('Diterima, menunggu moderasi');

    // The secretariat forwards it; the kabupaten's (new) focal point answers and publishes.
    const admin = await staffSession(server.url, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    const queue = await admin.get<{ items: { id: number; ticket: string }[] }>(
      `/api/feedback?institution=${encodeURIComponent(code)}`,
    );
    const item = queue.items.find((f) => f.ticket === ticket);
    if (!item) throw new Error(`ticket ${ticket} is not in the moderation queue`);
    await admin.post(`/api/feedback/${item.id}/moderate`, { decision: 'accept' });
    const password = 'jeruk-nipis-segar-siang';
    const email = await createAccount(
      server.url,
      admin,
      {
        email: 'inspektorat.garut@example.org',
        name: 'Inspektorat Garut',
        roles: ['focal_point'],
        institutionCode: code,
      },
      password,
    );
    const focalPoint = await staffSession(server.url, email, password);
    await focalPoint.post(`/api/feedback/${item.id}/answer`, { answer: ANSWER, publish: true });

    await ticketPage.track(ticket.toLowerCase());
    expect(await ticketPage.status.textContent()).toBe('Dijawab');
    expect(await ticketPage.answer.textContent()).toBe(ANSWER);
    expect(await page.content()).not.toContain(SENDER);
    await screenshot(page, 'portal-ticket-390x844');

    // The page is cached for a minute (max-age=60); a reload revalidates it by its ETag.
    await institution.goto(code);
    await page.reload();
    await expect.poll(() => institution.answers.count()).toBe(1);
    expect(await institution.answers.textContent()).toContain(ANSWER);
    expect(await page.content()).not.toContain(SENDER);
    expect(await page.content()).not.toContain('siti@example.org');
  });
});
