/**
 * Autosave without silent loss: when someone else saved the report first, the user's text stays
 * on screen with a clear notice and "Muat versi terbaru"; while changes are unsaved, leaving the
 * page (an in-app link, closing the tab) asks first.
 */
import type { Dialog, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportEditorPage } from '../pages/report-editor-page';
import { DEMO_INSTITUTION, DEMO_VERIFIER_AKSI } from '../support/accounts';
import { apiSession, findWorkTarget, type WorkTarget } from '../support/api';
import { closeBrowser, expectNoPageErrors, launchBrowser, newPage } from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';

let server: TestServer;
let target: WorkTarget;
let reportPath: string;

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
  target = await findWorkTarget(await apiSession(server.url, 'contributor'), DEMO_INSTITUTION.code, DEMO_VERIFIER_AKSI);
});

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
});

/** A contributor's browser with the target's report open in the editor. */
async function editorFor(): Promise<{ page: Page; editor: ReportEditorPage }> {
  const page = await newPage(server.url);
  const home = await signInAs(page, 'contributor');
  if (reportPath) {
    await page.goto(reportPath);
  } else {
    await home.startReportButton(target.targetCode).click();
  }
  const editor = new ReportEditorPage(page);
  await editor.waitFor(target.targetCode);
  reportPath = new URL(page.url()).pathname;
  return { page, editor };
}

describe('report autosave', () => {
  it('keeps the text when someone else saved first, and loads the latest version on request', async () => {
    const first = await editorFor();
    const second = await editorFor();

    await first.editor.writeNarrative('Versi dari rekan kerja: rapat koordinasi sudah digelar.');
    await second.editor.narrative.fill('Versi saya: sosialisasi kepada pelaku usaha.');
    const conflict = second.editor.layout.main.getByRole('alert').filter({ hasText: 'Laporan diubah orang lain' });
    await conflict.waitFor();
    expect(await second.editor.narrative.inputValue()).toBe('Versi saya: sosialisasi kepada pelaku usaha.');

    await conflict.getByRole('button', { name: 'Muat versi terbaru' }).click();
    await second.editor.saved.waitFor();
    expect(await second.editor.narrative.inputValue()).toBe('Versi dari rekan kerja: rapat koordinasi sudah digelar.');

    expectNoPageErrors(first.page);
    expectNoPageErrors(second.page, { allow: [/status of 409/] });
    await first.page.context().close();
    await second.page.context().close();
  });

  it('asks before leaving while a change is not saved yet', async () => {
    const { page, editor } = await editorFor();
    // Hold the save on its way, so the change stays unsaved for as long as the test needs.
    const held: Route[] = [];
    await page.route('**/api/reports/*', (route) =>
      route.request().method() === 'PATCH' ? held.push(route) : route.continue(),
    );
    const dialogs: Dialog[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog);
      void dialog.dismiss();
    });

    await editor.narrative.fill('Perubahan yang belum tersimpan.');
    await editor.layout.main.getByRole('status').filter({ hasText: 'Menyimpan…' }).waitFor();
    await editor.layout.navLink('Ruang kerja').click();
    await editor.heading(target.targetCode).waitFor();
    expect(dialogs.map((d) => [d.type(), d.message()])).toEqual([
      ['confirm', 'Ada perubahan yang belum tersimpan. Tetap tinggalkan halaman ini?'],
    ]);
    expect(new URL(page.url()).pathname).toBe(reportPath);

    page.removeAllListeners('dialog');
    const beforeUnload = new Promise<Dialog>((resolve) => page.once('dialog', resolve));
    await page.close({ runBeforeUnload: true });
    const dialog = await beforeUnload;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.accept();
    for (const route of held) await route.abort().catch(() => undefined);
    await page.context().close();
  });

  it('never calls an invalid value saved, and keeps an over-long paste with how far over it is', async () => {
    const { page, editor } = await editorFor();
    await editor.progress.fill('150');
    const invalid = editor.layout.main.getByRole('alert').filter({ hasText: 'belum disimpan' });
    await invalid.waitFor();
    expect(await editor.progress.getAttribute('aria-invalid')).toBe('true');
    expect(await editor.saved.count()).toBe(0);
    await editor.progress.fill('40');
    await editor.saved.waitFor();

    const long = 'a'.repeat(25_000);
    await editor.narrative.fill(long);
    await editor.layout.main.getByText('5.000 karakter melebihi batas 20.000').waitFor();
    expect((await editor.narrative.inputValue()).length).toBe(25_000);
    expect(await editor.narrative.getAttribute('aria-invalid')).toBe('true');
    expect(await editor.saved.count()).toBe(0);
    expectNoPageErrors(page);
    await page.context().close();
  });
});
