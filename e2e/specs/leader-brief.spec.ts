/**
 * The leader's brief: the Inspektorat records support with a follow-up; the demo leader signs in
 * on a phone and finds the follow-up and the support count on the brief, within the screen's
 * width; the national dashboard counts the entry under the province.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LeaderBrief, SupportLogPage } from '../pages/leader-pages';
import { SignInPage } from '../pages/sign-in-page';
import { WorkspacePage } from '../pages/workspace-page';
import { DEMO_INSTITUTION, DEMO_PASSWORD } from '../support/accounts';
import { closeBrowser, expectNoPageErrors, launchBrowser, newPage } from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';
import { staffSession } from '../support/staff-api';

const LEADER = 'pimpinan@demo.pantau.id';

interface SupportActivity {
  from: string;
  to: string;
  total: number;
  provinces: { code: string; entries: number }[];
}

let server: TestServer;

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
});

it('shows support recorded by the Inspektorat on the leader’s phone brief and on the dashboard count', async () => {
  const admin = await staffSession(server.url, 'admin@demo.pantau.id', DEMO_PASSWORD);
  const before = await admin.get<SupportActivity>('/api/dashboard/support');
  const province = (activity: SupportActivity) =>
    activity.provinces.find((p) => p.code === DEMO_INSTITUTION.code)?.entries ?? 0;

  // The Inspektorat records a review in the quarter the dashboard shows, with one follow-up.
  const desk = await newPage(server.url);
  await signInAs(desk, 'focal_point');
  const log = new SupportLogPage(desk);
  await log.goto();
  await log.heldOn.fill(before.from);
  await log.kind.selectOption('review');
  await log.notes.fill('Reviu bukti dukung laporan bersama Bappeda dan BPKAD.');
  await log.addFollowUp.click();
  await log.followUp(0).title.fill('Lengkapi notulen rapat tim sebagai bukti dukung');
  await log.followUp(0).dueOn.fill(before.to);
  await log.save.click();
  await log.saved.waitFor();
  await log.list.getByText('Lengkapi notulen rapat tim sebagai bukti dukung').waitFor();
  expectNoPageErrors(desk);
  await desk.context().close();

  // The leader signs in on a phone and reads the brief.
  const phone = await newPage(server.url, { width: 390, height: 844 });
  const signIn = new SignInPage(phone);
  await signIn.goto();
  await signIn.signIn(LEADER, DEMO_PASSWORD);
  await new WorkspacePage(phone).heading.waitFor();
  const brief = new LeaderBrief(phone);
  await brief.section.waitFor();
  await brief.figures.waitFor();
  await brief.followUps.getByText('Lengkapi notulen rapat tim sebagai bukti dukung').waitFor();
  const counted = await brief.support.textContent();
  expect(counted).toMatch(/: \d+ kegiatan$/);
  expect(Number(/: (\d+) kegiatan$/.exec(counted ?? '')?.[1])).toBeGreaterThanOrEqual(1);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expectNoPageErrors(phone);
  await phone.context().close();

  // The national dashboard counts it under the province.
  const after = await admin.get<SupportActivity>('/api/dashboard/support');
  expect(after.total).toBe(before.total + 1);
  expect(province(after)).toBe(province(before) + 1);
  const dashboard = await newPage(server.url);
  await signInAs(dashboard, 'admin');
  await dashboard.goto('/pantauan');
  const section = dashboard.getByRole('main').getByRole('region', { name: 'Pendampingan Inspektorat per provinsi' });
  await section.getByText(`${after.total} kegiatan pendampingan tercatat`).waitFor();
  await section.getByRole('row', { name: new RegExp(`^${DEMO_INSTITUTION.name} ${province(after)} `) }).waitFor();
  expectNoPageErrors(dashboard);
  await dashboard.context().close();
});
