/**
 * The full quarterly cycle through the screens, by the real roles: the contributor writes and
 * uploads, the focal point sends back and later submits, the verifier asks for a revision and
 * then accepts with a score, and the institution's figures show it; then a citizen asks about the
 * institution on the public site, admin forwards it from the desk, the focal point follows the
 * notification to the item and answers, and the citizen reads the answer on the ticket page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackDeskPage, FeedbackItemPage } from '../pages/feedback-desk-pages';
import { NotificationBell } from '../pages/notification-pages';
import { PortalFeedbackPage, PortalTicketPage } from '../pages/portal-pages';
import { ReportEditorPage } from '../pages/report-editor-page';
import { ReviewQueue } from '../pages/review-queue';
import { VerifierWorkspacePage } from '../pages/verifier-workspace-page';
import type { WorkspacePage } from '../pages/workspace-page';
import { DEMO_INSTITUTION, DEMO_VERIFIER_AKSI } from '../support/accounts';
import { apiSession, findWorkTarget, quarterFigures, type WorkTarget } from '../support/api';
import { closeBrowser, expectNoPageErrors, launchBrowser, newPage } from '../support/browser';
import { pdfFile } from '../support/files';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
const CITIZEN_MESSAGE = 'Mohon daftar tarif perizinan diumumkan di setiap loket pelayanan provinsi.';
const CITIZEN_ANSWER = 'Daftar tarif resmi kini dipasang di setiap loket dan di laman perizinan provinsi.';

let server: TestServer;
let target: WorkTarget;
let verifiedBefore: number;
let citizen: Page;
let ticket: string;
const people: Record<'contributor' | 'focal' | 'verifier', { page: Page; home: WorkspacePage }> = {} as never;

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
  const contributor = await apiSession(server.url, 'contributor');
  target = await findWorkTarget(contributor, DEMO_INSTITUTION.code, DEMO_VERIFIER_AKSI);
  verifiedBefore = (await quarterFigures(contributor, DEMO_INSTITUTION.code, target.period, target.quarter)).verified;
  // Three people, each in their own browser.
  for (const [who, role] of [
    ['contributor', 'contributor'],
    ['focal', 'focal_point'],
    ['verifier', 'verifier'],
  ] as const) {
    const page = await newPage(server.url);
    people[who] = { page, home: await signInAs(page, role) };
  }
});

afterAll(async () => {
  for (const { page } of Object.values(people)) expectNoPageErrors(page);
  await closeBrowser();
  await server?.stop();
});

/** The contributor opens the report of the target from "Triwulan ini". */
async function contributorOpensReport(): Promise<ReportEditorPage> {
  const { page, home } = people.contributor;
  await home.goto();
  await home.continueReportLink(target.targetCode).click();
  const editor = new ReportEditorPage(page);
  await editor.waitFor(target.targetCode);
  return editor;
}

/** The focal point opens the report from "Perlu ditinjau". */
async function focalPointOpensReport(): Promise<ReportEditorPage> {
  const { page, home } = people.focal;
  await home.goto();
  await home.reviewLink(target.targetCode).click();
  const editor = new ReportEditorPage(page);
  await editor.waitFor(target.targetCode);
  return editor;
}

/** The verifier finds the report in the queue, filtered to its aksi and the institution's province. */
async function verifierOpensReport(): Promise<VerifierWorkspacePage> {
  const { page, home } = people.verifier;
  await home.goto();
  const queue = new ReviewQueue(page, home.reviewQueue);
  await queue.filter({ aksi: target.aksiCode, province: DEMO_INSTITUTION.name });
  await queue.item(target.targetCode, DEMO_INSTITUTION.name).click();
  const workspace = new VerifierWorkspacePage(page);
  await workspace.waitFor(target.targetCode);
  return workspace;
}

describe('the quarterly cycle through the screens', () => {
  it('the contributor starts the report, writes, uploads a PDF and marks it ready', async () => {
    const { page, home } = people.contributor;
    await home.targetCard(target.targetCode).waitFor();
    await home.startReportButton(target.targetCode).click();
    const editor = new ReportEditorPage(page);
    await editor.waitFor(target.targetCode);

    await editor.writeNarrative('Rapat koordinasi lintas perangkat daerah telah digelar pada bulan pertama.');
    await editor.progress.fill('40');
    await editor.saveNow.click();
    await editor.saved.waitFor();
    await editor.upload(1, pdfFile('notulen-rapat.pdf', 'Notulen rapat koordinasi'));
    await editor.evidence(1, 'notulen-rapat.pdf').waitFor();
    await editor.checklistItem(1).getByText('Sudah ada data dukung').waitFor();

    await editor.stepButton('Tandai siap ditinjau').click();
    await editor.stepDone('Laporan ditandai siap ditinjau').waitFor();
  });

  it('the focal point sends it back with a comment', async () => {
    const editor = await focalPointOpensReport();
    await editor.stepButton('Kembalikan ke penyusun').click();
    await editor.comment.fill('Lengkapi jumlah peserta rapat dan hasilnya.');
    await editor.stepButton('Kembalikan dengan catatan').click();
    await editor.stepDone('Laporan dikembalikan ke penyusun').waitFor();
  });

  it('the contributor sees the comment, fixes the report and marks it ready again', async () => {
    const editor = await contributorOpensReport();
    await editor.feedback('Lengkapi jumlah peserta rapat dan hasilnya.').waitFor();
    await editor.writeNarrative(
      'Rapat koordinasi lintas perangkat daerah telah digelar pada bulan pertama, dihadiri 24 peserta dari 12 perangkat daerah.',
    );
    await editor.stepButton('Tandai siap ditinjau').click();
    await editor.stepDone('Laporan ditandai siap ditinjau').waitFor();
  });

  it('the focal point submits it to the national verifiers', async () => {
    const editor = await focalPointOpensReport();
    await editor.stepButton('Kirim ke verifikator nasional').click();
    await editor.stepDone('Laporan terkirim ke verifikator nasional').waitFor();
  });

  it('the verifier views the evidence and requests a revision with a reason', async () => {
    const workspace = await verifierOpensReport();
    await workspace.showFile('notulen-rapat.pdf').waitFor();
    await workspace.pdfFrame('notulen-rapat.pdf').waitFor();
    await workspace.evidence.getByText('✓ cocok dengan berkas yang dimuat').waitFor();

    await workspace.requestRevision.check();
    await workspace.reason.fill('Lampirkan daftar hadir rapat sebagai bukti pelaksanaan.');
    await workspace.save.click();
    await workspace.done(`Permintaan perbaikan ${target.targetCode} terkirim`).waitFor();
  });

  it('the contributor revises, and the focal point submits again', async () => {
    const editor = await contributorOpensReport();
    await editor.feedback('Lampirkan daftar hadir rapat sebagai bukti pelaksanaan.').waitFor();
    await editor.writeNarrative(
      'Rapat koordinasi lintas perangkat daerah telah digelar pada bulan pertama, dihadiri 24 peserta dari 12 perangkat daerah; daftar hadir terlampir.',
    );
    await editor.upload(1, pdfFile('daftar-hadir.pdf', 'Daftar hadir rapat'));
    await editor.evidence(1, 'daftar-hadir.pdf').waitFor();
    await editor.stepButton('Tandai siap ditinjau').click();
    await editor.stepDone('Laporan ditandai siap ditinjau').waitFor();

    const focal = await focalPointOpensReport();
    await focal.stepButton('Kirim ke verifikator nasional').click();
    await focal.stepDone('Laporan terkirim ke verifikator nasional').waitFor();
  });

  it('the verifier sees what changed and accepts with a score and a quality grade', async () => {
    const workspace = await verifierOpensReport();
    await workspace.changes.waitFor();
    await workspace.changeSide('Putaran ini').getByText('daftar hadir terlampir', { exact: false }).waitFor();
    await workspace.changes.getByText('Ditambahkan: daftar-hadir.pdf').waitFor();

    await workspace.accept.check();
    await workspace.score.fill('85');
    await workspace.grade('Terlaksana').check();
    await workspace.comment.fill('Pelaksanaan terbukti dengan daftar hadir.');
    await workspace.save.click();
    await workspace.done(`Laporan ${target.targetCode} dari ${DEMO_INSTITUTION.name} diterima`).waitFor();
  });

  it("the institution's board and figures show the accepted report", async () => {
    const { home } = people.focal;
    await home.goto();
    const row = home.boardRow(target.targetCode);
    await row.getByText('Diterima', { exact: true }).waitFor();
    const figures = home.figuresRow(`Triwulan ${ROMAN[target.quarter - 1]}`);
    await figures.waitFor();
    const verifiedCell = figures.getByRole('cell').nth(5);
    expect(await verifiedCell.textContent()).toMatch(new RegExp(`^${verifiedBefore + 1} `));
  });

  it('a citizen asks about the institution on the public site and gets a ticket', async () => {
    const page = await newPage(server.url);
    citizen = page;
    await page.goto('/aduan');
    const form = new PortalFeedbackPage(page);
    await form.send({
      kind: 'usulan',
      institution: `${DEMO_INSTITUTION.name} (${DEMO_INSTITUTION.code})`,
      message: CITIZEN_MESSAGE,
    });
    const ticketPage = new PortalTicketPage(page);
    ticket = await ticketPage.ticket();
    expect(await ticketPage.status.textContent()).toBe('Diterima, menunggu moderasi');
  });

  it('admin forwards it from the desk; the focal point follows the notification, answers and publishes', async () => {
    const admin = await newPage(server.url);
    await signInAs(admin, 'admin');
    const desk = new FeedbackDeskPage(admin);
    await desk.goto();
    const item = await desk.open(ticket);
    await item.forward();
    expectNoPageErrors(admin);
    await admin.context().close();

    const { page } = people.focal;
    const bell = new NotificationBell(page);
    await page.reload();
    await bell.open();
    await bell.link(new RegExp(`${ticket} diteruskan$`)).click();
    const answering = new FeedbackItemPage(page);
    await answering.heading(ticket).waitFor();
    await answering.answer(CITIZEN_ANSWER, true);
    await answering.publication.getByText('Jawaban ini tampil di portal publik.').waitFor();
  });

  it('the citizen reads the answer on the ticket page', async () => {
    const ticketPage = new PortalTicketPage(citizen);
    await ticketPage.track(ticket);
    expect(await ticketPage.answer.textContent()).toContain(CITIZEN_ANSWER);
    expectNoPageErrors(citizen);
  });
});
