/**
 * Uploads on a poor connection: the first attempt reaches the server but its answer is lost
 * (the connection drops on the way back). The contributor sees the failure and "Kirim ulang";
 * the resend carries the same Idempotency-Key, so the report ends up with exactly one copy.
 * A file type the server refuses shows the server's reason and no resend button.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportEditorPage } from '../pages/report-editor-page';
import type { WorkspacePage } from '../pages/workspace-page';
import { DEMO_INSTITUTION, DEMO_VERIFIER_AKSI } from '../support/accounts';
import { apiSession, findWorkTarget, type WorkTarget } from '../support/api';
import { closeBrowser, expectNoPageErrors, launchBrowser, newPage } from '../support/browser';
import { pdfFile } from '../support/files';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';

const UPLOADS = '**/api/reports/*/evidence?*';

let server: TestServer;
let target: WorkTarget;
let page: Page;
let home: WorkspacePage;

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
  target = await findWorkTarget(await apiSession(server.url, 'contributor'), DEMO_INSTITUTION.code, DEMO_VERIFIER_AKSI);
  page = await newPage(server.url, { width: 390, height: 844 });
  home = await signInAs(page, 'contributor');
});

afterAll(async () => {
  // The dropped connection and the refused file are logged by the browser; nothing else may be.
  expectNoPageErrors(page, {
    allow: [/net::ERR_CONNECTION_RESET/, /Failed to load resource: the server responded with a status of 415/],
  });
  await closeBrowser();
  await server?.stop();
});

/** How many evidence items named `fileName` the server holds for the report. */
async function storedCopies(reportId: number, fileName: string): Promise<number> {
  const session = await apiSession(server.url, 'contributor');
  const report = await session.get<{ evidence: { fileName: string | null }[] }>(`/api/reports/${reportId}`);
  return report.evidence.filter((evidence) => evidence.fileName === fileName).length;
}

async function openEditor(): Promise<ReportEditorPage> {
  await home.targetCard(target.targetCode).waitFor();
  await home.startReportButton(target.targetCode).click();
  const editor = new ReportEditorPage(page);
  await editor.waitFor(target.targetCode);
  return editor;
}

describe('evidence upload on a poor connection (phone width)', () => {
  it('fails halfway, is resent with the same key, and is stored exactly once', async () => {
    const editor = await openEditor();
    const keys: string[] = [];
    let dropped = false;
    const track = (request: Request) => {
      if (request.method() === 'POST' && /\/evidence\?/.test(request.url())) {
        keys.push(request.headers()['idempotency-key'] ?? '');
      }
    };
    page.on('request', track);
    // The first upload reaches the server (which stores it), then the answer is lost on the way back.
    await page.route(UPLOADS, async (route) => {
      if (dropped) return route.continue();
      dropped = true;
      await route.fetch();
      await route.abort('connectionreset');
    });

    const file = pdfFile('laporan-pengawasan.pdf', 'Laporan hasil pengawasan');
    await editor.upload(1, file);
    const row = editor.uploadRow(1, file.name);
    await row.getByText(/^Gagal: koneksi terputus/).waitFor();
    // The server did store that first attempt: only its answer was lost.
    const reportId = Number(new URL(page.url()).pathname.split('/').pop());
    expect(await storedCopies(reportId, file.name)).toBe(1);
    await editor.resendButton(file.name).click();
    await editor.evidence(1, file.name).waitFor();
    await row.waitFor({ state: 'detached' });

    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await editor.checklistItem(1).getByRole('link', { name: file.name, exact: true }).count()).toBe(1);
    expect(await storedCopies(reportId, file.name)).toBe(1);
    // And after a reload, from the server's own record: still one.
    await page.reload();
    await editor.waitFor(target.targetCode);
    expect(await editor.checklistItem(1).getByRole('link', { name: file.name, exact: true }).count()).toBe(1);

    page.off('request', track);
    await page.unroute(UPLOADS);
  });

  it('shows the server refusal of a forbidden file type, without a resend button', async () => {
    const editor = new ReportEditorPage(page);
    await editor.upload(2, {
      name: 'halaman.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<!doctype html><p>x</p>'),
    });
    const row = editor.uploadRow(2, 'halaman.html');
    await row.getByRole('alert').waitFor();
    expect(await row.getByRole('alert').textContent()).toMatch(/^Gagal: /);
    expect(await editor.resendButton('halaman.html').count()).toBe(0);
    await row.getByRole('button', { name: 'Hapus dari daftar halaman.html' }).click();
    await row.waitFor({ state: 'detached' });
  });
});
