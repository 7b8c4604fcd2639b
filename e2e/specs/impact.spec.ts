/**
 * Judged impact on a phone (390 px): an official enters a report's impact value and sees, next to
 * the field, the indicator's unit, baseline, target and direction and the judged share; a citizen
 * sees the same words for a verified report on the portal's aksi page.
 */
import { formatImpact, type ImpactIndicator, judgeImpact, type PublicAksiDto } from '@pantau/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueAdminPage } from '../pages/catalogue-admin-page';
import { ReportEditorPage } from '../pages/report-editor-page';
import { DEMO_INSTITUTION, DEMO_VERIFIER_AKSI } from '../support/accounts';
import { apiSession, findWorkTarget, type WorkTarget } from '../support/api';
import { closeBrowser, expectNoPageErrors, launchBrowser, newPage } from '../support/browser';
import { expectNoSidewaysScroll } from '../support/layout-checks';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';

const PHONE = { width: 390, height: 844 };

let server: TestServer;
let target: WorkTarget;

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
  target = await findWorkTarget(await apiSession(server.url, 'contributor'), DEMO_INSTITUTION.code, DEMO_VERIFIER_AKSI);
});

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
});

describe('judged impact', () => {
  it('shows an official the judged share of the impact value as it is typed', async () => {
    const page = await newPage(server.url, PHONE);
    const home = await signInAs(page, 'contributor');
    await home.startReportButton(target.targetCode).click();
    const editor = new ReportEditorPage(page);
    await editor.waitFor(target.targetCode);

    const id = new URL(page.url()).pathname.split('/').pop();
    const session = await apiSession(server.url, 'contributor');
    const report = await session.get<{ target: { impact: ImpactIndicator | null } }>(`/api/reports/${id}`);
    const indicator = report.target.impact;
    if (!indicator || indicator.target === null) throw new Error(`${target.targetCode} has no judgeable indicator`);

    // Half the way from baseline to target: 50 %.
    const value = (indicator.baseline + indicator.target) / 2;
    const field = editor.layout.main.getByRole('textbox', { name: `Nilai ${indicator.name} (${indicator.unit})` });
    await field.fill(String(value).replace('.', ','));
    const judged = formatImpact(judgeImpact(indicator, value), 'id');
    expect(judged).toMatch(/: 50 %$/);
    await editor.layout.main.getByText(judged, { exact: true }).waitFor();
    // The indicator's unit, baseline, target and direction stand beside the field.
    await editor.layout.main
      .getByText(new RegExp(`\\(${indicator.unit}\\): nilai awal .+, target .+, lebih (tinggi|rendah) lebih baik\\.`))
      .first()
      .waitFor();
    await editor.saved.waitFor();
    await expectNoSidewaysScroll(page);
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('lets the admin revise a target’s indicator on the catalogue screen, keeping the old version', async () => {
    const admin = await apiSession(server.url, 'admin');
    type Catalogue = { fokus: { aksi: { outputs: { code: string; targets: Target[] }[] }[] }[] };
    type Target = { code: string; impact: ImpactIndicator | null };
    const catalogue = await admin.get<Catalogue>(`/api/periods/${target.period}/catalogue`);
    const output = catalogue.fokus.flatMap((f) => f.aksi.flatMap((a) => a.outputs)).find((o) => o.code === '1.1');
    const chosen = output?.targets[0];
    const before = chosen?.impact;
    if (!chosen || !before || before.target === null) throw new Error('output 1.1 has no target with an indicator');
    const versionsOf = () =>
      admin.get<{ version: number; impact: ImpactIndicator | null }[]>(
        `/api/periods/${target.period}/targets/${chosen.code}/versions`,
      );
    const earlier = await versionsOf();

    const page = await newPage(server.url, PHONE);
    await signInAs(page, 'admin');
    const screen = new CatalogueAdminPage(page);
    await screen.goto();
    const group = await screen.openOutput('1.1');
    await group.getByRole('button', { name: `Riwayat dan revisi ${chosen.code}` }).click();
    await group.getByRole('button', { name: `Revisi target ${chosen.code}` }).click();
    // Half way to the old target value: a nearer goal, on the same side of the baseline.
    const nearer = Math.round(((before.baseline + before.target) / 2) * 10) / 10;
    const targetValue = group.getByRole('textbox', { name: 'Nilai target' });
    expect(await targetValue.inputValue()).toBe(String(before.target));
    await targetValue.fill(String(nearer).replace('.', ','));
    expect(await group.getByRole('combobox', { name: 'Arah' }).inputValue()).toBe(before.direction);
    await group.getByRole('textbox', { name: 'Sumber data' }).fill('Survei kepuasan masyarakat');
    await group
      .getByRole('textbox', { name: 'Alasan revisi' })
      .fill('Target dampak disesuaikan hasil rapat koordinasi');
    await group.getByRole('button', { name: 'Simpan versi baru' }).click();
    await group
      .getByText(new RegExp(`target ${String(nearer).replace('.', ',')}, lebih`))
      .first()
      .waitFor();

    const later = await versionsOf();
    expect(later).toHaveLength(earlier.length + 1);
    expect(later.at(-2)?.impact).toEqual(before);
    expect(later.at(-1)?.impact).toEqual({ ...before, target: nearer, source: 'Survei kepuasan masyarakat' });
    await expectNoSidewaysScroll(page);
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('shows a citizen the judged impact of a verified report on the aksi page', async () => {
    const aksiCode = DEMO_VERIFIER_AKSI[0] ?? '1';
    const response = await fetch(`${server.url}/api/public/aksi/${aksiCode}?limit=200`);
    const aksi = (await response.json()) as PublicAksiDto;
    const judged = aksi.results.find((r) => r.impact?.share !== null && r.impact?.share !== undefined);
    if (!judged?.impact) throw new Error(`aksi ${aksiCode} has no verified result with a judged impact`);

    const page = await newPage(server.url, PHONE);
    await page.goto(`/aksi/${aksiCode}`);
    const main = page.getByRole('main');
    await main.getByText(formatImpact(judged.impact, 'id')).first().waitFor();
    expect(await main.getByRole('columnheader', { name: 'Dampak' }).count()).toBe(1);
    expectNoPageErrors(page);
    await page.context().close();
  });
});
