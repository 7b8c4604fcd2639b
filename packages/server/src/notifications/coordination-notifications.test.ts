/**
 * Coordination notifications end to end: a new announcement and a reminder reach the addressed
 * people (by e-mail through a real SMTP server and in the app), a meeting invitation reaches the
 * invited roles, each person's channel choice holds, and the sender hears nothing of its own act.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import type { Config } from '../config.js';
import { Scheduler } from '../jobs/scheduler.js';
import { buildTestApp } from '../test-support/app.js';
import { testConfig, testContext } from '../test-support/context.js';
import { addCoordinationInstitutions, coordinationApi } from '../test-support/coordination.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { loadFixture } from '../test-support/fixture.js';
import { callAs, createPrincipal, type Principal } from '../test-support/principals.js';
import { type SmtpSink, startSmtpSink } from '../test-support/smtp-sink.js';

const PUBLIC_URL = 'https://pantau.example.go.id';

describeEachDatabase('coordination notifications', (database) => {
  let app: FastifyInstance;
  let sink: SmtpSink;
  let scheduler: Scheduler;
  let api: ReturnType<typeof coordinationApi>;
  let admin: Principal;
  let people: Record<'fpCilacap' | 'pubCilacap' | 'fpBanyumas' | 'fpPacitan', Principal>;
  const clock = fixedClock('2026-11-27T03:00:00.000Z');

  beforeEach(async () => {
    clock.set('2026-11-27T03:00:00.000Z');
    sink = await startSmtpSink();
    const overrides: Partial<Config> = {
      publicUrl: PUBLIC_URL,
      mail: { smtpUrl: sink.url, from: 'Pantau <no-reply@pantau.example.go.id>' },
      scheduler: { ...testConfig().scheduler },
      sessionIdleMs: 30 * 86_400_000,
      sessionMaxMs: 30 * 86_400_000,
    };
    app = await buildTestApp(database(), clock, overrides);
    scheduler = new Scheduler(testContext(database(), clock, overrides), { jobs: [], workerId: 'pengirim' });
    await loadFixture(database());
    await addCoordinationInstitutions(database());
    const make = (name: string, role: 'focal_point' | 'publicist', institutionCode: string) =>
      createPrincipal(app, database(), clock, { name, roles: [role], institutionCode });
    admin = await createPrincipal(app, database(), clock, { name: 'admin setnas', roles: ['admin'] });
    people = {
      fpCilacap: await make('inspektorat cilacap', 'focal_point', '33.01'),
      pubCilacap: await make('humas cilacap', 'publicist', '33.01'),
      fpBanyumas: await make('inspektorat banyumas', 'focal_point', '33.02'),
      fpPacitan: await make('inspektorat pacitan', 'focal_point', '35.01'),
    };
    api = coordinationApi(app);
  });
  afterEach(async () => {
    await scheduler.stop();
    await app.close();
    await sink.close();
  });

  const inbox = async (who: Principal) => (await callAs(app, who, { url: '/api/notifications' })).json();
  const mailsTo = (who: Principal) => sink.received.filter((mail) => mail.to.includes(who.email as string));
  const deliver = async () => (await scheduler.tick()).mail;

  it('mails a new announcement to the addressed people only, then reminds the institutions that have not read it', async () => {
    await database()
      .db.updateTable('users')
      .set({ locale: 'en' })
      .where('id', '=', people.fpBanyumas.userId as number)
      .execute();
    const sent = await api.announce(admin, {
      title: 'Pedoman pelaporan Triwulan VIII',
      body: 'Mohon laporan capaian Triwulan VIII dikirim paling lambat 10 Januari 2027.',
      audience: { roles: ['focal_point'], types: ['kabupaten'], provinces: ['33'] },
    });
    expect(sent.statusCode).toBe(201);
    const id = sent.json().id as number;

    expect(await deliver()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    const [cilacap] = mailsTo(people.fpCilacap);
    expect(cilacap?.subject).toBe('[Pantau] Pengumuman: Pedoman pelaporan Triwulan VIII');
    expect(cilacap?.text).toContain('Uji admin setnas mengirim pengumuman kepada instansi Anda: Mohon laporan capaian');
    expect(cilacap?.text).toContain(`Baca pengumuman: ${PUBLIC_URL}/kerja/koordinasi/pengumuman/${id}`);
    expect(mailsTo(people.fpBanyumas)[0]?.subject).toBe('[Pantau] Announcement: Pedoman pelaporan Triwulan VIII');
    // A publicist of a recipient institution is not addressed; nor is another province, nor the sender.
    expect(mailsTo(people.pubCilacap)).toEqual([]);
    expect(mailsTo(people.fpPacitan)).toEqual([]);
    expect((await inbox(admin)).total).toBe(0);
    expect((await inbox(people.fpCilacap)).items[0]).toMatchObject({
      kind: 'announcement',
      link: `${PUBLIC_URL}/kerja/koordinasi/pengumuman/${id}`,
    });

    // Cilacap reads it; the reminder goes to Banyumas only.
    expect(
      (await callAs(app, people.fpCilacap, { method: 'POST', url: `/api/announcements/${id}/read` })).statusCode,
    ).toBe(200);
    clock.set('2026-11-30T03:00:00.000Z');
    const reminded = await callAs(app, admin, { method: 'POST', url: `/api/announcements/${id}/remind` });
    // Banyumas and Purbalingga (which has nobody to mail) have not read it.
    expect(reminded.json()).toMatchObject({ reminded: 2 });
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const reminder = mailsTo(people.fpBanyumas)[1];
    expect(reminder?.subject).toBe('[Pantau] Reminder: announcement "Pedoman pelaporan Triwulan VIII" not read yet');
    expect(reminder?.text).toContain(`${PUBLIC_URL}/kerja/koordinasi/pengumuman/${id}`);
    expect(mailsTo(people.fpCilacap)).toHaveLength(1);
  });

  it('invites the invited roles to a meeting in its own time zone, as each person chose to hear of it', async () => {
    const preferences = await callAs(app, people.pubCilacap, {
      method: 'PUT',
      url: '/api/notifications/preferences',
      payload: { items: [{ kind: 'meeting_invitation', channel: 'in_app', digest: false }] },
    });
    expect(preferences.statusCode).toBe(200);
    const created = await api.meet(admin, {
      title: 'Rapat koordinasi aksi perizinan',
      startsAt: '2026-12-03T09:00',
      timeZone: 'WITA',
      onlineUrl: 'https://zoom.us/j/2026120301',
      agenda: 'Paparan Setnas PK',
      invitees: { roles: ['focal_point', 'publicist'], institutions: ['33.01'] },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;

    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const [invitation] = mailsTo(people.fpCilacap);
    expect(invitation?.subject).toBe('[Pantau] Undangan rapat: Rapat koordinasi aksi perizinan');
    expect(invitation?.text).toContain('pada 3 Desember 2026 pukul 09.00 WITA, https://zoom.us/j/2026120301');
    expect(invitation?.text).toContain(`Konfirmasi kehadiran: ${PUBLIC_URL}/kerja/koordinasi/rapat/${id}`);
    // The publicist chose the app only: no mail, but the notification is there.
    expect(mailsTo(people.pubCilacap)).toEqual([]);
    expect((await inbox(people.pubCilacap)).items[0]).toMatchObject({
      kind: 'meeting_invitation',
      title: 'Undangan rapat: Rapat koordinasi aksi perizinan',
    });
    expect((await inbox(people.fpBanyumas)).total).toBe(0);
    expect((await inbox(admin)).total).toBe(0);
  });
});
