/**
 * Verifikasi lapangan: the demo verifier opens the sample of the latest closed quarter from its
 * home, sees only its own aksi, is told beside the field when an adjusted result lacks a score,
 * records an adjusted result and sees it listed; the page passes axe-core.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FieldCheckPage } from '../pages/field-check-page';
import { DEMO_VERIFIER_AKSI } from '../support/accounts';
import { closeBrowser, expectNoA11yViolations, expectNoPageErrors, launchBrowser, newPage } from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';

/** The refused save of the test that leaves out the score, as the browser logs it. */
const REFUSED = /status of 400/;

let server: TestServer;
const pages: { page: Page; allow: RegExp[] }[] = [];

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
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

async function openAsVerifier(allow: RegExp[] = []): Promise<FieldCheckPage> {
  const page = await newPage(server.url);
  pages.push({ page, allow });
  const home = await signInAs(page, 'verifier');
  await home.layout.main.getByRole('link', { name: 'Verifikasi lapangan' }).click();
  const field = new FieldCheckPage(page);
  await field.heading.waitFor();
  await field.items().first().waitFor();
  return field;
}

describe('field verification', () => {
  it('records an adjusted result with its score and lists it', async () => {
    const field = await openAsVerifier([REFUSED]);
    const first = field.items().first();
    const key = await field.keyOf(first);
    // Only reports of the verifier's own aksi are in its list.
    const aksi = /\/(\d+)\./.exec(key)?.[1];
    expect(DEMO_VERIFIER_AKSI as readonly string[]).toContain(aksi);
    await expect.poll(() => field.result(key).textContent()).toBe('Belum diperiksa');

    await field.record(key, { result: 'Skor disesuaikan', notes: 'Dokumen fisik tidak lengkap di lokasi.' });
    await field.item(key).getByText('Isi skor hasil lapangan, bilangan bulat 0–100.').waitFor();
    await expect
      .poll(() =>
        field.item(key).getByRole('spinbutton', { name: 'Skor hasil lapangan (0–100)' }).getAttribute('aria-invalid'),
      )
      .toBe('true');

    await field.record(key, {
      result: 'Skor disesuaikan',
      score: '55',
      notes: 'Dokumen fisik tidak lengkap di lokasi.',
    });
    await field.item(key).getByRole('status').filter({ hasText: 'Hasil lapangan tersimpan.' }).waitFor();
    await expect.poll(() => field.result(key).textContent()).toMatch(/^Skor disesuaikan: (\d+|tanpa skor) → 55$/);

    // Still there after a fresh load: the result was stored, not only shown.
    await field.goto();
    await expect.poll(() => field.result(key).textContent()).toMatch(/→ 55$/);
  });

  it('has no serious or critical accessibility violations', async () => {
    const field = await openAsVerifier();
    await field.items().first().getByRole('form').waitFor();
    await expectNoA11yViolations(field.page);
  });
});
