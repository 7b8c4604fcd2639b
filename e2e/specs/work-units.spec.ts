/**
 * Work units end to end: the demo focal point adds two units, assigns a whole output to each on
 * "Target per unit", and limits a new contributor to one of them; that contributor's home lists
 * only its unit's targets and another unit's report is not found; the unit board shows each unit's
 * counts and the targets behind a number. Pages pass axe-core and fit 1280 and 390 px screens.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SignInPage } from '../pages/sign-in-page';
import { WorkspacePage } from '../pages/workspace-page';
import { DEMO_ACCOUNTS, DEMO_INSTITUTION, DEMO_PASSWORD } from '../support/accounts';
import {
  closeBrowser,
  expectNoA11yViolations,
  expectNoPageErrors,
  launchBrowser,
  newPage,
  type PageOptions,
  screenshot,
} from '../support/browser';
import { DEMO_PERIOD } from '../support/demo-calendar';
import { expectNoSidewaysScroll } from '../support/layout-checks';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';
import { createAccount, staffSession } from '../support/staff-api';

let server: TestServer;
const pages: Page[] = [];
const UNIT_A = { code: 'UJI-ALFA', name: 'Dinas Uji Alfa' };
const UNIT_B = { code: 'UJI-BETA', name: 'Dinas Uji Beta' };
const CONTRIBUTOR = { email: 'pic.alfa@uji.pantau.id', name: 'PIC Dinas Uji Alfa' };

interface TargetRow {
  targetCode: string;
  output: { code: string };
  report: { id: number } | null;
}

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

/** The quarter the workspace works on now (the current one, else the last open), and its targets. */
async function currentTargets(): Promise<{ quarter: number; targets: TargetRow[] }> {
  const focal = await staffSession(server.url, DEMO_ACCOUNTS.focal_point, DEMO_PASSWORD);
  const periods =
    await focal.get<{ code: string; currentQuarter: number | null; quarters: { number: number; status: string }[] }[]>(
      '/api/periods',
    );
  const period = periods.find((p) => p.code === DEMO_PERIOD.code);
  const open = period?.quarters.filter((q) => q.status === 'open') ?? [];
  const quarter = period?.currentQuarter ?? open[open.length - 1]?.number ?? 1;
  const data = await focal.get<{ targets: TargetRow[] }>(
    `/api/institutions/${DEMO_INSTITUTION.code}/targets?period=${DEMO_PERIOD.code}&quarter=${quarter}`,
  );
  return { quarter, targets: data.targets };
}

describe('work units', () => {
  it('focal point creates two units, assigns targets and a contributor; the contributor sees only its unit; the board shows the numbers', async () => {
    const { targets } = await currentTargets();
    const outputs = [...new Set(targets.map((t) => t.output.code))];
    const [outputA, outputB] = outputs as [string, string];
    expect(outputB).toBeDefined();
    const admin = await staffSession(server.url, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    await createAccount(
      server.url,
      admin,
      { ...CONTRIBUTOR, roles: ['contributor'], institutionCode: DEMO_INSTITUTION.code },
      DEMO_PASSWORD,
    );

    // The focal point adds two units on /kerja/unit.
    const page = await open();
    const home = await signInAs(page, 'focal_point');
    await home.layout.main.getByRole('link', { name: 'Unit kerja', exact: true }).first().click();
    const main = home.layout.main;
    await main.getByRole('heading', { level: 1, name: 'Unit kerja' }).waitFor();
    for (const unit of [UNIT_A, UNIT_B]) {
      const form = main.getByRole('form', { name: 'Tambah unit kerja' });
      await form.getByLabel('Kode unit').fill(unit.code);
      await form.getByLabel('Nama resmi').fill(unit.name);
      await form.getByRole('button', { name: 'Tambahkan unit' }).click();
      await main
        .getByRole('status')
        .filter({ hasText: `Unit ${unit.code} tersimpan.` })
        .waitFor();
    }

    // It limits the new contributor to the first unit, ticking them by name.
    const unitA = main.getByRole('listitem').filter({ hasText: UNIT_A.name });
    await unitA.getByRole('button', { name: `Atur kontributor ${UNIT_A.code}` }).click();
    await unitA.getByRole('checkbox', { name: new RegExp(CONTRIBUTOR.name) }).check();
    await unitA.getByRole('button', { name: 'Simpan kontributor' }).click();
    await main
      .getByRole('status')
      .filter({ hasText: `Kontributor unit ${UNIT_A.code} tersimpan.` })
      .waitFor();
    await main.getByRole('listitem').filter({ hasText: UNIT_A.name }).getByText(CONTRIBUTOR.name).waitFor();
    await check(page, 'units-list-1280x900');

    // On "Target per unit" it assigns each of two outputs as a whole to one unit.
    await main.getByRole('link', { name: 'Target per unit' }).click();
    await main.getByRole('heading', { level: 1, name: 'Target per unit kerja' }).waitFor();
    for (const [output, unit] of [
      [outputA, UNIT_A],
      [outputB, UNIT_B],
    ] as const) {
      const form = main.getByRole('form', { name: new RegExp(`^${output.replace('.', '\\.')} `) });
      await form.getByLabel(`Seluruh output ${output} ke unit`).selectOption({ label: unit.name });
      await form.getByRole('button', { name: `Simpan penugasan output ${output}` }).click();
      await main
        .getByRole('status')
        .filter({ hasText: `Penugasan output ${output} tersimpan` })
        .waitFor();
    }
    const history = main.getByRole('region', { name: 'Riwayat penugasan' });
    await history.getByText(`menugaskan ke ${UNIT_B.name}`).waitFor();
    await check(page, 'unit-targets-1280x900');

    // The unit board: each unit's counts, and the targets behind a number.
    await main.getByRole('link', { name: 'Papan unit' }).click();
    await main.getByRole('heading', { level: 1, name: 'Papan unit kerja' }).waitFor();
    const dueA = targets.filter((t) => t.output.code === outputA);
    const rowA = main.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(UNIT_A.name) }) });
    const due = rowA.getByRole('button', { name: `${dueA.length} Jatuh tempo, ${UNIT_A.name}` });
    await due.click();
    const behind = main.getByRole('region', {
      name: new RegExp(`^${UNIT_A.name} — Jatuh tempo: ${dueA.length} target$`),
    });
    for (const target of dueA) await behind.getByRole('listitem').filter({ hasText: target.targetCode }).waitFor();
    expect(await due.getAttribute('aria-pressed')).toBe('true');
    await main.getByRole('button', { name: 'Jatuh tempo', exact: true }).click();
    await check(page, 'unit-board-1280x900');

    // The contributor of the first unit sees only its targets, and not another unit's report.
    const mine = await open();
    const signIn = new SignInPage(mine);
    await signIn.goto();
    await signIn.signIn(CONTRIBUTOR.email, DEMO_PASSWORD);
    const workspace = new WorkspacePage(mine);
    await workspace.heading.waitFor();
    const cards = workspace.thisQuarter.getByRole('article');
    await cards.first().waitFor();
    const names = await cards.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-labelledby') ?? ''));
    expect(names.map((id) => id.replace(/^target-/, '')).sort()).toEqual(dueA.map((t) => t.targetCode).sort());
    await mine.getByRole('main').getByText(`Unit: ${UNIT_A.name}`).first().waitFor();
    const foreign = targets.find((t) => t.output.code !== outputA && t.report !== null);
    if (foreign?.report) {
      await mine.goto(`/kerja/laporan/${foreign.report.id}`);
      await mine.getByRole('main').getByText('Laporan tidak ditemukan.').waitFor();
    }
    // The refused report is the one expected console note (a 404 answer); nothing else.
    expectNoPageErrors(mine, { allow: [/status of 404/] });
    pages.splice(pages.indexOf(mine), 1);
    await mine.context().close();
  });

  it('fits a phone: the unit list, targets by unit and the unit board at 390 px', async () => {
    const page = await open({ width: 390, height: 844 });
    await signInAs(page, 'focal_point');
    await page.goto('/kerja/unit');
    await page.getByRole('heading', { level: 1, name: 'Unit kerja' }).waitFor();
    await check(page, 'units-list-390x844');
    await page.goto('/kerja/unit/target');
    await page.getByRole('heading', { level: 2, name: /^Target .* per output$/ }).waitFor();
    await check(page, 'unit-targets-390x844');
    await page.goto('/kerja/unit/papan');
    await page.getByRole('table').waitFor();
    await check(page, 'unit-board-390x844');
  });
});
