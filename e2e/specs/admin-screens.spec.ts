/**
 * Admin's screens for the machinery, reached from the admin home: the holidays (adding one, a
 * refused empty form marked field by field), the audit log (its chain checked, filtered to the new
 * holiday, one entry opened), and the mail outbox (a mail sent again). Each page passes axe-core
 * and fits a 390 px phone; screenshots at 1280 and 390 px go to e2e/artifacts/.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuditLogPage, HolidaysPage, OperationsPage } from '../pages/admin-screens-pages';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../support/accounts';
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
const pages: Page[] = [];
/** Next year, so the new holiday is in the future whatever today is. */
const YEAR = new Date().getFullYear() + 1;
const HOLIDAY = `${YEAR}-12-24`;
const HOLIDAY_NAME = 'Cuti bersama Natal (uji)';

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

async function check(page: Page, name: string): Promise<void> {
  await expectNoA11yViolations(page);
  await expectNoSidewaysScroll(page);
  await screenshot(page, name);
}

describe('admin screens', () => {
  it('admin adds a holiday, checks the audit chain and finds the entry, and sends a mail again', async () => {
    const page = await open();
    const home = await signInAs(page, 'admin');

    // Holidays: an empty form is refused field by field, then the holiday is added.
    await home.layout.main.getByRole('link', { name: 'Hari libur', exact: true }).click();
    const holidays = new HolidaysPage(page);
    await holidays.heading.waitFor();
    await holidays.save.click();
    await expect.poll(() => holidays.date.getAttribute('aria-invalid')).toBe('true');
    expect(await holidays.name.getAttribute('aria-invalid')).toBe('true');
    await holidays.form.getByText('Pilih tanggal.').waitFor();
    expect(await holidays.date.evaluate((element) => element === document.activeElement)).toBe(true);
    await holidays.date.fill(HOLIDAY);
    await holidays.name.fill(HOLIDAY_NAME);
    await holidays.kind.selectOption({ label: 'Cuti bersama' });
    await holidays.save.click();
    await holidays.layout.main.getByRole('status').filter({ hasText: HOLIDAY_NAME }).waitFor();
    await holidays.holiday(YEAR, HOLIDAY_NAME).waitFor();
    await check(page, 'holidays-1280x900');

    // Audit log: the chain holds, and the new holiday is the entry found by its action.
    await page.goto('/kerja');
    await home.layout.main.getByRole('link', { name: 'Log audit', exact: true }).click();
    const audit = new AuditLogPage(page);
    await audit.heading.waitFor();
    await audit.verify.click();
    await audit.chain
      .getByRole('status')
      .filter({ hasText: /^Rantai utuh: \d+ entri diperiksa/ })
      .waitFor();
    await audit.filter({ action: 'holiday.add' });
    const entry = audit.entries.filter({ hasText: HOLIDAY });
    await entry.waitFor();
    await entry.getByRole('link', { name: /^Rincian entri #\d+$/ }).click();
    await audit.entry.getByText(HOLIDAY_NAME, { exact: false }).waitFor();
    await audit.entry.getByText('admin@demo.pantau.id').waitFor();
    await check(page, 'audit-log-1280x900');

    // Operations: an invitation mail waits in the outbox (no SMTP here) and is sent again.
    const admin = await staffSession(server.url, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    await admin.post('/api/users', {
      email: 'pegawai.baru@example.org',
      name: 'Pegawai Baru',
      roles: ['observer'],
      institutionCode: null,
    });
    await page.goto('/kerja');
    await home.layout.main.getByRole('link', { name: 'E-mail dan tugas terjadwal', exact: true }).click();
    const operations = new OperationsPage(page);
    await operations.heading.waitFor();
    await operations.outbox.getByText(/PANTAU_SMTP_URL/).waitFor();
    const mail = operations.mail('[Pantau] Undangan ke Pantau').filter({ hasText: 'pegawai.baru@example.org' });
    await mail.getByText('Menunggu', { exact: true }).waitFor();
    await mail.getByRole('button', { name: /^Kirim ulang/ }).click();
    await operations.outbox.getByRole('status').filter({ hasText: 'dijadwalkan kirim ulang' }).waitFor();
    await operations.jobs.getByRole('heading', { name: 'Tugas terjadwal' }).waitFor();
    await check(page, 'operations-1280x900');
  });

  it('fits a phone: the audit log, operations and holidays at 390 px', async () => {
    const page = await open({ width: 390, height: 844 });
    await signInAs(page, 'admin');
    const audit = new AuditLogPage(page);
    await audit.goto();
    await audit.entries.first().waitFor();
    await audit.entries.first().getByRole('link').click();
    await audit.entry.getByRole('heading', { name: 'Perubahan yang dicatat' }).waitFor();
    await check(page, 'audit-log-390x844');
    const operations = new OperationsPage(page);
    await operations.goto();
    await check(page, 'operations-390x844');
    const holidays = new HolidaysPage(page);
    await holidays.goto(YEAR);
    await check(page, 'holidays-390x844');
  });
});
